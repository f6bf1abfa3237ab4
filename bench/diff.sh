#!/usr/bin/env bash
# `diff --against HEAD` on N themes with 10% changed, against `validate` over
# the same 2N files (HEAD's copy and the working tree's), in one run. Prints
# wall times (median of 5) and, with --callgrind, the instructions valgrind
# counts (what a busy machine does not disturb), each with the ratio diff /
# validate.
#
#   bench/diff.sh [--callgrind] [N]      N defaults to 1000; BUILD_DIR to build
#
# RELTHEME_BIN names another binary to measure (an older build, for a
# before-and-after on the same corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
callgrind=0
[ "${1:-}" = "--callgrind" ] && { callgrind=1; shift; }
n=${1:-1000}
build=$PWD/${BUILD_DIR:-build}
bin=${RELTHEME_BIN:-$build/reltheme}
out=$build/bench-diff
mkdir -p "$out"
gen=$build/bench/bench_gen_corpus
if [ ! -x "$gen" ]; then  # the benchmark programs are built only with RELTHEME_BENCH
  gen=$out/bench_gen_corpus
  [ -x "$gen" ] || c++ -std=c++20 -O2 -o "$gen" bench/gen_corpus.cpp
fi
repo=$out/repo-$n
bench/diff_repo.sh "$gen" "$repo" "$n"
both=$out/both-$n
if [ ! -d "$both" ]; then
  mkdir -p "$both/head" "$both/work"
  git -C "$repo" archive HEAD | tar -x -C "$both/head"
  (cd "$repo" && git ls-files -z | xargs -0 tar -cf -) | tar -x -C "$both/work"
fi
config=$repo/reltheme.yaml
diff_cmd=(sh -c "cd '$repo' && '$bin' diff --against HEAD -q --fail-on never")
validate_cmd=(sh -c "'$bin' validate -q --config '$config' '$both/head' >/dev/null; '$bin' validate -q --config '$config' '$both/work'")

# median_ms COMMAND...: the median wall time of 5 runs, in milliseconds.
median_ms() {
  "$@" >/dev/null 2>&1 || true  # warm-up
  local times=()
  for _ in 1 2 3 4 5; do
    local t0 t1
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    times+=($(((t1 - t0) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
# instructions COMMAND...: instructions of the whole run, all threads.
instructions() {
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
    awk '/Collected :/ { sum += $NF } END { printf "%.0f\n", sum }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "diff --against HEAD on $n themes (10% changed) against validate of the same $((2 * n)) files"
d=$(median_ms "${diff_cmd[@]}")
v=$(median_ms "${validate_cmd[@]}")
echo "wall time: diff $d ms, validate $v ms, ratio $(ratio "$d" "$v")"
if [ "$callgrind" = 1 ]; then
  di=$(instructions "${diff_cmd[@]}")
  vi=$(instructions "${validate_cmd[@]}")
  echo "instructions: diff $di, validate $vi, ratio $(ratio "$di" "$vi")"
fi
