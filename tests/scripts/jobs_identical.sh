#!/usr/bin/env bash
# `--jobs N` never changes the output: a folder of many themes (clean ones,
# broken ones, ids repeated across files) gives the same bytes with --jobs 1
# and --jobs 8, in every format, on stdout and in --output files.
set -euo pipefail
source "$(dirname "$0")/lib/scratch.bash"
cd "$work"
git init -q .  # SARIF and GitHub paths are repository-relative

# 1. The corpus: every sample theme 12 times over, some renamed, some broken.
mkdir themes
n=0
for copy in $(seq 1 12); do
  mkdir -p "themes/set-$copy"
  for f in "$src"/samples/themes/*.yaml; do
    n=$((n + 1))
    out="themes/set-$copy/$(basename "$f")"
    case $((n % 4)) in
      0) sed "s/^id: \(.*\)/id: \1-$copy/" "$f" > "$out" ;;             # unique id
      1) cp "$f" "$out" ;;                                                # id repeated across sets
      2) sed "s/^name: /nam: /" "$f" > "$out" ;;                          # schema error
      3) sed "0,/^  - id: /s//  - id: Bad Id /" "$f" > "$out" ;;          # a broken stage id
    esac
  done
done
printf 'stages: [unclosed\n' > themes/set-1/broken-syntax.yaml
count=$(find themes -name '*.yaml' | wc -l)
[ "$count" -ge 60 ] || { echo "corpus too small: $count files"; exit 1; }

# 2. Every format, on stdout and to files, with 1 and 8 jobs. The JUnit
#    timestamp comes from SOURCE_DATE_EPOCH, and the GitHub report's
#    stop-commands token (new for every run) is masked.
export SOURCE_DATE_EPOCH=1700000000
mask() { sed -E 's/[0-9a-f]{32}/TOKEN/g' "$1"; }
for format in human json sarif github junit; do
  for jobs in 1 8; do
    set +e
    NO_COLOR=1 "$bin" lint themes --jobs "$jobs" --format "$format" --output "$format=file-$format-$jobs" \
      > "out-$format-$jobs" 2> "err-$format-$jobs"
    echo $? > "exit-$format-$jobs"
    set -e
  done
  for kind in out file err exit; do
    if ! cmp -s <(mask "$kind-$format-1") <(mask "$kind-$format-8"); then
      echo "--jobs 1 and --jobs 8 differ: $format ($kind)"
      diff "$kind-$format-1" "$kind-$format-8" | head -20
      status=1
    fi
  done
  cmp -s "out-$format-1" "file-$format-1" || { echo "stdout and --output differ for $format"; status=1; }
done
[ "$(cat exit-human-1)" = 1 ] || { echo "expected exit 1 (errors), got $(cat exit-human-1)"; cat err-human-1; status=1; }
grep -q "in $count files" out-human-1 || { echo "not every file was read:"; tail -1 out-human-1; status=1; }
echo "$count files, 5 formats: --jobs 1 and --jobs 8 identical"
exit $status
