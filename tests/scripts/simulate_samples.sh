#!/usr/bin/env bash
# Every sample scenario passes (`reltheme simulate samples/scenarios/` exits 0)
# and together they reach every stage, transition and outcome of the sample themes.
set -euo pipefail
bin=$1
src=$2
cd "$src"
"$bin" simulate -q samples/scenarios/
coverage=$("$bin" simulate --coverage samples/scenarios/)
if grep -q "not reached" <<<"$coverage"; then
  echo "FAIL: the sample scenarios leave parts of the themes unreached:"; echo "$coverage"; exit 1
fi
echo "all sample scenarios pass; coverage complete"
