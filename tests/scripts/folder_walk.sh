#!/usr/bin/env bash
# Walking folders: hidden folders and `ignore` globs are skipped, symbolic
# link loops are not followed, and a file that cannot be read is reported
# (exit 2) while every other file is still checked.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1

good='reltheme: 1
id: ID
name: Аудит
type: audit
instruction: Позвоните клиенту.'
theme() { mkdir -p "$(dirname "$1")"; printf '%s\n' "${good//ID/$2}" > "$1"; }

# --- hidden folders, hidden files, ignore globs, non-theme names ---
mkdir walk && cd walk || exit 1
printf 'ignore: ["themes/drafts/**", "**/*.tmp.yaml"]\n' > reltheme.yaml
theme themes/a.yaml a
theme themes/sub/b.yml b
theme themes/drafts/c.yaml c
theme themes/d.tmp.yaml d
theme themes/.hidden/e.yaml e
theme themes/.f.yaml f
printf 'not a theme\n' > themes/notes.txt
out=$(NO_COLOR=1 "$bin" validate --format json themes 2>&1)
code=$?
[ $code = 0 ] || fail "walk: exit $code: $out"
files=$(printf '%s' "$out" | grep -o '"file": "[^"]*"' | sort -u | tr '\n' ' ')
[ "$files" = '"file": "themes/a.yaml" "file": "themes/sub/b.yml" ' ] || fail "walk read: $files"
cd "$work" || exit 1

# --- symbolic link loops: a folder linking to its parent, a link to itself ---
mkdir -p loop/themes/inner
theme loop/themes/inner/a.yaml a
ln -s .. loop/themes/inner/up
ln -s ../themes loop/themes/inner/again
ln -s self.yaml loop/themes/self-link
out=$(cd loop && timeout 20 "$bin" validate themes 2>&1)
code=$?
[ $code = 0 ] || fail "loops: exit $code: $out"
printf '%s' "$out" | grep -q '0 errors, 0 warnings in [1-9] file' || fail "loops: $out"

# --- an unreadable file among readable ones: exit 2, the rest still checked ---
mkdir -p unread/themes
theme unread/themes/a.yaml a
printf 'reltheme: 1\nid: b\nname: B\ntype: audit\ninstruction: x\nbogus: 1\n' > unread/themes/b.yaml
ln -s missing-target.yaml unread/themes/dangling.yaml  # a broken link: cannot be read
mkfifo unread/themes/pipe.yaml                          # a FIFO: refused without reading
cd unread || exit 1
out=$(NO_COLOR=1 timeout 20 "$bin" validate themes 2>err)
code=$?
[ $code = 2 ] || fail "unreadable: exit $code, expected 2"
# The human report lists them itself (standard error does with other formats).
printf '%s' "$out" | grep -q "^error\[read-error\]: cannot read themes/dangling.yaml: No such file or directory" || fail "dangling link: $out"
printf '%s' "$out" | grep -q "^error\[read-error\]: cannot read themes/pipe.yaml: not a regular file" || fail "fifo: $out"
NO_COLOR=1 timeout 20 "$bin" validate themes --format json 2>err >/dev/null
grep -q "reltheme: error: cannot read themes/pipe.yaml: not a regular file" err || fail "fifo, json: $(cat err)"
printf '%s' "$out" | grep -q 'themes/b.yaml:6:1: error\[schema\]' || fail "the other files were not checked: $out"
printf '%s' "$out" | grep -q '1 error, 0 warnings in 4 files; the run failed: 2 read-error' || fail "summary: $out"
# Every format says so too.
report() { NO_COLOR=1 "$bin" validate themes --format "$1" 2>/dev/null; }
[[ $(report json) == *'"read_error": "not a regular file"'* ]] || fail "json: no read_error"
[[ $(report sarif) == *'"executionSuccessful": false'* ]] || fail "sarif: executionSuccessful"
[[ $(report junit) == *'<error type="read-error"'* ]] || fail "junit: no error element"
[[ $(report github) == *$'\n::error file=themes/pipe.yaml,title=read-error::'* ]] || fail "github: no read-error annotation"
cd "$work" || exit 1

# --- permissions: root reads anything, so as root run this part as nobody ---
as_user=()
if [ "$(id -u)" = 0 ]; then
  chmod 755 "$work"
  if command -v runuser >/dev/null && runuser -u nobody -- test -x "$bin" 2>/dev/null; then
    as_user=(runuser -u nobody --)
  fi
fi
if [ "$(id -u)" = 0 ] && [ ${#as_user[@]} = 0 ]; then
  echo "skipping the permission checks: running as root and cannot run as nobody"
else
  mkdir -p perm/themes/closed
  theme perm/themes/a.yaml a
  theme perm/themes/secret.yaml s
  theme perm/themes/closed/c.yaml c
  chmod -R a+rX perm
  chmod 000 perm/themes/secret.yaml perm/themes/closed
  out=$(cd perm && NO_COLOR=1 "${as_user[@]}" "$bin" validate themes 2>&1)
  code=$?
  chmod 755 perm/themes/closed
  [ $code = 2 ] || fail "permissions: exit $code: $out"
  printf '%s' "$out" | grep -q "cannot read themes/secret.yaml: Permission denied" || fail "secret: $out"
  printf '%s' "$out" | grep -q "themes/closed: Permission denied" || fail "closed folder: $out"
  printf '%s' "$out" | grep -q "0 errors, 0 warnings in 2 files" || fail "the readable file: $out"
fi

[ $status = 0 ] && echo "folder walking: ok"
exit $status
