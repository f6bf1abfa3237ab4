#!/usr/bin/env bash
# Every JSON report follows the schema `reltheme schema NAME` prints for it:
# each command runs on the samples (and on inputs with changes, failures and
# load errors) and its output is validated with ajv-cli against the schema the
# binary prints. Every schema `reltheme schema --list` names is either one of
# a file reltheme reads (checked by schema_agreement_test and
# simulate_schemas.sh) or validated here or in report_validators.sh.
# Uses ajv-cli (scripts/setup.sh --tests installs it); skipped (77) without it.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
# shellcheck source=lib/find_ajv.bash
source "$src/tests/scripts/lib/find_ajv.bash"
checked=()

# run NAME EXIT COMMAND...: the command exits with EXIT (a pattern: 0, 1 or
# [01]) and its standard output, kept as $work/NAME-N.json, follows
# `reltheme schema NAME`.
n=0
run() {
  local name=$1 want=$2; shift 2
  n=$((n + 1))
  local out=$work/$name-$n.json
  (cd "$src" && "$bin" "$@" > "$out" 2> "$work/stderr")
  local got=$?
  # shellcheck disable=SC2053
  [[ $got == $want ]] || { fail "reltheme $* exited $got, expected $want: $(cat "$work/stderr")"; return; }
  [ -f "$work/$name.schema.json" ] || "$bin" schema "$name" > "$work/$name.schema.json" ||
    { fail "reltheme schema $name"; return; }
  "$ajv" validate --spec=draft7 --strict=false -s "$work/$name.schema.json" -d "$out" > "$work/ajv.log" 2>&1 ||
    { fail "reltheme $* does not follow reltheme schema $name:"; cat "$work/ajv.log"; }
  checked+=("$name")
}

# diff: no change, changes of every family (the diff examples), an invalid side.
run diff 0 diff samples/themes samples/themes --format json
for d in "$src"/tests/diff/*/; do
  [ -f "$d/old.yaml" ] && [ -f "$d/new.yaml" ] || continue
  run diff '[01]' diff "$d/old.yaml" "$d/new.yaml" --format json
done
run diff 1 diff tests/cli/diff-folders/old tests/cli/diff-folders/new --format json

# --statistics: findings of several rules, a clean run, a failed run.
run statistics 0 lint tests/cli/lint-overrides/themes --statistics --format json
run statistics 0 validate samples/themes --statistics --format json
run statistics 2 lint tests/cli/lint-overrides/themes themse/ --statistics --format json

# rules
run rules 0 rules --format json

# scenario runs: every sample, a failing one, one that does not load.
for f in "$src"/samples/scenarios/*.yaml; do run scenario-run 0 simulate "$f" --format json; done
run scenario-run 1 simulate tests/cli/simulate-scenario-fail/scenario.yaml --format json
run scenario-run 2 simulate tests/cli/simulate-load-error/scenario.yaml --format json

# coverage of the sample scenarios
run coverage 0 simulate --coverage samples/scenarios --format json

# forecast of open deals
run forecast 0 simulate --model samples/models/standard.yaml --pipeline tests/cli/simulate-pipeline/open.csv \
  --horizon 14d --today 2026-03-02T09:00 --runs 500 --seed 3 --format json

# A report that breaks its schema is caught: the check is not vacuous.
printf '{"version": 1, "old": "a", "new": "b", "themes": [], "summary": {}}\n' > "$work/bad.json"
"$ajv" validate --spec=draft7 --strict=false -s "$work/diff.schema.json" -d "$work/bad.json" > /dev/null 2>&1 &&
  fail "the diff schema accepts a summary without its counts"

# Every schema is accounted for.
inputs=" theme project scenario model deal baseline "  # baseline: baseline_test.cpp
elsewhere=" report simulate analyze "  # report_validators.sh, simulate_schemas.sh
while read -r name _; do
  [[ $inputs == *" $name "* || $elsewhere == *" $name "* || " ${checked[*]} " == *" $name "* ]] ||
    fail "no test validates output against reltheme schema $name"
  grep -q "\`$name\`" "$src/docs/ci.md" || fail "docs/ci.md does not name the schema $name"
done < <("$bin" schema --list)

[ $status = 0 ] && echo "$n JSON reports follow their schemas"
exit $status
