#!/usr/bin/env bash
# Before and after in the same run: every reltheme command of bench/run.sh
# timed with two binaries side by side, so a change can show it is no slower
# anywhere. hyperfine runs both commands of a row one after the other on the
# same corpus; the ratio is the new median over the old.
#
#   bench/compare.sh OLD_BINARY [NEW_BINARY]     (NEW defaults to build/reltheme)
#   bench/compare.sh --quick OLD_BINARY           small corpora, 3 runs a row
#
# Build the old binary from the revision to compare with, e.g.
#   git worktree add /tmp/old REV && cmake -S /tmp/old -B /tmp/old/build -G Ninja \
#     -DCMAKE_BUILD_TYPE=Release && ninja -C /tmp/old/build reltheme
# Prints a table; writes nothing into the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
old=$(realpath "$1")
build=${BUILD_DIR:-build}
new=$(realpath "${2:-$build/reltheme}")
for b in "$old" "$new"; do
  [ -x "$b" ] || { echo "compare.sh: $b is not an executable" >&2; exit 2; }
done
command -v hyperfine >/dev/null || { echo "compare.sh: hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
gen=$root/$build/bench/bench_gen_corpus
[ -x "$gen" ] || { echo "compare.sh: build $gen first (ninja -C $build bench_gen_corpus)" >&2; exit 2; }

out=$build/bench-compare
mkdir -p "$out"
n=2000; repo_n=1000; deals=100000; runs=5
if [ "$quick" = 1 ]; then n=200; repo_n=100; deals=10000; runs=3; fi
corpus=$out/corpus-$n
[ -d "$corpus" ] || "$gen" "$corpus" "$n" 1
repo=$out/repo-$repo_n
bench/diff_repo.sh "$gen" "$repo" "$repo_n"
one=$out/one
mkdir -p "$one"
cp "$corpus/group-0/theme-0.yaml" "$one/theme.yaml"
cp "$corpus/reltheme.yaml" "$one/reltheme.yaml"
jobs=$(nproc)
theme=$root/samples/themes/standard.yaml
model=$root/samples/models/standard.yaml

printf '%-46s %10s %10s %8s\n' "command (BIN stands for each binary)" "old (s)" "new (s)" "new/old"
# row LABEL COMMAND-WITH-BIN: hyperfine medians of the command with each binary.
row() {
  local label=$1 cmd=$2 json=$out/hf.json
  rm -f "$json"
  if ! hyperfine --style none --runs "$runs" --warmup 1 -i --export-json "$json" \
    -- "${cmd//BIN/$old}" "${cmd//BIN/$new}" >/dev/null 2>&1; then
    printf '%-46s %s\n' "$label" "could not be measured"
    return 0
  fi
  grep '"median"' "$json" | sed 's/.*"median": *//; s/,.*//' | {
    read -r a
    read -r b
    awk -v l="$label" -v a="$a" -v b="$b" 'BEGIN { printf "%-46s %10.4f %10.4f %7.2fx\n", l, a, b, b / a }'
  }
}

row "validate (1 file)" "BIN validate --config $one/reltheme.yaml $one/theme.yaml"
row "validate --jobs $jobs ($n files)" "BIN validate --config $corpus/reltheme.yaml --jobs $jobs $corpus"
row "validate --jobs 1 ($n files)" "BIN validate --config $corpus/reltheme.yaml --jobs 1 $corpus"
row "lint --jobs $jobs ($n files)" "BIN lint --config $corpus/reltheme.yaml --jobs $jobs $corpus"
row "lint --format sarif ($n files)" "BIN lint --config $corpus/reltheme.yaml --format sarif $corpus"
row "diff --against HEAD ($repo_n themes)" "cd $repo && BIN diff --against HEAD -q --fail-on never"
row "render samples/themes --to html (site)" "BIN render $root/samples/themes --to html -o $out/site-\$\$ ; rm -rf $out/site-\$\$"
row "simulate --deals $deals" "BIN simulate $theme --model $model --deals $deals --seed 1 --jobs $jobs"
row "analyze standard" "BIN analyze $theme --model $model"
row "paths standard" "BIN paths $theme"
