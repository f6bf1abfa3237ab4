#!/usr/bin/env bash
# Times `reltheme simulate --deals N --jobs 2` against the hard-coded floor
# loop (bench/simulate_floor.cpp) in the same run, and prints the ratio.
#
#   bench/simulate.sh [BUILD_DIR] [DEALS]      (defaults: build, 1000000)
#
# Uses hyperfine when installed (Debian package `hyperfine`), else bash `time`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
deals=${2:-1000000}
cmake --build "$build" --target reltheme bench_simulate_floor >/dev/null
floor=("$build/bench/bench_simulate_floor" "$deals")
sim=("$build/reltheme" simulate samples/themes/standard.yaml --model samples/models/standard.yaml
     --deals "$deals" --jobs 2 --seed 1)
"${floor[@]}"
"${sim[@]}" | sed -n '4p'

if command -v hyperfine >/dev/null; then
  json=$(mktemp)
  trap 'rm -f "$json"' EXIT
  hyperfine -N --warmup 2 --runs "${RUNS:-15}" --export-json "$json" \
    -n floor "${floor[*]}" -n simulate "${sim[*]}" >&2
  python3 - "$json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
f, s = r["floor"], r["simulate"]
print(f"floor     median {f['median']:.3f} s  (min {f['min']:.3f})")
print(f"simulate  median {s['median']:.3f} s  (min {s['min']:.3f})")
print(f"ratio     {s['median'] / f['median']:.2f}x by median, {s['min'] / f['min']:.2f}x by min (limit 4x)")
PY
else
  TIMEFORMAT=%R
  best() { local b=999; for _ in 1 2 3 4 5; do t=$( { time "$@" >/dev/null; } 2>&1 ); b=$(python3 -c "print(min($b,$t))"); done; echo "$b"; }
  f=$(best "${floor[@]}")
  s=$(best "${sim[@]}")
  echo "floor     best of 5 ${f} s"
  echo "simulate  best of 5 ${s} s"
  python3 -c "print(f'ratio     {$s/$f:.2f}x (limit 4x)')"
fi
