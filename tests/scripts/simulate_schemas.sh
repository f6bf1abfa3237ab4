#!/usr/bin/env bash
# The sample scenarios and models follow schemas/scenario.schema.json and
# schemas/model.schema.json, and the JSON reports of `simulate --model` and
# `analyze` follow schemas/simulate.schema.json and schemas/analyze.schema.json.
# Uses ajv-cli (scripts/setup.sh --tests installs it); skipped (77) without it.
set -euo pipefail
bin=$1
src=$2
# shellcheck source=lib/find_ajv.bash
source "$src/tests/scripts/lib/find_ajv.bash"
modules=$(cd "$(dirname "$ajv")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# YAML -> JSON under the YAML 1.2 core schema (dates stay text), as editors
# read it: every file in one node run. Arguments: pairs of input and output.
to_json() {
  NODE_PATH="$modules" node -e '
    const yaml = require("js-yaml"), fs = require("fs");
    const a = process.argv.slice(1);
    for (let i = 0; i < a.length; i += 2)
      fs.writeFileSync(a[i + 1], JSON.stringify(yaml.load(fs.readFileSync(a[i], "utf8"), {schema: yaml.CORE_SCHEMA})));
  ' "$@"
}

validate() {  # schema, then data files
  local schema=$1; shift
  local args=()
  for d in "$@"; do args+=(-d "$d"); done
  "$ajv" validate --spec=draft7 --strict=false -s "$schema" "${args[@]}" >"$tmp/out" 2>&1 || {
    echo "FAIL: not every file follows $schema"; grep -v " valid$" "$tmp/out"; return 1; }
}

status=0
pairs=() scenarios=() models=() sims=() analyses=()
n=0
while IFS= read -r f; do
  n=$((n + 1)); pairs+=("$f" "$tmp/s$n.json"); scenarios+=("$tmp/s$n.json")
done < <(find "$src/samples/scenarios" -name '*.yaml' | sort)
for f in "$src"/samples/models/*.yaml; do
  n=$((n + 1)); pairs+=("$f" "$tmp/m$n.json"); models+=("$tmp/m$n.json")
  "$bin" simulate --model "$f" --deals 2000 --format json > "$tmp/sim$n.json"
  "$bin" analyze --model "$f" --format json > "$tmp/an$n.json"
  sims+=("$tmp/sim$n.json"); analyses+=("$tmp/an$n.json")
done
to_json "${pairs[@]}"
validate "$src/schemas/scenario.schema.json" "${scenarios[@]}" || status=1
validate "$src/schemas/model.schema.json" "${models[@]}" || status=1
validate "$src/schemas/simulate.schema.json" "${sims[@]}" || status=1
validate "$src/schemas/analyze.schema.json" "${analyses[@]}" || status=1

# A scenario the schema must refuse: an unknown step key.
printf 'reltheme-scenario: 1\ntheme: t.yaml\nstart: 2026-03-02T09:00\ndeals:\n  - id: D\n    steps:\n      - { at: +1h, do: move, too: x }\n' > "$tmp/bad.yaml"
to_json "$tmp/bad.yaml" "$tmp/bad.json"
if "$ajv" validate --spec=draft7 --strict=false -s "$src/schemas/scenario.schema.json" -d "$tmp/bad.json" >/dev/null 2>&1; then
  echo "FAIL: the scenario schema accepts an unknown step key"; status=1
fi
[ $status = 0 ] && echo "$((n + ${#sims[@]} + ${#analyses[@]})) files follow their schemas"
exit $status
