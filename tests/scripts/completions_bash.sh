#!/usr/bin/env bash
# completions/reltheme.bash in a real bash: the completion function is called
# as bash calls it (COMP_WORDS split at COMP_WORDBREAKS, COMP_CWORD) for each
# case of lib/completion_cases.txt.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
command -v bash >/dev/null || { echo "bash is not installed"; exit 77; }
source "$src/tests/scripts/lib/completion_check.bash"

complete_line() {
  bash --norc --noprofile -c '
    source "$1/completions/reltheme.bash"
    line=$2
    # Split as readline does: at blanks, and "=" as a word of its own.
    COMP_LINE=$line
    COMP_POINT=${#line}
    read -r -a COMP_WORDS <<< "${line//=/ = }"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    complete -p reltheme >/dev/null || exit 1
    _reltheme reltheme "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"
  ' bash "$src" "$1"
}

run_cases || exit 1
echo "bash completions: ok"
