#!/usr/bin/env bash
# Data safety of every command that writes a file (--output, render -o, init,
# paths -o):
#   1. a folder that cannot be written is a clear error with exit 2, and the
#      folder is left as it was (as root the commands run as `nobody`, so the
#      check is real in CI too);
#   2. no command replaces a file it read, by any name (a symlink included);
#   3. a run killed while writing leaves the old file or the new one, whole;
#   4. no input file is changed by any command.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
chmod 755 "$work"
cd "$work" || exit 1

cp -r "$src/samples" samples
find samples -type f -exec sha256sum {} + | sort > inputs.sha

# Runs a command as an unprivileged user when this script runs as root (root
# writes into read-only folders).
unprivileged=()
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups "$bin" --version >/dev/null 2>&1; then
    unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    echo "note: running as root without a usable setpriv; the read-only folder checks are skipped"
  fi
fi

theme=samples/themes/standard.yaml
scenario=samples/scenarios/standard-walkthrough.yaml
model=samples/models/standard.yaml

# 1. A read-only folder: every writing command fails clearly and writes nothing.
if [ "$(id -u)" != 0 ] || [ ${#unprivileged[@]} -gt 0 ]; then
  mkdir ro && echo "old" > ro/keep.txt && chmod 555 ro
  while IFS='|' read -r label args; do
    # shellcheck disable=SC2086
    "${unprivileged[@]}" "$bin" $args > out.txt 2> err.txt
    code=$?
    [ $code = 2 ] || fail "$label into a read-only folder: exit $code, expected 2: $(head -c 300 err.txt)"
    grep -q "Permission denied" err.txt || fail "$label: no clear message: $(head -c 300 err.txt)"
    [ "$(ls -A ro)" = "keep.txt" ] || fail "$label left files in the read-only folder: $(ls -A ro)"
  done <<EOF
lint --output|lint $theme --output json=ro/report.json
validate --output sarif|validate $theme --output sarif=ro/report.sarif
diff --output|diff $theme $theme --output json=ro/diff.json
simulate --output|simulate $scenario --output json=ro/sim.json
simulate --model --output|simulate $theme --model $model --deals 100 --jobs 1 --output json=ro/mc.json
render -o|render $theme --to md -o ro/standard.md
render site|render samples/themes --to html -o ro
init --dir|init --dir ro
paths -o|paths $theme -o ro/routes.yaml
EOF
  chmod 755 ro
  [ "$(cat ro/keep.txt)" = old ] || fail "the read-only folder's file changed"
fi

# 2. Never replace an input, whatever name the output is given.
ln -s "$theme" alias.yaml
cp "$scenario" samples/scenarios/copy.yaml
while IFS='|' read -r label args; do
  # shellcheck disable=SC2086
  "$bin" $args > out.txt 2> err.txt
  code=$?
  [ $code = 2 ] || [ $code = 1 ] || fail "$label: exit $code, expected 1 or 2"
  grep -qE "refusing to write|exists|never overwrites" err.txt || fail "$label: no refusal: $(head -c 300 err.txt)"
done <<EOF
lint --output onto the theme|lint $theme --output json=$theme
lint --output through a symlink|lint $theme --output sarif=alias.yaml
lint --output onto a template|lint $theme --output json=samples/templates/standard/offer.md
lint --output onto the project file|lint $theme --config samples/reltheme.yaml --output json=samples/reltheme.yaml
diff --output onto the new side|diff $theme alias.yaml --output json=alias.yaml
diff --output onto the project file found above the sides|diff $theme $theme --output json=samples/reltheme.yaml
simulate --output onto the scenario|simulate $scenario --output json=$scenario
simulate --model --output onto the model|simulate $theme --model $model --deals 100 --jobs 1 --output json=$model
render -o onto the theme|render $theme --to md -o alias.yaml
paths -o onto the theme|paths $theme -o $theme
init over a theme|init standard --dir samples/themes
EOF
find samples -type f -exec sha256sum {} + | sort | grep -v "scenarios/copy.yaml" > after.sha
diff -q inputs.sha after.sha > /dev/null || fail "an input changed: $(diff inputs.sha after.sha | head -5)"

# 3. A run killed at any moment leaves the old file or the new one. A large
# theme makes the write of its HTML handbook long enough to be hit.
{
  printf 'reltheme: 1\nid: big\nname: Big\ntype: sales\ndescription: d\ninstruction: i\nmax_duration: 36525d\nstages:\n'
  awk 'BEGIN { for (i = 0; i < 3000; i++) { printf "  - id: s%d\n    name: S%d\n    deadline: 1d\n    instruction: i\n", i, i; if (i < 2999) printf "    next: [s%d]\n", i + 1 } }'
} > big.yaml
mkdir site
"$bin" render big.yaml --to html -o site/big.html 2>/dev/null || fail "render of the big theme failed"
cp site/big.html new.html
echo "<p>old handbook</p>" > old.html
kept_old=0
got_new=0
for i in $(seq 1 20); do
  cp old.html site/big.html
  "$bin" render big.yaml --to html -o site/big.html 2>/dev/null &
  pid=$!
  sleep "$(printf '0.%03d' $((i * 15 + RANDOM % 15)))"  # spread over the whole run
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  if cmp -s site/big.html old.html; then
    kept_old=$((kept_old + 1))
  elif cmp -s site/big.html new.html; then
    got_new=$((got_new + 1))
  else
    fail "kill $i left a file that is neither the old nor the new handbook ($(wc -c < site/big.html) bytes)"
  fi
done

left=$(find site -name '.big.html.*' | wc -l)
echo "killed runs: $kept_old left the old handbook, $got_new the new one; $left temporary files left by SIGKILL"
[ $kept_old -gt 0 ] && [ $got_new -gt 0 ] || echo "note: the kills did not span the whole run"

# 4. Nothing above changed an input.
find samples -type f -exec sha256sum {} + | sort | grep -v "scenarios/copy.yaml" > after.sha
diff -q inputs.sha after.sha > /dev/null || fail "an input changed"

[ $status = 0 ] && echo "data safety: all checks passed"
exit $status
