# bash completion for reltheme                                 -*- shell-script -*-
#
# Commands, their options and the values of options such as --format come from
# the binary's own --help, so they always match the installed version; rule
# ids after `explain` come from `reltheme rules`, schema names after `schema`
# from `reltheme schema --list`. Install as
# share/bash-completion/completions/reltheme, or `source` this file.

# The commands, when the binary cannot be asked.
_reltheme_known_commands="validate lint diff render simulate analyze paths init rules explain schema lsp"

# "NAMES<US>TYPE<US>DESCRIPTION" for each option of `BINARY [COMMAND] --help`
# (US: the unit separator, \037)
# (CLI11's layout: the type follows the names after one space, the
# description after several, or on the next line).
_reltheme_options() {
    command "$@" --help 2>/dev/null | awk '
        /^Options:/ { s = 1; next }
        s && /^[^ ]/ { s = 0 }
        s && /^ +-/ {
            if (n) print rec
            line = $0; sub(/^ +/, "", line)
            i = index(line, " ")
            if (i == 0) { names = line; rest = "" } else { names = substr(line, 1, i - 1); rest = substr(line, i) }
            type = ""; desc = ""
            if (rest ~ /^ [^ ]/) {
                rest = substr(rest, 2)
                if (match(rest, /  +/)) { type = substr(rest, 1, RSTART - 1); desc = substr(rest, RSTART + RLENGTH) }
                else type = rest
            } else { sub(/^ +/, "", rest); desc = rest }
            rec = names "\037" type "\037" desc; n = 1; next
        }
        s && n && /^ +[^ -]/ {
            split(rec, f, "\037")
            if (f[3] == "") { d = $0; sub(/^ +/, "", d); rec = f[1] "\037" f[2] "\037" d }
            next
        }
        END { if (n) print rec }'
}

_reltheme_commands() {
    local out
    out=$(command "$1" --help 2>/dev/null | awk '/^Subcommands:/ { s = 1; next } s && /^[^ ]/ { s = 0 } s && /^  [a-z]/ { print $1 }')
    [[ -n $out ]] && printf '%s\n' "$out" || printf '%s\n' $_reltheme_known_commands
}

# Theme files (*.yaml, *.yml) and folders.
_reltheme_files() {
    local IFS=$'\n' f
    compopt -o filenames 2>/dev/null
    for f in $(compgen -f -- "$1"); do
        # Hidden files only when asked for, as folder walks skip them.
        [[ ${f##*/} == .* && ${1##*/} != .* ]] && continue
        case $f in *.yaml | *.yml | *.YAML | *.YML) COMPREPLY+=("$f") ;; *) [[ -d $f ]] && COMPREPLY+=("$f") ;; esac
    done
}

_reltheme() {
    local bin=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev="" i
    COMPREPLY=()
    [[ $bin == "~"* ]] && bin=${bin/#\~/$HOME}
    (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    # --opt=value: bash splits at "=".
    local after_eq=0
    if [[ $cur == "=" ]]; then
        cur=""
        after_eq=1
    elif [[ $prev == "=" ]] && (( COMP_CWORD > 1 )); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
        after_eq=1
    fi

    # The command: the first word that is no option.
    local cmd="" cmd_index=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} != -* ]]; then
            cmd=${COMP_WORDS[i]}
            cmd_index=$i
            break
        fi
    done
    if [[ -z $cmd ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_reltheme_commands "$bin")" -- "$cur"))
        fi
        return 0
    fi

    local options names type desc name all_names="" prev_type="" prev_known=0
    options=$(_reltheme_options "$bin" "$cmd")
    while IFS=$'\037' read -r names type desc; do
        for name in ${names//,/ }; do
            all_names+=" $name"
            if [[ $name == "$prev" ]]; then
                prev_type=$type
                prev_known=1
            fi
        done
    done <<< "$options"

    # A flag whose value may follow "=" only (--baseline-write[=FILE]): the
    # next word is no value of it.
    [[ $prev_type == "[="* ]] && (( ! after_eq )) && prev_known=0
    # The value of an option that takes one.
    if (( prev_known )) && [[ -n $prev_type ]] && [[ $prev != "$cur" ]]; then
        if [[ $prev_type =~ \{([^}]*)\} ]]; then
            COMPREPLY=($(compgen -W "${BASH_REMATCH[1]//,/ }" -- "$cur"))
        elif [[ $prev_type == FORMAT=FILE* ]]; then
            # --output FORMAT=FILE: the formats first, then a file after "=".
            local formats
            formats=$(awk -F'\037' '$1 ~ /--format$/ && match($2, /\{[^}]*\}/) { v = substr($2, RSTART + 1, RLENGTH - 2); gsub(",", "= ", v); print v "=" }' <<< "$options")
            compopt -o nospace 2>/dev/null
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
        elif [[ $prev_type == @(INT|UINT|FLOAT|NUMBER)* ]]; then
            COMPREPLY=()
        else
            compopt -o filenames 2>/dev/null
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        return 0
    fi
    # The file part of --output FORMAT=FILE (bash split it at "=").
    if [[ ${COMP_WORDS[COMP_CWORD - 1]} == "=" ]] && [[ ${COMP_WORDS[COMP_CWORD - 3]} == --output ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
        return 0
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$all_names" -- "$cur"))
        return 0
    fi
    case $cmd in
        explain)
            (( COMP_CWORD == cmd_index + 1 )) || return 0
            COMPREPLY=($(compgen -W "$(command "$bin" rules 2>/dev/null | awk '{ print $1 }')" -- "$cur"))
            ;;
        schema)
            (( COMP_CWORD == cmd_index + 1 )) || return 0
            COMPREPLY=($(compgen -W "$(command "$bin" schema --list 2>/dev/null | awk '{ print $1 }')" -- "$cur"))
            ;;
        rules | init) ;;
        *) _reltheme_files "$cur" ;;
    esac
    return 0
}

complete -F _reltheme reltheme
