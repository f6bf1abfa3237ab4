#!/usr/bin/env bash
# `--output FORMAT=FILE`: several reports in one run, each the same bytes as
# `--format FORMAT` would print, never in colour, written atomically (no
# temporary file left, an old report replaced whole); a report that cannot be
# written is a clear error with exit 2 while the others are still written.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
# The JUnit report's timestamp: the same in every run.
export SOURCE_DATE_EPOCH=1700000000
cp "$src/tests/rules/duplicate-id/bad.yaml" theme.yaml
mkdir reports
echo "old report" > reports/out.json

# 1. Human on the terminal (forced colour), four reports in files.
"$bin" lint theme.yaml --color always --output json=reports/out.json --output sarif=reports/out.sarif \
  --output junit=reports/out.xml --output human=reports/out.txt --output github=reports/out.github \
  > stdout.txt 2> stderr.txt
code=$?
[ $code = 1 ] || fail "exit $code, expected 1: $(cat stderr.txt)"
grep -q $'\x1b\[' stdout.txt || fail "stdout was asked in colour"
grep -q $'\x1b' reports/out.txt && fail "a report file has colour codes"
for format in json sarif junit human github; do
  case $format in json) f=out.json ;; sarif) f=out.sarif ;; junit) f=out.xml ;; human) f=out.txt ;; github) f=out.github ;; esac
  NO_COLOR=1 "$bin" lint theme.yaml --format "$format" > "expected.$format" 2>/dev/null
  # The GitHub report's stop-commands token is new for every run.
  mask() { sed -E 's/[0-9a-f]{32}/TOKEN/g' "$1"; }
  cmp -s <(mask "expected.$format") <(mask "reports/$f") || fail "reports/$f differs from --format $format"
done
[ "$(ls -A reports | wc -l)" = 5 ] || fail "temporary files left: $(ls -A reports)"
[ "$(stat -c %a reports/out.sarif)" = "$(printf '%o' $((0666 & ~0$(umask))))" ] ||
  fail "mode $(stat -c %a reports/out.sarif) is not 0666 less the umask"

# 2. A folder that does not exist, and a file in the way of a folder: exit 2,
#    a clear message, stdout still printed and the other report written.
touch not-a-folder
NO_COLOR=1 "$bin" lint theme.yaml --output sarif=missing/out.sarif --output json=ok.json \
  --output junit=not-a-folder/out.xml > stdout.txt 2> stderr.txt
code=$?
[ $code = 2 ] || fail "unwritable: exit $code, expected 2"
grep -qx "reltheme: error: cannot write missing/out.sarif: the folder missing does not exist" stderr.txt ||
  fail "message: $(cat stderr.txt)"
grep -qx "reltheme: error: cannot write not-a-folder/out.xml: Not a directory" stderr.txt ||
  fail "message: $(cat stderr.txt)"
[ -s ok.json ] || fail "the writable report was not written"
grep -q "error\[duplicate-id\]" stdout.txt || fail "stdout report missing"

# 3. A read-only folder (only meaningful when not root).
if [ "$(id -u)" != 0 ]; then
  mkdir ro && chmod 555 ro
  "$bin" lint theme.yaml --output json=ro/out.json > /dev/null 2> stderr.txt
  code=$?
  chmod 755 ro
  [ $code = 2 ] || fail "read-only folder: exit $code"
  grep -q "cannot write ro/out.json: Permission denied" stderr.txt || fail "read-only: $(cat stderr.txt)"
else
  echo "skipping the read-only folder check: running as root"
fi

# 4. --statistics counts on standard output; --output files still get every finding.
NO_COLOR=1 "$bin" lint theme.yaml --statistics --output json=stats.json --output human=stats.txt \
  > stdout.txt 2> stderr.txt
code=$?
[ $code = 1 ] || fail "--statistics: exit $code, expected 1: $(cat stderr.txt)"
cmp -s expected.json stats.json || fail "--statistics: the JSON file is not the whole report"
cmp -s expected.human stats.txt || fail "--statistics: the human file is not the whole report"
grep -q "^1  duplicate-id  " stdout.txt || fail "--statistics: stdout is not the counts: $(cat stdout.txt)"

# 5. Bad --output values are refused before anything runs.
for bad in "xml=out.xml" "json" "=out.json" "sarif=" "json=-"; do
  "$bin" lint theme.yaml --output "$bad" > /dev/null 2> stderr.txt
  code=$?
  [ $code = 2 ] || fail "--output $bad: exit $code"
  grep -q -- "--output" stderr.txt || fail "--output $bad: $(cat stderr.txt)"
done
grep -q 'did you mean' <("$bin" lint theme.yaml --output jsno=x 2>&1) || fail "no suggestion for jsno"
[ $status = 0 ] && echo "report files: ok"
exit $status
