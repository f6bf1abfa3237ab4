#!/usr/bin/env bash
# completions/_reltheme in a real interactive zsh (in a pseudo-terminal, with
# compinit): Tab is pressed after each case of lib/completion_cases.txt and
# the offered matches are compared.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
command -v zsh >/dev/null || { echo "zsh is not installed"; exit 77; }
zsh -fc 'zmodload zsh/zpty' 2>/dev/null || { echo "zsh has no zpty module"; exit 77; }
source "$src/tests/scripts/lib/completion_check.bash"

complete_line() {
  HOME=$work timeout 30 zsh -f "$src/tests/scripts/lib/zsh_capture.zsh" "$src/completions" "$1"
}

run_cases || exit 1
echo "zsh completions: ok"
