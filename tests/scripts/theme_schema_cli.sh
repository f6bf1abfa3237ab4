#!/usr/bin/env bash
# The theme schema and the CLI give the same verdict on every case of the
# table below: each case is one small theme, read by `reltheme validate` (it
# refuses the theme when it reports a structural finding: schema,
# not-for-type, unsupported-version) and, turned into JSON under the YAML 1.2
# core schema as the YAML language server reads it, by ajv-cli against
# schemas/theme.schema.json. Both must give the verdict the table expects.
# Uses ajv-cli (scripts/setup.sh --tests installs it); skipped (77) without it.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
# shellcheck source=lib/find_ajv.bash
source "$src/tests/scripts/lib/find_ajv.bash"
modules=$(cd "$(dirname "$ajv")/.." && pwd)

# verdict | the format version | a stage's deadline
# The deadline grammar is the CLI's (docs/format.md): a whole number without a
# leading zero, at most 9 digits, and a unit m, h, d, bd or w. The version is a
# number equal to 1, read as YAML 1.2 reads integers (010 is ten, 0x1 is one);
# text is refused. (Octal 0o1 is left to the unit tests: js-yaml reads it as
# text.)
cases=$(cat <<'TABLE'
accept | 1      | 1d
accept | 1.0    | 1d
accept | 1.00   | 1d
accept | 1e0    | 1d
accept | +1     | 1d
accept | 001    | 1d
accept | 0x1    | 1d
refuse | "1"    | 1d
refuse | '1'    | 1d
refuse | 1.5    | 1d
refuse | 2      | 1d
refuse | 2.0    | 1d
refuse | 010    | 1d
refuse | -1     | 1d
refuse | v1     | 1d
refuse | true   | 1d
refuse | ~      | 1d
refuse | [1]    | 1d
accept | 1      | 90m
accept | 1      | 4h
accept | 1      | 5bd
accept | 1      | 2w
accept | 1      | 36525d
accept | 1      | "3d"
refuse | 1      | 01d
refuse | 1      | 001bd
refuse | 1      | 0d
refuse | 1      | 0m
refuse | 1      | -1d
refuse | 1      | 1.5d
refuse | 1      | 1,5d
refuse | 1      | 30 d
refuse | 1      | 1D
refuse | 1      | 1y
refuse | 1      | d
refuse | 1      | 3
refuse | 1      | 0x1d
refuse | 1      | 1000000000d
refuse | 1      | ~
refuse | 1      | [1d]
TABLE
)

trim() { sed -e 's/^ *//' -e 's/ *$//' <<< "$1"; }

# Write each case as a theme, and the JSON the schema sees.
n=0
files=()
while IFS='|' read -r verdict version deadline; do
  verdict=$(trim "$verdict") version=$(trim "$version") deadline=$(trim "$deadline")
  n=$((n + 1))
  printf 'reltheme: %s\nid: t\nname: T\ntype: sales\ndescription: D\ninstruction: I\nstages:\n  - {id: new, name: N, deadline: %s, next: [won]}\n  - {id: won, name: W, result: success}\n' \
    "$version" "$deadline" > "$work/case$n.yaml"
  printf '%s\n' "$verdict" > "$work/case$n.verdict"
  printf 'reltheme: %s, deadline: %s' "$version" "$deadline" > "$work/case$n.label"
  files+=("$work/case$n.yaml" "$work/case$n.json")
done <<< "$cases"
NODE_PATH="$modules" node -e '
  const yaml = require("js-yaml"), fs = require("fs");
  const a = process.argv.slice(1);
  for (let i = 0; i < a.length; i += 2)
    fs.writeFileSync(a[i + 1], JSON.stringify(yaml.load(fs.readFileSync(a[i], "utf8"), {schema: yaml.CORE_SCHEMA})));
' "${files[@]}" || { echo "FAIL: could not turn the cases into JSON"; exit 1; }

accepted=0
for i in $(seq 1 $n); do
  want=$(cat "$work/case$i.verdict")
  label=$(cat "$work/case$i.label")
  "$bin" validate --format json "$work/case$i.yaml" > "$work/case$i.report" 2> "$work/stderr"
  cli=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const structural = new Set(["schema", "not-for-type", "unsupported-version"]);
    console.log(r.diagnostics.some(d => structural.has(d.rule)) ? "refuse" : "accept");
  ' "$work/case$i.report") || { fail "$label: no JSON report: $(cat "$work/stderr")"; continue; }
  if "$ajv" validate --spec=draft7 --strict=false -s "$src/schemas/theme.schema.json" -d "$work/case$i.json" > /dev/null 2>&1; then
    schema=accept
  else
    schema=refuse
  fi
  [ "$cli" = "$want" ] || fail "$label: the CLI would $cli, expected $want: $(cat "$work/case$i.report")"
  [ "$schema" = "$want" ] || fail "$label: the schema would $schema, expected $want"
  [ "$want" = accept ] && accepted=$((accepted + 1))
done
[ $status = 0 ] && echo "$n cases ($accepted accepted): the theme schema and the CLI agree"
exit $status
