#!/usr/bin/env bash
# completions/reltheme.fish in a real fish: `complete -C` for each case of
# lib/completion_cases.txt.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
command -v fish >/dev/null || { echo "fish is not installed"; exit 77; }
source "$src/tests/scripts/lib/completion_check.bash"

complete_line() {
  HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data \
    fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$src/completions/reltheme.fish" "$1"
}

run_cases || exit 1
echo "fish completions: ok"
