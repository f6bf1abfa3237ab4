#!/usr/bin/env bash
# The baseline end to end (docs/adoption.md, "Start from a baseline"):
# --baseline-write records the findings as the whole expected file (sorted,
# a newline at the end, the same bytes on a second run), a run with it is
# clean, a new finding of a recorded file and rule brings back all of them,
# --baseline-prune lowers what went down and never accepts what is new, a run
# over some files keeps the other files' entries, a file gone loses its
# entries, a failed run writes nothing, and the baseline is never written over
# a file the run read.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1
export NO_COLOR=1
cp -r "$src/tests/cli/lint-statistics/themes" "$src/tests/cli/lint-statistics/reltheme.yaml" .

# 1. Write: every finding of the run, by file and rule.
expect 0 "$bin" lint --baseline-write
[ "$(cat last.out)" = "0 errors, 0 warnings in 3 files (5 baselined)" ] || fail "write: $(cat last.out)"
[ "$(cat last.err)" = "reltheme: note: the baseline reltheme-baseline.json records 5 findings in 3 files" ] ||
  fail "write note: $(cat last.err)"
# expected_baseline FRESH: the baseline of the three themes, FRESH the
# entries of themes/fresh.yaml (the one file whose findings change below).
expected_baseline() {
  printf '{\n  "version": 1,\n  "files": {\n    "themes/fresh.yaml": {\n%s\n    },\n' "$1"
  cat <<'JSON'
    "themes/legacy/old.yaml": {
      "missing-instruction": {"count": 1},
      "unknown-stage": {"count": 1}
    },
    "themes/third.yaml": {
      "unknown-stage": {"count": 1}
    }
  }
}
JSON
}
expected_baseline '      "missing-instruction": {"count": 1},
      "unknown-stage": {"count": 1}' > expected.json
cmp -s expected.json reltheme-baseline.json || { fail "the baseline written:"; diff expected.json reltheme-baseline.json; }
cp reltheme-baseline.json first.json
expect 0 "$bin" lint --baseline-write
cmp -s first.json reltheme-baseline.json || fail "a second write changed the bytes"

# 2. Apply: clean, and the same with validate (style entries are not its).
expect 0 "$bin" lint
[ "$(cat last.out)" = "0 errors, 0 warnings in 3 files (5 baselined)" ] || fail "apply: $(cat last.out)"
[ -s last.err ] && fail "apply printed: $(cat last.err)"
expect 0 "$bin" validate
[ "$(cat last.out)" = "0 errors, 0 warnings in 3 files (3 baselined)" ] || fail "validate: $(cat last.out)"

# 3. One more finding of a recorded file and rule: both are reported.
sed -i 's/next: \[paymnet\]/next: [paymnet, paymnet2]/' themes/third.yaml
expect 1 "$bin" lint
grep -c 'themes/third.yaml:11:.*error\[unknown-stage\]' last.out | grep -qx 2 || fail "higher: $(cat last.out)"
[ "$(tail -n 1 last.out)" = "2 errors, 0 warnings in 3 files (4 baselined)" ] || fail "higher: $(tail -n 1 last.out)"

# 4. Fewer: a note and the summary say so, without failing; prune lowers
#    what went down, drops what vanished, and keeps third.yaml's 1 (not 2).
sed -i 's/next: \[paymnet\]/next: [payment]/' themes/fresh.yaml
expect 1 "$bin" lint
[ "$(tail -n 1 last.out)" = "2 errors, 0 warnings in 3 files (3 baselined, 1 unused baseline entry)" ] ||
  fail "lower: $(tail -n 1 last.out)"
[ "$(cat last.err)" = "reltheme: note: 1 entry of the baseline reltheme-baseline.json has fewer findings than recorded; --baseline-prune lowers it" ] ||
  fail "lower note: $(cat last.err)"
expect 1 "$bin" lint --baseline-prune
[ "$(tail -n 1 last.out)" = "2 errors, 0 warnings in 3 files (3 baselined)" ] || fail "prune: $(tail -n 1 last.out)"
expected_baseline '      "missing-instruction": {"count": 1}' > expected.json
cmp -s expected.json reltheme-baseline.json || { fail "the baseline pruned:"; diff expected.json reltheme-baseline.json; }

# 5. A run over one file keeps the entries of the others; a file removed
#    loses its own.
mkdir elsewhere
(cd elsewhere && expect 0 "$bin" lint --baseline-write ../themes/third.yaml)
grep -q '"themes/fresh.yaml"' reltheme-baseline.json || fail "a run over one file dropped another's entries"
grep -q '"count": 2' reltheme-baseline.json || fail "third.yaml's two findings are not recorded"
rm themes/fresh.yaml
expect 0 "$bin" lint --baseline-prune
grep -q fresh reltheme-baseline.json && fail "the entries of a removed file are kept"

# 6. A failed run writes nothing; the baseline is never written over an input.
cp reltheme-baseline.json before.json
expect 2 "$bin" lint --baseline-write themes themse/
cmp -s before.json reltheme-baseline.json || fail "a failed run wrote the baseline"
grep -qx 'reltheme: error: the baseline reltheme-baseline.json is not written: the run failed' last.err ||
  fail "failed run: $(cat last.err)"
cp themes/third.yaml third.before
expect 2 "$bin" lint --baseline-write=themes/third.yaml
cmp -s third.before themes/third.yaml || fail "the baseline was written over a theme"
[ "$(tail -n 1 last.err)" = "reltheme: error: the baseline themes/third.yaml cannot be used (fix it or remove it before writing it again)" ] ||
  fail "over a theme: $(tail -n 1 last.err)"

cp reltheme-baseline.json before.json
expect 2 "$bin" lint --output json=reltheme-baseline.json
cmp -s before.json reltheme-baseline.json || fail "a report was written over the baseline"
grep -q "refusing to write reltheme-baseline.json: it is an input of this run" last.err ||
  fail "report over the baseline: $(cat last.err)"

# 7. --baseline-write=FILE elsewhere than the default, then --baseline FILE.
expect 2 "$bin" lint --baseline-write=ci/known.json
grep -qx "reltheme: error: cannot write ci/known.json: the folder ci does not exist" last.err ||
  fail "no folder ci: $(cat last.err)"
mkdir ci
expect 0 "$bin" lint --baseline-write=ci/known.json
expect 0 "$bin" lint --baseline ci/known.json
expect 0 "$bin" lint --baseline ci/first.json --baseline-write
[ -f ci/first.json ] || fail "--baseline FILE --baseline-write did not write FILE"
expect 2 "$bin" lint --baseline ci/none.json --baseline-prune
grep -qx "reltheme: error: cannot read the baseline ci/none.json: No such file or directory" last.err ||
  fail "prune without a baseline: $(cat last.err)"
expect 2 "$bin" lint --baseline ci/known.json --no-baseline
grep -qx -- "reltheme: error: --no-baseline goes with none of --baseline, --baseline-write and --baseline-prune" last.err ||
  fail "--no-baseline with --baseline: $(cat last.err)"
expect 2 "$bin" lint --baseline-write --baseline-prune
grep -qx -- "reltheme: error: give --baseline-write or --baseline-prune, not both" last.err ||
  fail "write and prune: $(cat last.err)"

[ $status = 0 ] && echo "baseline: ok"
exit $status
