#!/usr/bin/env bash
# Hostile inputs of simulate and analyze that used to crash or hang: bytes
# that are not UTF-8 in a CSV deal id or a model's file name (JSON reports
# aborted), a loop left with probability 1e-12 (the Monte Carlo ran for ever),
# huge durations (signed overflow), huge days in stage, a negative --seed and
# a limit variable that is no number; and a placeholder bomb in render.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cases=$src/tests/hostile/sim
cd "$work" || exit 1
cp "$cases"/*.yaml .
expect() {  # label, expected exit, expected text, actual exit, actual text
  [ "$4" = "$2" ] || fail "$1: exit $4, expected $2"
  [ "$5" = "$3" ] || { fail "$1: output differs"; diff <(printf '%s\n' "$3") <(printf '%s\n' "$5"); }
}

# 1. Not UTF-8 in a deal id: the JSON report writes U+FFFD.
printf 'deal,stage,days in stage\nD-\xff1,new,1\n' > open.csv
out=$(timeout 60 "$bin" simulate --model "$src/samples/models/standard.yaml" --pipeline open.csv \
  --runs 100 --today 2026-03-02 --format json 2>&1); code=$?
expect "csv deal id" 0 '      "id": "D-�1",' "$code" "$(grep -a '"id": "D-' <<<"$out")"
python3 -c 'import json,sys; json.loads(sys.stdin.read())' <<<"$out" || fail "csv deal id: not JSON"

# 2. Not UTF-8 in a model file name, for simulate and analyze.
model=$(printf 'm\xff.yaml')
sed 's/next: { a: 0.999999999999, done: 0.000000000001 }/next: { a: 0.5, done: 0.5 }/' loop-model.yaml > "$model"
out=$(timeout 60 "$bin" simulate --model "$model" --deals 10 --format json 2>&1); code=$?
expect "model file name, simulate" 0 '  "model_file": "m�.yaml",' "$code" "$(grep -a '"model_file"' <<<"$out")"
out=$(timeout 60 "$bin" analyze --model "$model" --format json 2>&1); code=$?
[ "$code" = 0 ] || fail "model file name, analyze: exit $code: $out"
python3 -c 'import json,sys; json.loads(sys.stdin.read())' <<<"$out" || fail "analyze: not JSON"

# 3. A loop left with probability 1e-12: every deal is capped, at once.
out=$(timeout 60 "$bin" simulate --model loop-model.yaml --deals 200 2>&1); code=$?
expect "loop" 0 "  capped           200 deals stopped after 10000 stage visits, neither won nor lost nor counted in the days below (reltheme analyze gives the exact figures of such loops)" \
  "$code" "$(grep -a '^  capped' <<<"$out")"
out=$(timeout 60 "$bin" simulate --model loop-model.yaml --deals 200 --format json 2>&1)
expect "loop, json" 0 '  "capped": 200,' "$code" "$(grep -a '"capped"' <<<"$out")"

# 4. 100-year stages and a lognormal tail: means stay positive and finite.
out=$(timeout 60 "$bin" simulate --model huge-model.yaml --deals 2000 --format json 2>&1); code=$?
python3 - "$out" <<'PY' || fail "huge durations: $out"
import json, sys
r = json.loads(sys.argv[1])
m = r["days_to_close"]["mean"]
assert 0 < m < 36525 * 10001, m
assert r["capped"] == 0
PY

# 5. A duration past 100 years is a located error.
sed 's/value: 36525d/value: 5218w/' huge-model.yaml > too-long.yaml
out=$(timeout 60 "$bin" simulate --model too-long.yaml --deals 10 2>&1); code=$?
expect "too long" 2 'too-long.yaml:5:40: error[schema]: bad duration "5218w" for "value": a duration is at most 100 years (5217w)' \
  "$code" "$(head -1 <<<"$out")"

# 6. Days in stage past 100 years.
printf 'deal,stage,days in stage\nD-1,new,99999999999\n' > big.csv
out=$(timeout 60 "$bin" simulate --model "$src/samples/models/standard.yaml" --pipeline big.csv --today 2026-03-02 2>&1); code=$?
expect "csv days" 2 'big.csv:2:9: error[schema]: days in stage are at most 36525 (100 years), not 99999999999' "$code" "$(head -1 <<<"$out")"

# 6b. Days in stage written in hexadecimal are no number of days (strtod
# read 0x10 as 16).
printf 'deal,stage,days in stage\nD-1,new,0x10\n' > hex.csv
out=$(timeout 60 "$bin" simulate --model "$src/samples/models/standard.yaml" --pipeline hex.csv --today 2026-03-02 2>&1); code=$?
expect "csv hex days" 2 'hex.csv:2:9: error[schema]: days in stage must be a decimal number of days, 0 or more (like 3 or 2.5), not "0x10"' "$code" "$(head -1 <<<"$out")"

# 7. --seed that would wrap round.
for seed in -1 18446744073709551616 0x10; do
  out=$("$bin" simulate --model loop-model.yaml --seed "$seed" 2>&1); code=$?
  expect "seed $seed" 2 "--seed: the seed is a whole number from 0 to 18446744073709551615, not \"$seed\"" "$code" "$(head -1 <<<"$out")"
done

# 8. A limit that is no number.
for value in abc 0 -5 1e6; do
  out=$(RELTHEME_MAX_FILE_BYTES=$value "$bin" validate loop.yaml 2>&1); code=$?
  expect "RELTHEME_MAX_FILE_BYTES=$value" 2 "reltheme: error: RELTHEME_MAX_FILE_BYTES is \"$value\"; a limit is a whole number greater than 0" "$code" "$out"
done
out=$(RELTHEME_MAX_FILE_BYTES= "$bin" validate loop.yaml 2>&1); code=$?
[ "$code" = 0 ] || fail "an empty limit is unset: exit $code: $out"

# 9. {{placeholder}} expansion past the limit (a 1.9 MB name shown 1,000
# times asked for 1.9 GB, and more with a longer instruction): exit 2, located.
python3 -c '
name = "N" * 1900000
print("reltheme: 1\nid: bomb\nname: " + name + "\ntype: service\ndescription: d\ninstruction: \"" + "{{theme.name}}" * 1000 + "\"")
' > bomb.yaml
out=$(timeout 60 "$bin" render bomb.yaml --to md -o bomb.md 2>&1); code=$?
expect "placeholder bomb" 2 "reltheme: error: bomb.yaml:6:14: the theme's instruction: filling in its placeholders would write more than 16777216 bytes, the limit on a filled text" "$code" "$out"
[ -e bomb.md ] && fail "placeholder bomb: a page was written"

[ "$status" = 0 ] && echo "all hostile simulation cases hold"
exit $status
