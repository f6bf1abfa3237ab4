#!/usr/bin/env bash
# scripts/new-rule.sh in a copy of the tree: for each group it writes the
# rule's file, one line in each of its module's two lists, the page and the
# examples; what it writes compiles and follows .clang-format; an id that
# exists, a malformed id and an unknown group are refused with nothing written.
set -u
fail_fast=1
source "$(dirname "$0")/lib/scratch.bash"
mkdir -p "$work/tree/tests"
cp -r "$src/lib" "$src/docs" "$src/scripts" "$src/schemas" "$src/.clang-format" "$work/tree/"
cp -r "$src/tests/rules" "$src/tests/diff" "$work/tree/tests/"
cd "$work/tree" || exit 1
cp -r . "$work/before"

# Runs the script; sets out (standard output and error) and rc.
run() {
  out=$(scripts/new-rule.sh "$@" 2>&1)
  rc=$?
}
# The lines FILE has that the tree before did not, as `+line`.
added() { diff "$work/before/$1" "$1" | sed -n 's/^> /+/p'; }
# The line before LINE in FILE.
line_before() { grep -Fx -B1 -- "$2" "$1" | head -1; }

# 1. validate: the rule goes last before the style rules.
run stage-colour
[ $rc -eq 0 ] || fail "validate: exit $rc: $out"
[ "$out" = "new-rule: wrote lib/check/rules/stage_colour.cpp lib/check/rules/rules.h lib/check/registry.cpp docs/rules/stage-colour.md tests/rules/stage-colour/ schemas/project.schema.json
new-rule: now write the rule and its examples; the tests fail until they agree" ] ||
  fail "validate: output differs: $out"
[ "$(added lib/check/rules/rules.h)" = "+std::unique_ptr<Rule> make_stage_colour();" ] ||
  fail "validate: rules.h: $(added lib/check/rules/rules.h)"
[ "$(line_before lib/check/rules/rules.h 'std::unique_ptr<Rule> make_stage_colour();')" = \
  "std::unique_ptr<Rule> make_audit_outcome_comment();" ] || fail "validate: declared in the wrong place"
[ "$(added lib/check/registry.cpp)" = "+        r.push_back(rules::make_stage_colour());" ] ||
  fail "validate: registry.cpp: $(added lib/check/registry.cpp)"
[ "$(line_before lib/check/registry.cpp '        r.push_back(rules::make_stage_colour());')" = \
  "        r.push_back(rules::make_audit_outcome_comment());" ] || fail "validate: listed in the wrong place"
grep -qx '    std::string_view id() const override { return "stage-colour"; }' lib/check/rules/stage_colour.cpp ||
  fail "validate: no id in the rule file"
grep -qx 'class StageColour final : public Rule {' lib/check/rules/stage_colour.cpp || fail "validate: class name"
grep -q 'RuleGroup::Style' lib/check/rules/stage_colour.cpp && fail "validate: a style rule"
[ "$(head -3 docs/rules/stage-colour.md)" = "# stage-colour

**Default severity:** error · **Group:** validate" ] || fail "validate: page: $(head -3 docs/rules/stage-colour.md)"
grep -q '# expect: error\[stage-colour\]@1: the message stage-colour writes here$' tests/rules/stage-colour/bad.yaml || fail "validate: bad.yaml expects nothing"
grep -q 'expect' tests/rules/stage-colour/good.yaml && fail "validate: good.yaml expects a finding"

[ "$(added schemas/project.schema.json)" = '+          "stage-colour",' ] ||
  fail "validate: project schema: $(added schemas/project.schema.json)"

# 2. lint: a style rule, listed last.
run name-emoji --group lint
[ $rc -eq 0 ] || fail "lint: exit $rc: $out"
[ "$(line_before lib/check/rules/rules.h 'std::unique_ptr<Rule> make_name_emoji();')" = \
  "std::unique_ptr<Rule> make_name_case();" ] || fail "lint: declared in the wrong place"
[ "$(line_before lib/check/registry.cpp '        r.push_back(rules::make_name_emoji());')" = \
  "        r.push_back(rules::make_name_case());" ] || fail "lint: listed in the wrong place"
grep -q '    RuleGroup group() const override { return RuleGroup::Style; }' lib/check/rules/name_emoji.cpp ||
  fail "lint: not a style rule"
grep -q '# expect: warning\[name-emoji\]@1: the message name-emoji writes here$' tests/rules/name-emoji/bad.yaml || fail "lint: bad.yaml"

# 3. diff: a change kind in diff's own lists; check's are untouched by it.
cp lib/check/rules/rules.h "$work/rules.h"
run stage-colour-changed --group diff
[ $rc -eq 0 ] || fail "diff: exit $rc: $out"
[ "$out" = "new-rule: wrote lib/diff/kinds/stage_colour_changed.cpp lib/diff/kinds/kinds.h lib/diff/registry.cpp docs/rules/stage-colour-changed.md tests/diff/stage-colour-changed/ schemas/project.schema.json
new-rule: now write the rule and its examples; the tests fail until they agree" ] ||
  fail "diff: output differs: $out"
cmp -s "$work/rules.h" lib/check/rules/rules.h || fail "diff: check's list changed"
[ "$(added lib/diff/kinds/kinds.h)" = "+std::unique_ptr<Rule> make_stage_colour_changed();" ] ||
  fail "diff: kinds.h: $(added lib/diff/kinds/kinds.h)"
[ "$(added lib/diff/registry.cpp)" = "+        r.push_back(rules::make_stage_colour_changed());" ] ||
  fail "diff: registry.cpp: $(added lib/diff/registry.cpp)"
[ "$(line_before lib/diff/registry.cpp '        r.push_back(rules::make_stage_colour_changed());')" = \
  "        r.push_back(rules::make_script_changed());" ] || fail "diff: listed in the wrong place"
for f in old.yaml new.yaml expected.txt; do
  [ -f "tests/diff/stage-colour-changed/$f" ] || fail "diff: no tests/diff/stage-colour-changed/$f"
done
[ "$(sed -n 3p docs/rules/stage-colour-changed.md)" = "**Default severity:** info · **Group:** diff · **Breaking:** no" ] ||
  fail "diff: page"

# 4. What it wrote compiles and is formatted.
if command -v clang-format >/dev/null; then
  clang-format --dry-run --Werror lib/check/rules/stage_colour.cpp lib/check/rules/name_emoji.cpp \
    lib/diff/kinds/stage_colour_changed.cpp lib/check/rules/rules.h lib/check/registry.cpp \
    lib/diff/kinds/kinds.h lib/diff/registry.cpp || fail "not formatted"
fi
cxx=${CXX:-c++}
if command -v "$cxx" >/dev/null; then
  for f in lib/check/rules/stage_colour.cpp lib/check/rules/name_emoji.cpp \
    lib/diff/kinds/stage_colour_changed.cpp lib/check/registry.cpp lib/diff/registry.cpp; do
    "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Werror -I lib "$f" || fail "$f does not compile"
  done
fi

# 5. Refused, with nothing written.
cp -r . "$work/after"
run stage-colour
[ $rc -eq 2 ] && [ "$out" = 'new-rule: "stage-colour" exists: docs/rules/stage-colour.md' ] ||
  fail "an id it wrote: exit $rc: $out"
run unknown-stage --group diff
[ $rc -eq 2 ] && [ "$out" = 'new-rule: "unknown-stage" exists: docs/rules/unknown-stage.md' ] ||
  fail "an existing rule: exit $rc: $out"
rm docs/rules/stage-added.md
run stage-added --group lint
[ $rc -eq 2 ] && [ "$out" = 'new-rule: "stage-added" exists: lib/diff/kinds/stage_added.cpp' ] ||
  fail "an existing change kind: exit $rc: $out"
cp "$work/after/docs/rules/stage-added.md" docs/rules/
run Stage_Colour
[ $rc -eq 2 ] && [ "$out" = 'new-rule: "Stage_Colour" is not a rule id: lower-case words joined by hyphens, as unknown-stage' ] ||
  fail "a malformed id: exit $rc: $out"
run x-y --group style
[ $rc -eq 2 ] && [ "$out" = 'new-rule: unknown group "style" (validate, lint or diff)' ] ||
  fail "an unknown group: exit $rc: $out"
run
[ $rc -eq 2 ] && [ "$out" = 'usage: scripts/new-rule.sh ID [--group validate|lint|diff]' ] ||
  fail "no id: exit $rc: $out"
diff -r "$work/after" . >/dev/null || fail "a refused run wrote: $(diff -rq "$work/after" .)"
echo "new-rule: validate, lint and diff scaffolds written; existing and malformed ids refused"
