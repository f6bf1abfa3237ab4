#!/usr/bin/env bash
# What a pull request commits cannot read outside the repository or change the
# verdict through paths: a theme that is a link is checked where it sits (in
# project mode too), a link out of the repository is refused, links to
# folders are not walked, version-control internals are never read as a
# template or an instruction, scenario and model `theme:` paths stay inside
# the root, and a message quotes at most a short excerpt of a value.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
export NO_COLOR=1 RELTHEME_CACHE_DIR="$work/cache"

repo="$work/repo"
outside="$work/outside"
mkdir -p "$repo/.git" "$repo/themes" "$repo/kept" "$outside/themes"
cp -r "$src/samples/themes/standard.yaml" "$repo/kept/standard.yaml"
cp -r "$src/samples/templates" "$src/samples/docs" "$repo/"
sed -i 's|\.\./templates|../templates|; s|next: \[proposal\]|next: [propsal]|' "$repo/kept/standard.yaml"
grep -q 'propsal' "$repo/kept/standard.yaml" || fail "could not break the sample theme"
printf 'themes: ["themes/**/*.yaml"]\n' > "$repo/reltheme.yaml"
ln -s ../kept/standard.yaml "$repo/themes/standard.yaml"
cd "$repo" || exit 1

# 1. A theme that is a link inside the repository is checked in project mode,
#    as where it sits, with the command of docs/ci.md.
direct=$("$bin" lint themes/standard.yaml 2>&1); direct_code=$?
[ "$direct_code" = 1 ] || fail "lint themes/standard.yaml: exit $direct_code: $direct"
out=$("$bin" lint --format github 2>&1); code=$?
[ "$code" = 1 ] || fail "project mode dropped the linked theme (exit $code): $out"
echo "$out" | grep -q '^::error file=themes/standard.yaml,line=[0-9]*,col=[0-9]*,.*title=unknown-stage::stage "propsal" does not exist' ||
  fail "no annotation for the linked theme: $out"

# 2. A theme that is a link out of the repository is refused, not read.
printf 'reltheme: 1\nid: secret\nname: the secret of the CI machine\n' > "$outside/secret.yaml"
ln -s "$outside/secret.yaml" themes/secret.yaml
out=$("$bin" lint 2>&1); code=$?
[ "$code" = 2 ] || fail "a link out of the repository: exit $code: $out"
echo "$out" | grep -q "^error\[outside-repository\]: themes/secret.yaml: a symbolic link to $outside/secret.yaml, outside the repository root; not read$" ||
  fail "no message for the link out: $out"
echo "$out" | grep -q "secret of the CI" && fail "the linked file was read: $out"
out=$("$bin" lint themes/secret.yaml 2>&1); code=$?
[ "$code" = 2 ] || fail "a link out named on the command line: exit $code: $out"
rm themes/secret.yaml

# 3. A link to a folder is not walked (themes/root -> / read the machine).
printf 'reltheme: 1\nid: x\nbogus: 1\n' > "$outside/themes/x.yaml"
ln -s "$outside/themes" themes/elsewhere
ln -s / themes/root
out=$(timeout 20 "$bin" lint themes 2>&1); code=$?
[ "$code" = 1 ] || fail "walk with folder links: exit $code: $out"
echo "$out" | grep -q "bogus\|elsewhere\|themes/root" && fail "a linked folder was walked: $out"
echo "$out" | tail -1 | grep -q " in 1 file$" || fail "walk read more than the theme: $out"
rm themes/elsewhere themes/root
rm themes/standard.yaml
cp kept/standard.yaml themes/standard.yaml
sed -i 's|next: \[propsal\]|next: [proposal]|' themes/standard.yaml
rm -r kept
"$bin" lint >/dev/null 2>&1 || fail "the repository does not lint clean: $("$bin" lint 2>&1)"

# 4. Version-control internals are never read as an instruction or template.
printf '[http "https://example.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n' > .git/config
sed -i 's|^instruction_file: .*|instruction_file: ../.git/config|' themes/standard.yaml
out=$("$bin" lint 2>&1); code=$?
[ "$code" = 1 ] || fail "instruction_file in .git: exit $code: $out"
echo "$out" | grep -q '^themes/standard.yaml:[0-9]*:19: error\[path-escape\]: "../.git/config" (instruction file of the theme) is inside .git, which reltheme never reads (it may hold the checkout'"'"'s credentials)$' ||
  fail "no path-escape for .git/config: $out"
"$bin" render themes/standard.yaml -o "$work/page.md" >/dev/null 2>&1 && fail "render went on with .git/config"
grep -rqs "c2VjcmV0" "$work/page.md" && fail "the token reached the handbook"
# ...nor through a link inside the repository that leads there.
ln -s ../.git docs/vcs
sed -i 's|^instruction_file: .*|instruction_file: ../docs/vcs/config|' themes/standard.yaml
out=$("$bin" lint 2>&1)
echo "$out" | grep -q 'error\[path-escape\]: "../docs/vcs/config" (instruction file of the theme) is inside .git' ||
  fail "no path-escape for a link into .git: $out"
rm docs/vcs
sed -i 's|^instruction_file: .*|instruction_file: ../docs/standard.md|' themes/standard.yaml

# 5. Scenario and model `theme:` paths stay inside the repository root.
printf 'root:x:0:0:root:/root:/bin/bash\nsecret-line-2\n' > "$outside/passwd"
mkdir -p scenarios models
for written in "$outside/passwd" "../../outside/passwd"; do
  printf 'reltheme-scenario: 1\ntheme: %s\nstart: 2026-03-02T09:00\ndeals: []\n' "$written" > scenarios/s.yaml
  out=$("$bin" simulate scenarios/s.yaml 2>&1); code=$?
  [ "$code" = 2 ] || fail "scenario theme $written: exit $code: $out"
  echo "$out" | grep -q "^scenarios/s.yaml:2:8: error\[path-escape\]: \"$written\" (theme of the scenario)" ||
    fail "scenario theme $written: no path-escape: $out"
  echo "$out" | grep -q "root:x\|secret-line" && fail "scenario theme $written: the file was read: $out"
  printf 'reltheme-model: 1\ntheme: %s\nstages: {}\n' "$written" > models/m.yaml
  out=$("$bin" analyze --model models/m.yaml 2>&1); code=$?
  [ "$code" = 2 ] || fail "model theme $written: exit $code: $out"
  echo "$out" | grep -q "^models/m.yaml:2:8: error\[path-escape\]: \"$written\" (theme of the model)" ||
    fail "model theme $written: no path-escape: $out"
  echo "$out" | grep -q "root:x\|secret-line" && fail "model theme $written: the file was read: $out"
done

# 6. A message quotes at most 48 characters of a value.
long=$(head -c 3000 /dev/zero | tr '\0' 'q')
printf 'reltheme: 1\nid: long\nname: L\ntype: %s\n' "$long" > themes/long.yaml
# (The code frame shows the line; the message names the value.)
messages=$("$bin" validate --format json themes/long.yaml 2>&1 | grep '"message"')
echo "$messages" | grep -q "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq…" || fail "no excerpt: $messages"
echo "$messages" | grep -q "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq" &&
  fail "more than 48 characters quoted: $messages"
echo "hostile repo: ok"
