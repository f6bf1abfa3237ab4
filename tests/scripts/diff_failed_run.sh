#!/usr/bin/env bash
# A diff that could not read a side writes every --output report and each of
# them says the run failed, as lint's do: no report of a mistyped path reads as
# "no changes" (docs/output-formats.md, "A failed run").
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
export NO_COLOR=1
cp "$src/tests/cli/diff-files/old.yaml" old.yaml
expect 2 "$bin" diff old.yaml nwe.yaml --output json=d.json --output markdown=d.md --output github=d.github
[ "$(cat last.out)" = "error[missing-path]: nwe.yaml: no such file or folder
nothing compared (old.yaml -> nwe.yaml); the run failed: 1 missing-path" ] || fail "stdout: $(cat last.out)"
python3 - <<'PY' || fail "the JSON report does not say the run failed: $(cat d.json)"
import json
d = json.load(open("d.json"))
assert d["unreadable"] == [{"reason": "missing-path", "path": "nwe.yaml",
                            "message": "nwe.yaml: no such file or folder"}], d["unreadable"]
assert d["summary"]["unreadable"] == 1 and d["themes"] == []
PY
[ "$(head -n 1 d.md)" = "## reltheme diff: the run failed" ] || fail "markdown: $(head -n 1 d.md)"
[ "$(cat d.github)" = "::error title=missing-path::nwe.yaml: no such file or folder" ] ||
  fail "github: $(cat d.github)"
# A side that exists is never compared against nothing: no theme reads as removed.
grep -q removed d.md && fail "the markdown report lists removed themes"
[ $status = 0 ] && echo "diff of a failed run: ok"
exit $status
