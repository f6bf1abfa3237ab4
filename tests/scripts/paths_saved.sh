#!/usr/bin/env bash
# `reltheme paths THEME > FILE` and `reltheme paths THEME -o FILE`, the patterns
# its help shows, save a scenario whose theme path is right for where the file
# lands: the saved scenario runs and passes from any folder. On a pipe the path
# is relative to the current folder.
set -euo pipefail
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
mkdir -p "$work/project/themes" "$work/project/scenarios/nested"
cp "$src/samples/themes/standard.yaml" "$work/project/themes/"
cp -r "$src/samples/templates" "$src/samples/docs" "$src/samples/reltheme.yaml" "$work/project/"
cd "$work/project"


"$bin" paths themes/standard.yaml > scenarios/redirected.yaml
grep -qx 'theme: ../themes/standard.yaml' scenarios/redirected.yaml ||
  fail "redirected: $(grep '^theme:' scenarios/redirected.yaml)"

"$bin" paths themes/standard.yaml -o scenarios/nested/written.yaml
grep -qx 'theme: ../../themes/standard.yaml' scenarios/nested/written.yaml ||
  fail "-o: $(grep '^theme:' scenarios/nested/written.yaml)"

piped=$("$bin" paths themes/standard.yaml | grep '^theme:')
[ "$piped" = "theme: themes/standard.yaml" ] || fail "piped: $piped"

# The saved scenarios run and pass, from the project and from elsewhere.
"$bin" simulate -q scenarios/redirected.yaml scenarios/nested/written.yaml ||
  fail "the saved scenarios do not pass"
cd /
"$bin" simulate -q "$work/project/scenarios/" || fail "the saved scenarios do not pass from /"
echo "paths writes a theme path that works where the file lands"
