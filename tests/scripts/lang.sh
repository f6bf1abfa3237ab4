#!/usr/bin/env bash
# The language of a run (docs/i18n.md): --lang, then RELTHEME_LANG, then the
# project file's lang:, then LANGUAGE, LC_ALL, LC_MESSAGES and LANG read by
# their text (no Russian locale is installed where this runs); SARIF in
# Russian, whole but for tool.driver (its version, and the rule list, whose
# Russian summaries and pages the catalogue's unit test covers), against
# tests/scripts/lang/lint-ru.sarif and validate-ru.sarif; init's messages in Russian.
set -u
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
cp -r "$src/tests/cli/lint-ru/themes" themes
en="1 error, 2 warnings in 5 files"
ru="1 ошибка, 2 предупреждения в 5 файлах"

# The summary, the last line of the human report, with the environment
# holding exactly the variables given.
summary() {
  env -u RELTHEME_LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG NO_COLOR=1 "$@" \
    "$bin" lint themes/ 2>&1 | tail -n 1
}
check() {  # NAME EXPECTED ENV... [--lang X]
  local name=$1 want=$2
  shift 2
  local got
  got=$(summary "$@")
  [ "$got" = "$want" ] || fail "$name: got \"$got\", expected \"$want\""
}
check "nothing set" "$en"
check "LANG=ru_RU.UTF-8, not installed" "$ru" LANG=ru_RU.UTF-8
check "LANG=en_US.UTF-8" "$en" LANG=en_US.UTF-8
check "LANGUAGE=ru:en" "$ru" LANGUAGE=ru:en LANG=C.UTF-8
check "LANGUAGE=en:ru" "$en" LANGUAGE=en:ru LANG=ru_RU.UTF-8
check "LC_ALL=C over LANG" "$en" LC_ALL=C LANG=ru_RU.UTF-8
check "LC_MESSAGES over LANG" "$ru" LC_MESSAGES=ru_RU.UTF-8 LANG=en_US.UTF-8
check "RELTHEME_LANG=ru over LANG" "$ru" RELTHEME_LANG=ru LANG=en_US.UTF-8
check "RELTHEME_LANG=en over LANGUAGE" "$en" RELTHEME_LANG=en LANGUAGE=ru

# --lang wins over everything.
got=$(env RELTHEME_LANG=ru LANG=ru_RU.UTF-8 NO_COLOR=1 "$bin" lint --lang en themes/ | tail -n 1)
[ "$got" = "$en" ] || fail "--lang en: got \"$got\""

# The project file's lang: is below RELTHEME_LANG and above the locale.
echo "lang: ru" > reltheme.yaml
check "lang: ru" "$ru" LANG=en_US.UTF-8
check "RELTHEME_LANG=en over lang: ru" "$en" RELTHEME_LANG=en
echo "lang: en" > reltheme.yaml
check "lang: en over LANG" "$en" LANG=ru_RU.UTF-8
got=$(env -u RELTHEME_LANG LANG=ru_RU.UTF-8 NO_COLOR=1 "$bin" lint --lang ru themes/ | tail -n 1)
[ "$got" = "$ru" ] || fail "--lang ru over lang: en: got \"$got\""
rm reltheme.yaml

# A value RELTHEME_LANG has no catalogue for stops the run.
RELTHEME_LANG=de expect 2 "$bin" lint themes/
[ "$(cat last.err)" = 'reltheme: error: RELTHEME_LANG is "de"; it must be en or ru' ] ||
  fail "RELTHEME_LANG=de: $(cat last.err)"
[ -s last.out ] && fail "RELTHEME_LANG=de printed a report"

# SARIF in Russian.
command -v jq >/dev/null || { echo "jq is not installed"; exit 77; }
expect 1 "$bin" lint --lang ru --format sarif themes/
jq 'del(.runs[0].tool)' last.out > lint-ru.sarif
diff -u "$src/tests/scripts/lang/lint-ru.sarif" lint-ru.sarif || fail "SARIF in Russian differs"
[ "$(jq -r '.runs[0].language' last.out)" = ru ] || fail "SARIF language"
expect 1 "$bin" lint --format sarif themes/
[ "$(jq -r '.runs[0].language' last.out)" = en ] || fail "SARIF language en"
# validate's SARIF in Russian: the loader's findings of broken themes.
rm -rf loader && cp -r "$src/tests/cli/lint-ru-loader/themes" loader
expect 1 "$bin" validate --lang ru --format sarif loader/
jq 'del(.runs[0].tool)' last.out > validate-ru.sarif
diff -u "$src/tests/scripts/lang/validate-ru.sarif" validate-ru.sarif ||
  fail "validate's SARIF in Russian differs"

# init in Russian: what it wrote and what comes next, then its refusal to
# overwrite, on standard error.
mkdir init-ru
(
  cd init-ru && git init -q . && "$bin" init --lang ru >../init.out 2>../init.err
  echo "$?" >../init.status
  "$bin" init --lang ru >>../init.out 2>>../init.err
  echo "$?" >>../init.status
)
want_init='reltheme: создан ./standard.yaml
reltheme: создан schemas/theme.schema.json
reltheme: дальше: отредактируйте ./standard.yaml и запустите reltheme lint ./standard.yaml
reltheme: error: ./standard.yaml уже есть; reltheme init никогда не перезаписывает файлы'
[ "$(cat init.err)" = "$want_init" ] || fail "init in Russian: $(cat init.err)"
[ "$(tr '\n' ' ' <init.status)" = "0 2 " ] || fail "init exit codes: $(cat init.status)"
[ -s init.out ] && fail "init printed on standard output"

[ $status = 0 ] && echo "lang: the language follows --lang, RELTHEME_LANG, lang: and the locale"
exit $status
