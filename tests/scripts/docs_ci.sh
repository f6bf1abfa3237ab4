#!/usr/bin/env bash
# The snippets of docs/ci.md do what the page says: the reltheme commands of
# the GitHub and GitLab jobs run on the sample themes in a scratch repository
# and write the reports those jobs upload (SARIF valid against the official
# schema when ajv-cli is installed, JUnit well-formed and valid against the
# Jenkins and Ant XSDs in tests/data), and the VS Code settings point at the schemas that
# the documented commands write. (The pre-commit block: pre_commit.sh.)
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
ajv=$(dirname "$bin")/npm/node_modules/.bin/ajv
[ -x "$ajv" ] || ajv=$(command -v ajv || true)
mkdir -p "$work/bin"
ln -s "$bin" "$work/bin/reltheme"
export PATH="$work/bin:$PATH" NO_COLOR=1

# The block after a `<!-- ci:NAME -->` marker.
block() {
  awk -v marker="<!-- ci:$1 -->" '$0 == marker {found=1; next} found && /^```/ && !inside {inside=1; next}
    inside && /^```/ {exit} inside {print}' "$src/docs/ci.md"
}
# The reltheme command lines of a CI snippet (`run: reltheme ...` or `- reltheme ...`).
commands() { sed -n 's/^ *\(run: \|- \)\(reltheme .*\)$/\2/p'; }

# A repository of themes, as the jobs see it after checkout.
repo=$work/repo
mkdir -p "$repo"
cp -r "$src/samples/." "$repo/"
git init -q "$repo"

# 1. GitHub Actions: the lint step writes a valid SARIF file and annotations.
github=$(block github)
[ -n "$github" ] || fail "no GitHub block"
grep -q "uses: github/codeql-action/upload-sarif" <<< "$github" || fail "the GitHub job does not upload SARIF"
sarif_file=$(sed -n 's/^ *sarif_file: *//p' <<< "$github")
cmd=$(commands <<< "$github")
[ -n "$cmd" ] || fail "no reltheme command in the GitHub job"
(cd "$repo" && eval "$cmd" > github.out 2> github.err) || fail "GitHub job command failed on the samples: $(cat "$repo/github.err")"
[ -s "$repo/$sarif_file" ] || fail "the GitHub job did not write $sarif_file"
grep -q '^reltheme lint: 0 errors' "$repo/github.out" || fail "github report: $(cat "$repo/github.out")"
grep -q '"uri": "themes/standard.yaml"' "$repo/$sarif_file" && fail "clean samples have results"
if [ -n "$ajv" ]; then
  cp "$repo/$sarif_file" "$work/upload.sarif.json"
  "$ajv" validate --spec=draft7 -c ajv-formats -s "$src/tests/data/sarif-schema-2.1.0.json" -d "$work/upload.sarif.json" \
    > "$work/ajv.log" 2>&1 || { fail "the uploaded SARIF is not valid"; cat "$work/ajv.log"; }
  # The same step on a broken theme: still a valid SARIF, with results.
  cp "$src/tests/rules/duplicate-id/bad.yaml" "$repo/themes/broken.yaml"
  (cd "$repo" && eval "$cmd" > /dev/null 2>&1)
  [ $? = 1 ] || fail "the GitHub job command should fail (exit 1) on a broken theme"
  cp "$repo/$sarif_file" "$work/upload.sarif.json"
  grep -q '"uri": "themes/broken.yaml"' "$work/upload.sarif.json" || fail "SARIF uri is not repository-relative"
  "$ajv" validate --spec=draft7 -c ajv-formats -s "$src/tests/data/sarif-schema-2.1.0.json" -d "$work/upload.sarif.json" \
    > "$work/ajv.log" 2>&1 || { fail "the uploaded SARIF (with results) is not valid"; cat "$work/ajv.log"; }
  rm "$repo/themes/broken.yaml"
else
  echo "ajv-cli not installed: the uploaded SARIF is checked by the unit tests only"
fi

# 2. GitLab CI: the script writes the JUnit report the job declares.
gitlab=$(block gitlab)
[ -n "$gitlab" ] || fail "no GitLab block"
junit_file=$(sed -n 's/^ *junit: *//p' <<< "$gitlab")
cmd=$(commands <<< "$gitlab")
[ -n "$cmd" ] || fail "no reltheme command in the GitLab job"
(cd "$repo" && eval "$cmd" > gitlab.out 2>&1) || fail "GitLab job command failed: $(cat "$repo/gitlab.out")"
[ -s "$repo/$junit_file" ] || fail "the GitLab job did not write $junit_file"
quality_file=$(sed -n 's/^ *codequality: *//p' <<< "$gitlab")
[ -n "$quality_file" ] || fail "the GitLab job declares no codequality report"
[ "$(cat "$repo/$quality_file")" = "[]" ] || fail "clean samples have Code Quality issues: $(head -c 300 "$repo/$quality_file")"
if command -v xmllint >/dev/null; then
  for xsd in junit-jenkins-xunit-10.xsd junit-ant.xsd; do
    xmllint --noout --schema "$src/tests/data/$xsd" "$repo/$junit_file" 2> "$work/xml.log" ||
      { fail "the JUnit report does not follow $xsd"; cat "$work/xml.log"; }
  done
fi

# 3. VS Code: the commands write the schemas the settings point at.
(cd "$repo" && eval "$(block vscode-commands)") || fail "the VS Code commands failed"
settings=$(block vscode-settings)
if command -v python3 >/dev/null; then
  printf '%s\n' "$settings" > "$work/settings.json"
  python3 - "$repo" "$work/settings.json" <<'PY' || fail "the VS Code settings do not point at the written schemas"
import json, os, sys
settings = json.load(open(sys.argv[2]))
for path, globs in settings["yaml.schemas"].items():
    schema = json.load(open(os.path.join(sys.argv[1], path)))
    assert schema["$schema"].startswith("http://json-schema.org/"), path
    assert globs, path
PY
fi

[ $status = 0 ] && echo "docs/ci.md: GitHub, GitLab and VS Code snippets work"
exit $status
