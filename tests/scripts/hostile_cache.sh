#!/usr/bin/env bash
# The result cache of --cache cannot change a verdict: a cache committed in
# the repository, or written under another key, is not trusted; an entry that
# names a file the run did not read, an unknown rule id or a summary the
# theme's text does not hold is a miss; and an honest cache goes stale when a
# template becomes a link out of the repository, when the repository root
# moves, or when an over-large template is deleted.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
command -v python3 >/dev/null || { echo "python3 is needed to forge caches"; exit 77; }
export RELTHEME_CACHE_DIR="$work/cache"
unset XDG_CACHE_HOME

# A repository of two themes, one with a template.
repo="$work/repo"
mkdir -p "$repo/.git" "$repo/themes" "$repo/templates"
theme() { # ID [EXTRA]
  printf 'reltheme: 1\nid: %s\nname: %s\ntype: sales\ndescription: d\ninstruction: i\n%bstages:\n  - {id: open, name: Open, deadline: 1d, next: [done]}\n  - {id: done, name: Done}\n' "$1" "$1" "${2:-}"
}
theme one 'documents:\n  - {id: offer, name: Offer, kind: print-form, template: ../templates/offer.md}\n' > "$repo/themes/one.yaml"
printf 'Hello\n' > "$repo/templates/offer.md"
theme two > "$repo/themes/two.yaml"
cd "$repo" || exit 1
"$bin" validate >/dev/null 2>&1 || fail "the repository does not validate clean: $("$bin" validate 2>&1)"
before=$(find . | sort)

# 1. The default cache lives in the user's cache folder, never in the checkout.
"$bin" validate --cache >/dev/null 2>&1 || fail "cached run failed"
[ "$(find . | sort)" = "$before" ] || fail "--cache wrote into the repository: $(find . | sort)"
ls "$RELTHEME_CACHE_DIR"/results-validate-*.json >/dev/null 2>&1 || fail "no cache in $RELTHEME_CACHE_DIR"
mode=$(stat -c %a "$RELTHEME_CACHE_DIR/key")
[ "$mode" = 600 ] || fail "the key file has mode $mode"

# 2. A cache committed in the pull request, written for the clean theme under
#    the attacker's own key, then the theme broken: the finding is reported.
RELTHEME_CACHE_DIR="$work/attacker" "$bin" validate --cache --cache-location .reltheme-cache >/dev/null 2>&1 ||
  fail "attacker's cache not written"
sed -i 's/next: \[done\]/next: [dnoe]/' themes/two.yaml
for args in "" "--cache-location .reltheme-cache"; do
  # shellcheck disable=SC2086
  out=$("$bin" validate --cache $args 2>&1); code=$?
  [ "$code" = 1 ] || fail "validate --cache $args trusted a forged cache (exit $code): $out"
  echo "$out" | grep -q 'themes/two.yaml:8:49: error\[unknown-stage\]: stage "dnoe" does not exist; did you mean "done"?' ||
    fail "validate --cache $args: finding missing: $out"
done
rm .reltheme-cache
# The cache of this user, for the clean theme, pointed at the broken content
# without the key: its code no longer matches, so it is ignored as a whole.
sed -i 's/next: \[dnoe\]/next: [done]/' themes/two.yaml
"$bin" validate --cache --cache-location "$work/own.cache" >/dev/null 2>&1 || fail "own cache not written"
sed -i 's/next: \[done\]/next: [dnoe]/' themes/two.yaml
point_at_content() { # CACHE-FILE: the entry of themes/two.yaml takes its current content's hash
  python3 - "$1" themes/two.yaml <<'PY'
import hashlib, json, sys
head, body = open(sys.argv[1], "rb").read().split(b"\n", 1)
data = json.loads(body)
data["files"]["themes/two.yaml"]["hash"] = hashlib.sha256(open(sys.argv[2], "rb").read()).hexdigest()
open(sys.argv[1], "wb").write(head + b"\n" + json.dumps(data).encode())
PY
}
point_at_content "$work/own.cache"
out=$("$bin" validate --cache --cache-location "$work/own.cache" 2>&1) && fail "an edited cache was trusted: $out"
echo "$out" | grep -q 'error\[unknown-stage\]' || fail "edited cache: finding missing: $out"
sed -i 's/next: \[dnoe\]/next: [done]/' themes/two.yaml

# 3. Entries signed with the right key but holding what no run of reltheme
#    writes are misses: a finding in a file outside the repository, a rule id
#    of escape codes, an invented theme id (a duplicate-id) or a hidden one.
printf 'the secret of the CI machine\n' > "$work/secret.txt"
"$bin" validate --cache >/dev/null 2>&1 || fail "clean cached run failed"
forge() { # PYTHON-STATEMENTS on `files` (the entries)
  python3 - "$RELTHEME_CACHE_DIR" "$1" <<'PY'
import glob, hashlib, hmac, json, sys
folder, code = sys.argv[1], sys.argv[2]
key = open(folder + "/key", "rb").read()
for name in glob.glob(folder + "/results-validate-*.json"):
    head, body = open(name, "rb").read().split(b"\n", 1)
    data = json.loads(body)
    files = data["files"]
    exec(code)
    body = json.dumps(data).encode()
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    open(name, "wb").write(b"reltheme-cache 3 " + mac.encode() + b"\n" + body)
PY
}
# Control: what the key signs is what is trusted, so a well-formed entry
# signed with it is taken as it is (the misses below are the checks' doing).
forge "files['themes/two.yaml']['diagnostics'].append({'severity': 1, 'rule': 'schema', 'file': 'themes/two.yaml', 'range': [2, 5, 2, 8], 'message': 'well-formed', 'notes': []})"
out=$("$bin" validate --cache 2>&1)
echo "$out" | grep -q '^themes/two.yaml:2:5: warning\[schema\]: well-formed$' || fail "the forging itself does not work: $out"
fresh() { rm -f "$RELTHEME_CACHE_DIR"/results-validate-*.json; "$bin" validate --cache >/dev/null 2>&1; }
fresh

secret_finding="{'severity': 1, 'rule': 'schema', 'file': '$work/secret.txt', 'range': [1, 1, 1, 5], 'message': 'x', 'notes': []}"
forge "files['themes/two.yaml']['diagnostics'].append($secret_finding)"
out=$("$bin" validate --cache 2>&1) || fail "a forged finding outside the repository changed the verdict: $out"
echo "$out" | grep -q secret && fail "a file outside the repository was quoted: $out"
[ "$out" = "0 errors, 0 warnings in 2 files" ] || fail "forged finding reported: $out"

fresh
forge "files['themes/two.yaml']['diagnostics'].append({'severity': 2, 'rule': '\x1b[31mok', 'file': 'themes/two.yaml', 'range': [1, 1, 1, 2], 'message': 'm', 'notes': []})"
out=$("$bin" validate --cache 2>&1) || fail "a forged rule id changed the verdict: $out"
case "$out" in *$'\e'*) fail "escape codes printed: $out" ;; esac

fresh
forge "files['themes/two.yaml']['summary']['id'] = 'one'"
out=$("$bin" validate --cache 2>&1) || fail "a forged summary invented duplicate-id: $out"

theme one > themes/two.yaml  # now a real duplicate of "one"
"$bin" validate --cache >/dev/null 2>&1 && fail "duplicate-id not found"
forge "del files['themes/two.yaml']['summary']"
out=$("$bin" validate --cache 2>&1) && fail "a forged cache hid duplicate-id: $out"
echo "$out" | grep -q 'error\[duplicate-id\]' || fail "duplicate-id missing: $out"
theme two > themes/two.yaml

# 4. An honest cache goes stale whenever a verdict would change.
# 4a. A template replaced by a link to an identical file outside.
"$bin" validate --cache >/dev/null 2>&1 || fail "clean run failed"
cp templates/offer.md "$work/offer.md"
rm templates/offer.md
ln -s "$work/offer.md" templates/offer.md
out=$("$bin" validate --cache 2>&1) && fail "a template linked out of the repository was served from the cache: $out"
echo "$out" | grep -q "themes/one.yaml:8:58: error\[path-escape\]: \"../templates/offer.md\" (template of document \"offer\") goes through a symbolic link to $work/offer.md, outside the repository root" ||
  fail "path-escape missing: $out"
rm templates/offer.md
printf 'Hello\n' > templates/offer.md

# 4b. A new reltheme.yaml below the old root moves the root.
mkdir -p sub/themes
theme three 'documents:\n  - {id: offer, name: Offer, kind: print-form, template: ../../templates/offer.md}\n' > sub/themes/three.yaml
"$bin" validate --cache >/dev/null 2>&1 || fail "sub theme not clean: $("$bin" validate 2>&1)"
printf 'themes: ["themes/*.yaml"]\n' > sub/reltheme.yaml
out=$("$bin" validate --cache 2>&1) && fail "a moved root was served from the cache: $out"
echo "$out" | grep -q 'sub/themes/three.yaml:8:58: error\[path-escape\]: "../../templates/offer.md" (template of document "offer") leads outside the repository root' ||
  fail "path-escape after the root moved missing: $out"
rm -r sub

# 4c. A template over the 16 MiB limit, then deleted.
head -c 17000000 /dev/zero | tr '\0' 'x' > templates/offer.md
"$bin" validate --cache >/dev/null 2>&1
rm templates/offer.md
out=$("$bin" validate --cache 2>&1) && fail "a deleted template was served from the cache: $out"
echo "$out" | grep -q 'themes/one.yaml:8:58: error\[missing-file\]' || fail "missing-file lost: $out"
printf 'Hello\n' > templates/offer.md

# 5. A key file readable by others is not used; the run goes on without the cache.
chmod 644 "$RELTHEME_CACHE_DIR/key"
out=$("$bin" validate --cache 2>&1) || fail "a bad key failed the run: $out"
echo "$out" | grep -q "reltheme: error: the cache is not used: $RELTHEME_CACHE_DIR/key is not a key of this user" ||
  fail "no message for a key readable by others: $out"
echo "hostile cache: ok"
