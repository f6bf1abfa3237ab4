#!/usr/bin/env bash
# Sets up, builds and runs the whole test suite (ctest prints the summary).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
build_dir=${BUILD_DIR:-build}
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
