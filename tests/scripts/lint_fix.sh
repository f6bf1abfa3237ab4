#!/usr/bin/env bash
# `lint --fix`, `--diff` and `--unsafe-fixes` on files (docs/fixes.md): the
# whole diff, the whole fixed file (comments and layout kept), the report of
# what is left, a second --fix that changes nothing, and the files --fix must
# leave alone: a YAML syntax error, a read-only file, standard input; a theme
# that is a link is fixed through it.
set -u
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
export NO_COLOR=1
same() {  # label, expected text, actual text
  [ "$2" = "$3" ] || { fail "$1 differs:"; diff <(printf '%s\n' "$2") <(printf '%s\n' "$3"); }
}
write_broken() {  # FILE: the theme tests/unit/fixer_test.cpp fixes too
  cp "$src/tests/fixes/standard.broken.yaml" "$1"
}
fixed=$(cat "$src/tests/fixes/standard.fixed.yaml")

mkdir themes && write_broken themes/standard.yaml
before=$(cat themes/standard.yaml)

# 1. --diff: the whole diff, exit 1, the file untouched.
expect 1 "$bin" lint --diff themes/
same "--diff" '--- a/themes/standard.yaml
+++ b/themes/standard.yaml
@@ -1,23 +1,22 @@
 reltheme: 1
 id: standard
-name: "Стандартная "  # the theme'"'"'s name
+name: "Стандартная"  # the theme'"'"'s name
 description: Продажи
 instruction: Ведите сделку по этапам.
 type: sales
-max_duration: 30 d
+max_duration: 30d
 stages:
   # first contact
   - id: new
     name: Новый
-    deadline: 1.5d  # reltheme: ignore[missing-instruction, dead-end] reviewed
+    deadline: 36h
     instruction: Позвоните клиенту.
     next: [propsal]
   - id: proposal
-    name: Коммерческое  предложение
+    name: Коммерческое предложение
     deadline: 3d
     instruction: Отправьте КП.
     next: [paid]
-  # reltheme: ignore[long-name]
   - id: paid
     name: Оплата
     deadline: 2d' "$(cat last.out)"
same "--diff stderr" "reltheme: 6 fixes would apply in 1 file" "$(cat last.err)"
same "--diff leaves the file" "$before" "$(cat themes/standard.yaml)"

# 2. --fix: the file fixed, the unsafe guess left and reported.
expect 1 "$bin" lint --fix themes/
same "--fix file" "$fixed" "$(cat themes/standard.yaml)"
same "--fix stderr" "reltheme: 6 fixes applied in 1 file" "$(cat last.err)"
same "--fix report" 'themes/standard.yaml:14:12: error[unknown-stage]: stage "propsal" does not exist; did you mean "proposal"?
   |
14 |     next: [propsal]
   |            ^~~~~~~
1 error, 0 warnings in 1 file' "$(cat last.out)"

# 3. A second --fix changes nothing.
expect 1 "$bin" lint --fix themes/
same "second --fix stderr" "reltheme: 0 fixes applied in 0 files" "$(cat last.err)"
same "second --fix file" "$fixed" "$(cat themes/standard.yaml)"

# 4. --unsafe-fixes takes the guess too: nothing is left.
expect 0 "$bin" lint --fix --unsafe-fixes themes/
same "unsafe stderr" "reltheme: 1 fix applied in 1 file" "$(cat last.err)"
same "unsafe report" "0 errors, 0 warnings in 1 file" "$(cat last.out)"
grep -qx '    next: \[proposal\]' themes/standard.yaml || fail "unsafe: next not fixed"

# 5. A YAML syntax error: left as it was (fix_text refuses such a file even
# when it has fixes: tests/unit/fixer_test.cpp).
printf 'reltheme: 1\nid: x\nmax_duration: 30 d\nname: [unclosed\n' > broken.yaml
cp broken.yaml broken.orig
expect 1 "$bin" lint --fix broken.yaml
same "syntax error stderr" "reltheme: 0 fixes applied in 0 files" "$(cat last.err)"
cmp -s broken.yaml broken.orig || fail "a file with a syntax error was changed"

# 6. A read-only file: a clear error, exit 2, unchanged (root too).
mkdir ro && write_broken ro/standard.yaml && chmod a-w ro/standard.yaml
cp ro/standard.yaml ro.orig
expect 2 "$bin" lint --fix ro/
same "read-only stderr" "reltheme: error: cannot fix ro/standard.yaml: it is read-only
reltheme: 0 fixes applied in 0 files" "$(sed 's|'"$work"'/||' last.err)"
cmp -s ro/standard.yaml ro.orig || fail "a read-only file was changed"

# 7. Standard input is never written.
expect 2 "$bin" lint --fix - < ro.orig
same "stdin stderr" "reltheme: error: --fix does not write standard input: --diff shows its fixes" "$(cat last.err)"
expect 1 "$bin" lint --diff - --stdin-filename s.yaml < ro.orig
grep -qx '+max_duration: 30d' last.out || { fail "stdin --diff shows no fix"; cat last.out; }

# 8. A theme that is a link: the target is fixed, the link stays a link.
mkdir -p proj/real proj/linked && cd proj || exit 1
printf 'themes: ["**/*.yaml"]\n' > reltheme.yaml
write_broken real/standard.yaml && ln -s ../real/standard.yaml linked/standard.yaml
expect 1 "$bin" lint --fix linked/
[ -L linked/standard.yaml ] || fail "the link was replaced by a file"
same "link target" "$fixed" "$(cat real/standard.yaml)"

[ "$status" = 0 ] && echo "lint --fix: ok"
exit "$status"
