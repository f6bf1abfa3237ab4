#!/usr/bin/env bash
# The layers: the arrows lib/CMakeLists.txt links are those of
# docs/architecture.md, every #include of lib/ follows them, and an include
# against an arrow (load/ including check/) or a folder in no layer is refused.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
arrows=$(dirname "$bin")/layers.txt
check=$src/scripts/check-layers.sh
[ -f "$arrows" ] || fail "the build wrote no $arrows"

# 1. The arrows as linked, semantics/ once it exists.
sem=""
[ -d "$src/lib/semantics" ] && sem=" semantics"
expected="util:
i18n: util
model: util
load: i18n model util"
[ -n "$sem" ] && expected="$expected
semantics: i18n model util"
expected="$expected
check: load model util$sem
diff: check load model util$sem
render: load model util$sem
simulate: load model util$sem
init: model util
catalogue: check diff simulate util
report: diff check simulate load model util
lsp: check diff render simulate load model i18n util"
[ "$(cat "$arrows")" = "$expected" ] || fail "linked arrows differ: $(diff <(echo "$expected") "$arrows")"

# 2. The tree follows them.
out=$("$check" "$arrows" "$src/lib" 2>&1) || fail "includes against the arrows: $out"
[ -z "$out" ] || fail "unexpected output: $out"

# 3. A back arrow and a folder in no layer are refused, each with its place.
cp -r "$src/lib" "$work/lib"
sed -i '1a #include "check/rule.h"' "$work/lib/load/project.cpp"
sed -i '1a #include "report/report.h"' "$work/lib/diff/change.h"
mkdir "$work/lib/extra" && touch "$work/lib/extra/a.cpp"
out=$("$check" "$arrows" "$work/lib" 2>&1)
rc=$?
[ $rc -eq 1 ] || fail "exit $rc for back arrows, expected 1"
expected="lib/diff/change.h:2: diff/ includes report/report.h
  diff may use: check i18n load model$sem util
lib/extra/ is in no layer: add it to lib/CMakeLists.txt and docs/architecture.md
lib/load/project.cpp:2: load/ includes check/rule.h
  load may use: i18n model util"
[ "$out" = "$expected" ] || fail "report differs:
$out"

# 4. Arguments it cannot read.
out=$("$check" "$work/none.txt" "$work/lib" 2>&1)
rc=$?
[ $rc -eq 2 ] || fail "exit $rc for a missing arrows file, expected 2"
[ "$out" = "usage: check-layers.sh LAYERS_TXT LIB_DIR" ] || fail "usage differs: $out"
echo "layers: every include of lib/ follows the arrows"
