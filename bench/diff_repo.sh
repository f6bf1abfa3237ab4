#!/usr/bin/env bash
# Builds the repository `diff --against HEAD` is measured on: N generated
# themes committed, then every tenth one changed in the working tree (a
# deadline). Deterministic (bench_gen_corpus, seed 2). Used by bench/run.sh and
# bench/diff.sh.
#
#   bench/diff_repo.sh GENERATOR REPO N
set -euo pipefail
gen=$1 repo=$2 n=$3
[ -d "$repo/.git" ] && exit 0
rm -rf "$repo"
"$gen" "$repo" "$n" 2
git -C "$repo" init -q
git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid add -A
git -C "$repo" -c user.name=bench -c user.email=bench@example.invalid commit -qm base
i=0
for f in $(find "$repo" -name 'theme-*.yaml' | sort); do
  if [ $((i % 10)) = 0 ]; then sed -i '0,/deadline: [0-9]*/s//deadline: 9/' "$f"; fi
  i=$((i + 1))
done
