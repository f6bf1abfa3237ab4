#!/usr/bin/env bash
# Scaffolds a new rule or change kind: its source file, its registration line
# in its module's list, its documentation page and its examples. What it
# writes compiles, and the examples fail until the rule is written: the wrong
# example expects a finding the new rule does not report yet.
#
# Usage: scripts/new-rule.sh ID [--group validate|lint|diff]   (from the repository root)
#   validate  lib/check/rules/ID.cpp, listed before the style rules
#   lint      lib/check/rules/ID.cpp, a style rule, listed last
#   diff      lib/diff/kinds/ID.cpp, a change kind, listed last
# Exit: 0 written, 2 refused (bad arguments, an id that exists); nothing is
# written when it refuses.
set -u
usage() {
  echo "usage: scripts/new-rule.sh ID [--group validate|lint|diff]" >&2
  exit 2
}
refuse() {
  echo "new-rule: $*" >&2
  exit 2
}

id=""
group=validate
while [ $# -gt 0 ]; do
  case "$1" in
    --group) [ $# -ge 2 ] || usage; group=$2; shift 2 ;;
    --group=*) group=${1#--group=}; shift ;;
    -*) usage ;;
    *) [ -z "$id" ] || usage; id=$1; shift ;;
  esac
done
[ -n "$id" ] || usage
case "$group" in validate | lint | diff) ;; *) refuse "unknown group \"$group\" (validate, lint or diff)" ;; esac
echo "$id" | grep -Eqx '[a-z][a-z0-9]*(-[a-z0-9]+)*' ||
  refuse "\"$id\" is not a rule id: lower-case words joined by hyphens, as unknown-stage"
[ -f lib/check/registry.cpp ] && [ -f lib/diff/registry.cpp ] ||
  refuse "run it from the repository root"

name=${id//-/_}
class=$(echo "$name" | sed -E 's/(^|_)([a-z])/\U\2/g')
page=docs/rules/$id.md
if [ "$group" = diff ]; then
  source=lib/diff/kinds/$name.cpp
  list_h=lib/diff/kinds/kinds.h
  list_cpp=lib/diff/registry.cpp
else
  source=lib/check/rules/$name.cpp
  list_h=lib/check/rules/rules.h
  list_cpp=lib/check/registry.cpp
fi
for f in "$page" "lib/check/rules/$name.cpp" "lib/diff/kinds/$name.cpp" "tests/rules/$id" "tests/diff/$id"; do
  [ -e "$f" ] && refuse "\"$id\" exists: $f"
done
grep -q "make_$name()" lib/check/rules/rules.h lib/diff/kinds/kinds.h &&
  refuse "\"$id\" exists: make_$name() is declared"

declaration="std::unique_ptr<Rule> make_$name();"
registration="        r.push_back(rules::make_$name());"
# insert FILE LINE MARKER: LINE goes after the last line that is not blank
# before the first line equal to MARKER (the end of a group of the list).
insert() {
  awk -v line="$2" -v marker="$3" '
    { lines[NR] = $0; if (!at && $0 == marker) at = NR }
    END {
      j = at - 1
      while (j > 0 && lines[j] == "") j--
      for (i = 1; i <= NR; i++) { print lines[i]; if (i == j) print line }
    }' "$1" >"$1.new" && mv "$1.new" "$1"
}

if [ "$group" = diff ]; then
  cat >"$source" <<EOF
// $id: (what changed, in one line).
#include <fmt/format.h>

#include "diff/kinds/kinds.h"
#include "diff/pairs.h"

namespace reltheme {

std::unique_ptr<Rule> rules::make_$name() {
    // A family of its own; for an item added, removed, renamed or moved use
    // diffing::added_kind, removed_kind, renamed_kind or moved_kind.
    return diffing::pair_kind(
        {"$id", "(one-line summary)", Severity::Info, Breaking::No, ChangeOp::Changed},
        [](const ChangeKind& /*kind*/, const ThemePair& /*pair*/, ChangeSink& /*sink*/) {});
}

}  // namespace reltheme
EOF
  insert "$list_h" "$declaration" "}  // namespace rules"
  insert "$list_cpp" "$registration" "        return r;"
  mkdir -p "tests/diff/$id"
  cp tests/diff/stage-renamed/old.yaml "tests/diff/$id/old.yaml"
  cp tests/diff/stage-renamed/old.yaml "tests/diff/$id/new.yaml"
  cat >"tests/diff/$id/expected.txt" <<EOF
(edit new.yaml to make the change, then write the report reltheme diff old.yaml new.yaml prints)
EOF
  cat >"$page" <<EOF
# $id

**Default severity:** info · **Group:** diff · **Breaking:** no

A change kind of \`reltheme diff\`. (What changed, and what it means for open deals.)

## Old

\`\`\`yaml
\`\`\`

## New

\`\`\`yaml
\`\`\`

## Report

\`\`\`
\`\`\`
EOF
  written="$source $list_h $list_cpp $page tests/diff/$id/"
else
  style=""
  [ "$group" = lint ] && style='
    RuleGroup group() const override { return RuleGroup::Style; }'
  severity=Error
  [ "$group" = lint ] && severity=Warning
  sev=$(echo "$severity" | tr 'A-Z' 'a-z')
  cat >"$source" <<EOF
#include <fmt/format.h>

#include "check/rules/rules.h"

namespace reltheme::rules {
namespace {

/// (What it catches, and why that is wrong.)
class $class final : public Rule {
  public:
    std::string_view id() const override { return "$id"; }
    std::string_view summary() const override { return "(one-line summary)"; }
    Severity default_severity() const override { return Severity::$severity; }$style
    /// The parts of the theme it reads: it still runs when a schema error is elsewhere.
    ThemeParts needs() const override { return ThemePart::Header | ThemePart::Stages; }

    void check_theme(const ThemeContext& /*ctx*/, DiagnosticSink& /*sink*/) const override {
        // report(sink, range, message) for each finding.
    }
};

}  // namespace

std::unique_ptr<Rule> make_$name() {
    return std::make_unique<$class>();
}

}  // namespace reltheme::rules
EOF
  if [ "$group" = validate ]; then
    insert "$list_h" "$declaration" "// Style (lint only)."
    insert "$list_cpp" "$registration" "        // Style (lint only)"
  else
    insert "$list_h" "$declaration" "}  // namespace reltheme::rules"
    insert "$list_cpp" "$registration" "        return r;"
  fi
  mkdir -p "tests/rules/$id"
  cat >"tests/rules/$id/bad.yaml" <<EOF
reltheme: 1
id: standard
name: Стандартная
type: sales
description: Одно направление продаж
instruction: Ведите клиента от первого звонка до отгрузки.  # expect: $sev[$id]@1: the message $id writes here
stages:
  - id: new
    name: Новый
    instruction: Действуйте по регламенту этапа.
    next: [won]
  - id: won
    name: Отгрузка
    instruction: Действуйте по регламенту этапа.
outcomes:
  - id: too-expensive
    name: Дорого
    result: failure
EOF
  sed '/# expect:/s/  # expect:.*//' "tests/rules/$id/bad.yaml" >"tests/rules/$id/good.yaml"
  cat >"$page" <<EOF
# $id

**Default severity:** $sev · **Group:** $group

(What it catches, why that is wrong, and where it is reported.)

## Wrong

\`\`\`yaml
\`\`\`

## Right

\`\`\`yaml
\`\`\`
EOF
  written="$source $list_h $list_cpp $page tests/rules/$id/"
fi
# reltheme.yaml may set its severity: the project schema lists every such id.
schema=schemas/project.schema.json
awk -v id="$id" '{ print } !done && /"enum": \[/ { printf "          \"%s\",\n", id; done = 1 }' \
  "$schema" >"$schema.new" && mv "$schema.new" "$schema"
written="$written $schema"
# The layout of a generated line depends on the id's length.
command -v clang-format >/dev/null && clang-format -i "$source"
echo "new-rule: wrote $written"
echo "new-rule: now write the rule and its examples; the tests fail until they agree"
