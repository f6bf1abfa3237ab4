#!/usr/bin/env bash
# What honouring git's ignore rules costs a folder walk (docs/performance.md,
# "Folder walks and .gitignore"): `reltheme validate` of N generated themes
# (bench_gen_corpus, seed 1) outside a git repository, committed in one
# without and with a .gitignore, with --no-ignore, and a walk that finds N
# untracked ignored files only (the walk alone, nothing read). Median wall
# time of RUNS runs each, with -j1 so the figures do not depend on the cores.
#
#   bench/walk.sh [BUILD_DIR=build] [N=2000] [RUNS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} n=${2:-2000} runs=${3:-7}
bin=$PWD/$build/reltheme
gen=$PWD/$build/bench/bench_gen_corpus
[ -x "$gen" ] || cmake --build "$build" --target bench_gen_corpus >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work GIT_CONFIG_NOSYSTEM=1
git_() { git -c user.name=bench -c user.email=bench@example.invalid "$@"; }

"$gen" "$work/plain" "$n" 1 >/dev/null
cp -r "$work/plain" "$work/repo"
git_ -C "$work/repo" init -q
git_ -C "$work/repo" add -A
git_ -C "$work/repo" commit -qm corpus
cp -r "$work/repo" "$work/ignores"
printf 'build/\n*.tmp.yaml\n/generated/\n!keep.tmp.yaml\nnode_modules/\n' > "$work/ignores/.gitignore"
for d in $(cd "$work/ignores" && find . -mindepth 1 -type d -not -path './.git*' | head -20); do
  printf '*.local.yaml\n' > "$work/ignores/$d/.gitignore"
done
mkdir -p "$work/untracked"
git_ -C "$work/untracked" init -q
printf '*.yaml\n' > "$work/untracked/.gitignore"
(cd "$work/plain" && tar -cf - .) | (cd "$work/untracked" && tar -xf -)

# median SECONDS of `reltheme validate -j1 ARGS` run in FOLDER
median() {
  local folder=$1
  shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    (cd "$folder" && "$bin" validate -j1 -q "$@" >/dev/null 2>&1) || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

printf '| %s themes, `reltheme validate -j1 .` | wall, median of %s (ms) |\n|---|---|\n' "$n" "$runs"
printf '| outside a git repository | %s |\n' "$(median "$work/plain" .)"
printf '| committed, no .gitignore | %s |\n' "$(median "$work/repo" .)"
printf '| committed, .gitignore at the top and in 20 folders | %s |\n' "$(median "$work/ignores" .)"
printf '| the same, `--no-ignore` | %s |\n' "$(median "$work/ignores" . --no-ignore)"
printf '| %s untracked files, all ignored (walk only) | %s |\n' "$n" "$(median "$work/untracked" .)"
printf '| the same, `--no-ignore` (every file read) | %s |\n' "$(median "$work/untracked" . --no-ignore)"
