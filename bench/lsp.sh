#!/usr/bin/env bash
# The figures of `reltheme lsp`: diagnostics of a 30-stage theme after each of
# EDITS incremental changes, completion of a stage id, and resident memory over
# the edits, against the floor of parsing the same text (bench/lsp.cpp).
#
#   bench/lsp.sh [BUILD_DIR] [EDITS]      (defaults: build, 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
edits=${2:-10000}
cmake --build "$build" --target bench_lsp >/dev/null
"$build/bench/bench_lsp" "$edits"
