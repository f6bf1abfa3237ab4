#!/usr/bin/env bash
# Side-by-side benchmark of reltheme against what users would run instead:
# ajv-cli (JSON Schema only), yamllint (syntax and style only) and the floor
# of a bare yaml-cpp parse. Prints a table and writes docs/performance.md.
#
#   bench/run.sh           full run: 2,000 and 10,000 themes (a few minutes)
#   bench/run.sh --quick   small corpora, writes build-bench/performance.md only
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
quick=0
[ "${1:-}" = "--quick" ] && quick=1

# 1. Tools: hyperfine, yamllint, GNU time from Debian; ajv-cli from npm.
need=()
for p in hyperfine yamllint time; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
build=${BUILD_DIR:-build}
BUILD_DIR=$build scripts/setup.sh >/dev/null
out=$build/bench-run
mkdir -p "$out"
if [ ! -x "$out/npm/node_modules/.bin/ajv" ]; then
  npm install --silent --no-audit --no-fund --prefix "$out/npm" ajv-cli@5 ajv-formats@2 >/dev/null 2>&1 || true
fi
ajv=$root/$out/npm/node_modules/.bin/ajv
bin=$root/$build/reltheme
floor=$root/$build/bench/bench_parse_floor
jobs=$(nproc)

# 2. Corpora, deterministic by seed.
small=2000; large=10000; runs=5
if [ "$quick" = 1 ]; then small=100; large=500; runs=2; fi
for n in $small $large; do
  [ -d "$out/corpus-$n" ] || "$build/bench/bench_gen_corpus" "$out/corpus-$n" "$n" 1
done
one=$out/one
mkdir -p "$one"
cp "$out/corpus-$small/group-0/theme-0.yaml" "$one/theme.yaml"
cp "$out/corpus-$small/reltheme.yaml" "$one/reltheme.yaml"

results=$out/results.tsv
: > "$results"
# measure LABEL FILES COMMAND...: median wall time (hyperfine) and peak RSS.
measure() {
  local label=$1 files=$2; shift 2
  local json=$out/hf.json
  rm -f "$json"
  if ! hyperfine --style none --runs "$runs" --warmup 1 -i --export-json "$json" -- "$*" >/dev/null 2>&1; then
    echo "  $label: could not be measured (is the tool installed?)"
    return 0
  fi
  local median
  median=$(grep -m1 '"median"' "$json" | sed 's/.*"median": *//; s/,.*//')
  local rss
  rss=$( { /usr/bin/time -f '%M' sh -c "$* >/dev/null 2>&1" ; } 2>&1 | tail -1 || true)
  printf '%s\t%s\t%s\t%s\n' "$label" "$files" "$median" "$rss" >> "$results"
  printf '  %-44s %6s files  %8.4f s  %7s KB\n' "$label" "$files" "$median" "$rss"
}

schema=$root/schemas/theme.schema.json
echo "one changed file (the pre-commit case)"
measure "reltheme validate (1 file)" 1 "$bin validate --config $one/reltheme.yaml $one/theme.yaml"
measure "reltheme --version" 1 "$bin --version"
[ -x "$ajv" ] && measure "ajv-cli validate (schema only, 1 file)" 1 "$ajv validate --spec=draft7 --strict=false -s $schema -d $one/theme.yaml"
measure "yamllint (1 file)" 1 "yamllint $one/theme.yaml"

for n in $small $large; do
  c=$out/corpus-$n
  echo "$n files"
  measure "reltheme validate --jobs $jobs ($n)" "$n" "$bin validate --config $c/reltheme.yaml --jobs $jobs $c"
  measure "reltheme validate --jobs 1 ($n)" "$n" "$bin validate --config $c/reltheme.yaml --jobs 1 $c"
  measure "reltheme lint --jobs $jobs ($n)" "$n" "$bin lint --config $c/reltheme.yaml --jobs $jobs $c"
  # --cache: a repeated run over an unchanged tree (the cache is warmed first).
  cache=$out/cache-$n
  rm -f "$cache"
  "$bin" validate --config "$c/reltheme.yaml" --jobs "$jobs" --cache --cache-location "$cache" "$c" >/dev/null 2>&1 || true
  measure "reltheme validate --cache, warm ($n)" "$n" "$bin validate --config $c/reltheme.yaml --jobs $jobs --cache --cache-location $cache $c"
  measure "yaml-cpp event parse, $jobs jobs ($n)" "$n" "$floor events $jobs $c"
  measure "yaml-cpp YAML::Load, 1 job ($n)" "$n" "$floor load 1 $c"
  if [ "$n" = "$small" ]; then
    [ -x "$ajv" ] && measure "ajv-cli validate (schema only, $n)" "$n" "$ajv validate --spec=draft7 --strict=false -s $schema -d '$c/**/*.yaml'"
    # yamllint takes about a minute here: two runs are enough for its median.
    saved_runs=$runs; runs=2
    measure "yamllint ($n)" "$n" "yamllint $c"
    runs=$saved_runs
  fi
done

# diff --against on a repository of themes with 10% of them changed.
repo_n=1000; [ "$quick" = 1 ] && repo_n=100
repo=$out/repo-$repo_n
bench/diff_repo.sh "$build/bench/bench_gen_corpus" "$repo" "$repo_n"
echo "diff --against HEAD, $repo_n themes, 10% changed"
measure "reltheme diff --against HEAD ($repo_n)" "$repo_n" "cd $repo && $bin diff --against HEAD -q --fail-on never"

# Monte Carlo throughput.
model=$root/samples/models/standard.yaml
theme=$root/samples/themes/standard.yaml
for deals in 100000 1000000; do
  measure "reltheme simulate --deals $deals --jobs $jobs" "$deals" "$bin simulate $theme --model $model --deals $deals --seed 1 --jobs $jobs"
done

# 3. The table: ratio = the tool's time / reltheme's time for the same files.
table=$out/performance-table.md
{
  echo "| tool | files | wall median (s) | ratio to reltheme | peak RSS (MB) |"
  echo "|---|---:|---:|---:|---:|"
  awk -F'\t' '
    $1 ~ /^reltheme validate \(1 file\)/ { base[1] = $3 }
    $1 ~ /^reltheme validate --jobs [0-9]+ \(/ && $1 !~ /--jobs 1 / { base[$2] = $3 }
    { rows[NR] = $0 }
    END {
      for (i = 1; i <= NR; i++) {
        split(rows[i], f, "\t")
        b = base[f[2]]
        ratio = (b > 0) ? sprintf("%.1f×", f[3] / b) : "—"
        printf "| %s | %s | %.4f | %s | %.1f |\n", f[1], f[2], f[3], ratio, f[4] / 1024
      }
    }' "$results"
} > "$table"
cat "$table"

target=docs/performance.md
[ "$quick" = 1 ] && target=$out/performance.md
section=$out/section.md
{
  echo "<!-- bench:begin (written by bench/run.sh) -->"
  echo "## Checking files: reltheme against ajv-cli, yamllint and the yaml-cpp floor"
  echo
  echo "Measured by \`bench/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM,"
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); reltheme $($bin --version | awk '{print $2}'),"
  echo "load average at the start $(cut -d' ' -f1 /proc/loadavg)."
  echo "Corpus: \`bench_gen_corpus\` (seed 1), sales themes of 5–30 stages with outcomes, documents,"
  echo "fields and Russian text. Times are hyperfine medians of $runs runs; the ratio is the"
  echo "tool's time over reltheme's (\`validate\`, all cores) on the same files; RSS from GNU time."
  echo "For \`simulate\` rows the files column is the number of deals."
  echo
  cat "$table"
  echo "<!-- bench:end -->"
} > "$section"
if [ "$quick" = 1 ] || [ ! -f "$target" ]; then
  cp "$section" "$target"
elif grep -q '<!-- bench:begin' "$target"; then
  awk -v sec="$section" '
    /<!-- bench:begin/ { while ((getline line < sec) > 0) print line; skip = 1; next }
    /<!-- bench:end/ { skip = 0; next }
    !skip { print }' "$target" > "$target.tmp" && mv "$target.tmp" "$target"
else
  { cat "$target"; echo; cat "$section"; } > "$target.tmp" && mv "$target.tmp" "$target"
fi
echo "wrote $target"
