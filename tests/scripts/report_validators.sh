#!/usr/bin/env bash
# Each machine-readable report passes its own validator, for clean runs and
# runs with findings of every kind (notes, Cyrillic, unreadable files):
#   sarif  - the official SARIF 2.1.0 JSON Schema (tests/data), with ajv-cli
#   json   - schemas/report.schema.json, with ajv-cli
#   junit  - xmllint --noout, and the XSDs of Jenkins (xunit's junit-10.xsd)
#            and Ant (tests/data/junit-jenkins-xunit-10.xsd, junit-ant.xsd)
# ajv-cli comes from `scripts/setup.sh --tests` (BUILD/npm); exit 77 when
# neither it nor xmllint is there.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
ajv=$(dirname "$bin")/npm/node_modules/.bin/ajv
[ -x "$ajv" ] || ajv=$(command -v ajv || true)
have_xmllint=$(command -v xmllint || true)
if [ -z "$ajv" ] && [ -z "$have_xmllint" ]; then
  echo "neither ajv-cli (scripts/setup.sh --tests) nor xmllint (libxml2-utils) is installed"
  exit 77
fi
cd "$work" || exit 1
git init -q . 2>/dev/null || true

# Inputs: the samples (clean), every rule's wrong example, a broken file, an
# unreadable one, and a file name that needs escaping in URIs and XML.
mkdir -p broken
cp -r "$src"/samples/themes clean
cp -r "$src"/samples/templates "$src"/samples/docs .
for d in "$src"/tests/rules/*/; do
  [ -f "$d/bad.yaml" ] && cp "$d/bad.yaml" "broken/$(basename "$d").yaml"
done
cp "$src/tests/rules/schema/bad.yaml" "broken/имя с пробелом & <знаками>.yaml"
ln -s nowhere.yaml broken/dangling.yaml

runs=("clean" "broken" "-")
for i in "${!runs[@]}"; do
  target=${runs[$i]}
  for format in sarif json junit; do
    if [ "$target" = - ]; then
      "$bin" lint --format "$format" - --stdin-filename "stdin/тема.yaml" < "$src/tests/rules/duplicate-id/bad.yaml" \
        > "run$i-$format.out" 2>/dev/null
    else
      "$bin" lint --format "$format" "$target" > "run$i-$format.out" 2>/dev/null
    fi
  done
  if [ -n "$ajv" ]; then
    cp "run$i-sarif.out" "run$i.sarif.json"
    cp "run$i-json.out" "run$i.report.json"
    "$ajv" validate --spec=draft7 -c ajv-formats -s "$src/tests/data/sarif-schema-2.1.0.json" \
      -d "run$i.sarif.json" > ajv.log 2>&1 || { fail "SARIF of $target is not valid:"; cat ajv.log; }
    "$ajv" validate --spec=draft7 -c ajv-formats -s "$src/schemas/report.schema.json" \
      -d "run$i.report.json" > ajv.log 2>&1 || { fail "JSON report of $target is not valid:"; cat ajv.log; }
  fi
  if [ -n "$have_xmllint" ]; then
    xmllint --noout "run$i-junit.out" 2> xml.log || { fail "JUnit of $target is not well-formed:"; cat xml.log; }
    for xsd in junit-jenkins-xunit-10.xsd junit-ant.xsd; do
      xmllint --noout --schema "$src/tests/data/$xsd" "run$i-junit.out" 2> xml.log ||
        { fail "JUnit of $target does not follow $xsd:"; cat xml.log; }
    done
  fi
done

# The clean run has `results: []`; the broken one has results and a failed
# execution (the dangling link).
grep -q '"results": \[\]' run0-sarif.out || fail "clean SARIF has no empty results array"
grep -q '"ruleId": "duplicate-id"' run1-sarif.out || fail "broken SARIF lacks results"
grep -q '"executionSuccessful": false' run1-sarif.out || fail "broken SARIF: execution should have failed"
grep -q '"uri": "broken/%D0%B8%D0%BC%D1%8F%20%D1%81%20' run1-sarif.out || fail "URI not percent-encoded"
[ -z "$ajv" ] && echo "ajv-cli not installed: SARIF and JSON schemas checked only by the unit tests"
[ -z "$have_xmllint" ] && echo "xmllint not installed: JUnit not checked"
[ $status = 0 ] && echo "sarif, json and junit reports are valid"
exit $status
