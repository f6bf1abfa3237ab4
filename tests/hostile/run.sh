#!/usr/bin/env bash
# Runs one hostile input through every command that reads it (validate,
# lint, diff on either side, render to every format, paths, simulate as a
# scenario, a model and a theme, analyze) and checks what must hold for any
# input: exit 0, 1 or 2 (never a signal or a
# hang), bounded time and memory, a located diagnostic where one applies, no
# raw control characters on the terminal, and the input left unchanged.
#
#   run.sh BINARY SOURCE_DIR CASE
# CASE is a file name under tests/hostile/cases/ or gen:<name> for inputs
# built here (too big to keep in git).
set -u
bin=$1
src=$2
case_name=$3
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL [$case_name]: $*"; exit 1; }

expect_exit="1"      # allowed exit codes
expect_pattern=""    # a grep -E pattern the report must hold
time_limit=60        # seconds one command may take before it counts as a hang
expect_scenario=""   # a grep -E pattern `simulate INPUT` must print (a scenario)
input="$work/input.yaml"

# A scenario of N deals (each created at +i minutes, of client C, or each
# its own client when C is empty) and M expectations, and its theme beside it
# (one stage with a deadline of a day, one deal at a time per client).
gen_scenario() { # N M C
  printf 'reltheme: 1\nid: t\nname: T\ntype: sales\ndescription: d\ninstruction: i\nstages:\n  - id: a\n    name: A\n    deadline: 1d\n    instruction: i\nparameters:\n  concurrent_deals: false\n' > "$work/theme.yaml"
  printf 'reltheme-scenario: 1\nname: big\ntheme: theme.yaml\nstart: 2026-03-02T10:00\ndeals:\n'
  awk -v n="$1" -v c="$3" 'BEGIN { for (i = 0; i < n; i++) printf "  - {id: D%d,%s steps: [{at: +%dm, do: create}]}\n", i, c == "" ? "" : " client: " c ",", i }'
  printf 'expect:\n'
  awk -v n="$1" -v m="$2" -v c="$3" 'BEGIN { for (i = 0; i < m; i++) printf (c == "" ? "  - {deal: D%d, state: open}\n" : "  - {violation: concurrent-deal, deal: D%d}\n"), i % (n - 1) + 1 }'
}

gen_stages() { # N
  printf 'reltheme: 1\nid: big\nname: Big\ntype: sales\ndescription: d\ninstruction: i\nmax_duration: 36525d\nstages:\n'
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) { printf "  - id: s%d\n    name: S%d\n    deadline: 1d\n    instruction: i\n", i, i; if (i < n - 1) printf "    next: [s%d]\n", i + 1 } }'
}

case "$case_name" in
  gen:long-line-findings)
    # 10,000 findings at column 1.9 million of one line: each column and code
    # frame used to be counted from the start of the line (a minute for
    # validate alone); with the column index it is a fraction of a second.
    { printf 'reltheme: 1\nid: wide\nname: Wide\ntype: sales\ndescription: d\ninstruction: i\nstages:\n'
      printf '  - id: a\n    name: A\n    deadline: 1d\n    instruction: i\n    next: ['
      head -c 1900000 /dev/zero | tr '\0' ' '
      awk 'BEGIN { printf "b"; for (i = 1; i < 10000; i++) printf ",b"; print "]" }'
      printf '  - id: b\n    name: B\n    deadline: 1d\n    instruction: i\n'; } > "$input"
    time_limit=20
    expect_pattern='input.yaml:12:1920010: error\[duplicate-transition\]: "b" is listed twice in "next" of stage "a"' ;;
  gen:scenario-expectations)
    # 50,000 deals and as many expectations (past the file limit, allowed):
    # each expectation looked its deal up among all deals, and each step at
    # every deal for a passed deadline.
    gen_scenario 50000 50000 "" > "$input"
    export RELTHEME_MAX_FILE_BYTES=20000000 HOSTILE_ONLY_CHECKS=scenario
    time_limit=20; expect_exit=0; expect_pattern='0 errors, 0 warnings in 1 file'
    expect_scenario='^PASS: 50000 of 50000 expectations met; 48559 violations, 0 warnings$' ;;
  gen:scenario-one-client)
    # 100,000 deals of one client (past the file limit, allowed): each
    # creation looked at every deal for another open one of the client, and
    # each step at every deal for a passed deadline.
    gen_scenario 100000 3 c > "$input"
    export RELTHEME_MAX_FILE_BYTES=20000000 HOSTILE_ONLY_CHECKS=scenario
    time_limit=20; expect_exit=0; expect_pattern='0 errors, 0 warnings in 1 file'
    expect_scenario='^PASS: 3 of 3 expectations met; 100000 violations, 0 warnings$' ;;
  gen:scenario-unknown-deals)
    # 20,000 deals and 20,000 expectations each naming a deal the scenario
    # does not have, one letter off: each suggestion compared the name with
    # every deal id (about 10^11 steps); one budget per file now bounds them,
    # so the first ones get their did-you-mean and the rest none.
    gen_scenario 1 0 "" | sed '/^deals:/,$d' > "$input"
    { printf 'deals:\n'
      awk 'BEGIN { for (i = 0; i < 20000; i++) printf "  - {id: deal-number-%05d, steps: [{at: +%dm, do: create}]}\n", i, i }'
      printf 'expect:\n'
      awk 'BEGIN { for (i = 0; i < 20000; i++) printf "  - {deal: deal-numbr-%05d, state: open}\n", i }'; } >> "$input"
    export RELTHEME_MAX_FILE_BYTES=20000000 HOSTILE_ONLY_CHECKS=scenario
    time_limit=20; expect_exit=0; expect_pattern='0 errors, 0 warnings in 1 file'
    expect_scenario='input.yaml:20007:12: error\[schema\]: the expectation names deal "deal-numbr-00000", which the scenario does not have; did you mean "deal-number-00000"\?$' ;;
  gen:deep-seq)
    awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' > "$input"
    expect_pattern='input.yaml:1:[0-9]+: error\[yaml-syntax\]: nesting is too deep' ;;
  gen:deep-map)
    awk 'BEGIN { for (i = 0; i < 100000; i++) printf "{a: "; printf "1"; for (i = 0; i < 100000; i++) printf "}"; print "" }' > "$input"
    expect_pattern='error\[yaml-syntax\]: nesting is too deep' ;;
  gen:deep-block-map)
    awk 'BEGIN { for (i = 0; i < 1500; i++) { for (j = 0; j < i; j++) printf " "; print "k:" } }' > "$input"
    expect_pattern='error\[yaml-syntax\]' ;;
  gen:file-100mb)
    { printf 'reltheme: 1\nid: x\nname: X\ntype: service\ndescription: '; head -c 104857600 /dev/zero | tr '\0' 'x'; echo; } > "$input"
    expect_exit="2"; expect_pattern='over the limit' ;;
  gen:scalar-10mb)
    { printf 'reltheme: 1\nid: x\nname: X\ntype: service\ninstruction: i\ndescription: "'; head -c 10485760 /dev/zero | tr '\0' 'y'; printf '"\nfoo: 1\n'; } > "$input"
    expect_exit="2"; expect_pattern='input.yaml: .*over the limit of 2097152' ;;
  gen:scalar-10mb-allowed)
    { printf 'reltheme: 1\nid: x\nname: X\ntype: service\ninstruction: i\ndescription: "'; head -c 10485760 /dev/zero | tr '\0' 'y'; printf '"\nfoo: 1\n'; } > "$input"
    export RELTHEME_MAX_FILE_BYTES=20000000 HOSTILE_ONLY_CHECKS=1
    expect_pattern='input.yaml:7:1: error\[schema\]: unknown key "foo"' ;;
  gen:stages-100k)
    gen_stages 100000 > "$input"
    expect_exit="2"; expect_pattern='over the limit' ;;
  gen:stages-100k-allowed)
    gen_stages 100000 > "$input"
    # Past the default limit only validate and lint run (every command on it
    # takes 2 to 18 s, far longer under the sanitizers); stages-10k runs all.
    export RELTHEME_MAX_FILE_BYTES=20000000 HOSTILE_ONLY_CHECKS=1
    expect_exit="0 1"; expect_pattern='in 1 file' ;;
  gen:stages-10k)
    gen_stages 10000 > "$input"
    expect_exit="0 1"; expect_pattern='in 1 file' ;;
  gen:binary-garbage)
    awk 'BEGIN { srand(7); for (i = 0; i < 65536; i++) printf "%c", int(rand() * 255) + 1 }' > "$input"
    expect_pattern='error\[yaml-syntax\]' ;;
  gen:symlink-loop)
    mkdir -p "$work/tree/a"
    ln -s .. "$work/tree/a/loop"
    ln -s "$work/tree" "$work/tree/a/back"
    printf 'reltheme: 1\nid: t\nname: T\ntype: service\nfoo: 1\n' > "$work/tree/a/t.yaml"
    input="$work/tree"
    expect_pattern='t.yaml:5:1: error\[schema\]' ;;
  gen:fifo)
    mkfifo "$work/pipe.yaml"
    input="$work/pipe.yaml"
    expect_exit="2" ;;
  gen:dangling-symlink)
    ln -s "$work/nowhere.yaml" "$work/dangling.yaml"
    input="$work/dangling.yaml"
    expect_exit="2" ;;
  *)
    cp "$src/tests/hostile/cases/$case_name" "$input" || fail "no such case"
    [ -f "$src/tests/hostile/cases/$case_name.expect" ] && expect_pattern=$(cat "$src/tests/hostile/cases/$case_name.expect")
    [ -f "$src/tests/hostile/cases/$case_name.exit" ] && expect_exit=$(cat "$src/tests/hostile/cases/$case_name.exit") ;;
esac

before=$(find "$input" -type f -exec sha256sum {} + 2>/dev/null | sort)
samples="$src/samples"

# One command on the input; $1 a label, $2 the allowed exit codes, $3 whether
# the report must match expect_pattern, then the arguments.
check_command() {
  local label=$1 allowed=$2 want_pattern=$3
  shift 3
  local out="$work/out.$label"
  local start code ms rss_kb limit_kb
  start=$(date +%s%N)
  NO_COLOR=1 timeout -s KILL "$time_limit" /usr/bin/time -f "%M" -o "$work/rss" "$bin" "$@" > "$out" 2>&1
  code=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [ "$code" = 137 ] && fail "$label: killed after $time_limit s"
  [ "$code" -ge 128 ] && fail "$label: died with signal $((code - 128))"
  case " $allowed " in *" $code "*) ;; *) head -c 2000 "$out"; fail "$label: exit $code, expected one of: $allowed";; esac
  if [ "$want_pattern" = yes ] && [ -n "$expect_pattern" ] && ! grep -qE "$expect_pattern" "$out"; then
    head -c 2000 "$out"; fail "$label: the report lacks /$expect_pattern/"
  fi
  # A failing command says where, when the input has a located error.
  if [ "$code" != 0 ] && [ -n "$located" ] && ! grep -qE "input\.yaml:[0-9]+:[0-9]+: |input\.yaml: " "$out"; then
    head -c 2000 "$out"; fail "$label: exit $code without naming the place in input.yaml"
  fi
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x0c\x0e-\x1f\x7f]' "$out"; then
    fail "$label: raw control characters reached the output"
  fi
  rss_kb=$(tail -1 "$work/rss")
  limit_kb=${RELTHEME_TEST_RSS_LIMIT_KB:-1572864}
  [ "${rss_kb:-0}" -gt "$limit_kb" ] && fail "$label: peak memory ${rss_kb} KB is over ${limit_kb} KB"
  echo "ok [$case_name] $label: exit $code, ${ms} ms, ${rss_kb:-?} KB"
}

# A rendered page never carries the input's markup or script links live.
check_page() {
  local page=$1
  [ -f "$page" ] || return 0
  local live='<script|<iframe|<img[ >]|<[a-z][^>]* on[a-z]+=|(href|src) *= *"? *javascript:'
  if grep -qiE "$live" "$page"; then
    grep -oiE ".{0,40}($live).{0,40}" "$page" | head -3
    fail "$(basename "$page"): markup from the input reached the page unescaped"
  fi
}

located=""
check_command validate "$expect_exit" yes validate "$input"
grep -qE "input\.yaml:[0-9]+:[0-9]+: error" "$work/out.validate" && located=yes
check_command lint "$expect_exit" yes lint "$input"

# diff, render and simulate read the same bytes: a theme on either side of a
# diff, a theme to render, a scenario, a model, a theme for Monte Carlo.
if [ "${HOSTILE_ONLY_CHECKS:-}" = scenario ]; then
  check_command simulate-scenario "0 1 2" no simulate "$input"
elif [ -z "${HOSTILE_ONLY_CHECKS:-}" ]; then
  copy="$work/copy/input.yaml"
  mkdir -p "$work/copy" "$work/rendered"
  [ -f "$input" ] && cp "$input" "$copy"
  [ -f "$input" ] || copy=$input
  check_command diff-old "0 1 2" no diff "$input" "$samples/themes/standard.yaml"
  check_command diff-new "0 1 2" no diff "$samples/themes/standard.yaml" "$input"
  check_command diff-self "0 1 2" no diff "$input" "$copy"
  check_command render-md "0 1 2" no render "$input" --to md -o "$work/rendered/page.md"
  check_command render-html "0 1 2" no render "$input" --to html -o "$work/rendered/page.html"
  check_page "$work/rendered/page.html"
  check_command render-svg "0 1 2" no render "$input" --to svg -o "$work/rendered/graph.svg"
  check_page "$work/rendered/graph.svg"
  check_command render-mermaid "0 1 2" no render "$input" --to mermaid
  check_command paths "0 1 2" no paths "$input"
  check_command simulate-scenario "0 1 2" no simulate "$input"
  check_command simulate-model "0 1 2" no simulate "$samples/themes/standard.yaml" --model "$input" --deals 200 --jobs 1
  check_command simulate-theme "0 1 2" no simulate "$input" --model "$samples/models/standard.yaml" --deals 200 --jobs 1
  check_command analyze "0 1 2" no analyze --model "$input"
fi

if [ -n "$expect_scenario" ] && ! grep -qE "$expect_scenario" "$work/out.simulate-scenario"; then
  tail -c 2000 "$work/out.simulate-scenario"; fail "simulate-scenario: the report lacks /$expect_scenario/"
fi

after=$(find "$input" -type f -exec sha256sum {} + 2>/dev/null | sort)
[ "$before" = "$after" ] || fail "the input was changed"
exit 0
