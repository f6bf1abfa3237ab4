#!/usr/bin/env bash
# `--output FORMAT=FILE` takes one value: the paths after it are the command's
# own (`lint --output json=x.json themes/`), for every command that writes
# reports, and each file holds what `--format FORMAT` prints for the same run.
# Arguments: BINARY SOURCE_DIR.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
# The JUnit report's timestamp: the same in every run.
export SOURCE_DATE_EPOCH=1700000000
cp -r "$src/samples" samples
cp "$src/tests/cli/diff-files/old.yaml" "$src/tests/cli/diff-files/new.yaml" .

# check NAME FORMAT EXPECTED_EXIT ARGS...: the run with `--output FORMAT=NAME`
# before ARGS exits as expected, writes NAME, and NAME is `--format FORMAT`.
check() {
  local name=$1 format=$2 want=$3
  shift 3
  local cmd=$1
  shift
  NO_COLOR=1 "$bin" "$cmd" --output "$format=$name" "$@" > stdout.txt 2> stderr.txt
  local code=$?
  [ "$code" = "$want" ] || { fail "$cmd --output $format=$name $*: exit $code, expected $want: $(cat stderr.txt)"; return; }
  [ -f "$name" ] || { fail "$cmd: $name not written"; return; }
  NO_COLOR=1 "$bin" "$cmd" --format "$format" "$@" > "expected.$name" 2> /dev/null
  cmp -s "expected.$name" "$name" || fail "$cmd: $name differs from --format $format"
}

check lint.json json 0 lint samples/themes/
check lint.sarif sarif 0 lint samples/themes/standard.yaml samples/themes/audit-clients.yaml
check validate.xml junit 0 validate samples/themes/
check diff.md markdown 1 diff old.yaml new.yaml
check simulate.json json 0 simulate samples/scenarios/standard-walkthrough.yaml
check analyze.json json 0 analyze samples/themes/standard.yaml --model samples/models/standard.yaml

# Repeated, with the paths between and after the occurrences.
NO_COLOR=1 "$bin" lint --output sarif=a.sarif samples/themes/standard.yaml --output junit=a.xml \
  samples/themes/audit-clients.yaml > stdout.txt 2> stderr.txt
code=$?
[ $code = 0 ] || fail "two --output around the paths: exit $code: $(cat stderr.txt)"
[ -s a.sarif ] && [ -s a.xml ] || fail "two --output around the paths: a report is missing"
[ "$(grep -c '<testcase name="no findings" classname="samples/themes/' a.xml)" = 2 ] ||
  fail "the paths around the second --output were not both checked: $(cat a.xml)"

# A value that is not FORMAT=FILE is still refused, not taken for a path.
NO_COLOR=1 "$bin" lint --output samples/themes/ > stdout.txt 2> stderr.txt
code=$?
[ $code = 2 ] || fail "--output PATH: exit $code"
grep -qx -- '--output: expected FORMAT=FILE, e.g. json=reltheme.json, not "samples/themes/"' stderr.txt ||
  fail "--output PATH: $(cat stderr.txt)"
[ $status = 0 ] && echo "output before paths: ok"
exit $status
