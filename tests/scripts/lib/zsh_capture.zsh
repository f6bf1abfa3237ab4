#!/usr/bin/env zsh
# Prints the completions zsh offers for a partial command line, one per line:
#   zsh zsh_capture.zsh COMPLETION_DIR 'reltheme lint --f'
# An interactive zsh runs in a pseudo-terminal (zpty) with the completion
# system loaded from COMPLETION_DIR; Tab is pressed after the line, and
# compadd is wrapped to print the matches it adds.
zmodload zsh/zpty || { print -u2 "zsh/zpty is not available"; exit 77 }
compdir=$1
cmdline=$2

setup=$(mktemp)
trap 'rm -f $setup; zpty -d z 2>/dev/null' EXIT
cat > $setup <<SETUP
PROMPT=
fpath=(${(q)compdir} \$fpath)
autoload -U compinit && compinit -u -D
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
bindkey '^I' complete-word
bindkey '^M' undefined
bindkey '^J' undefined
_capture_begin() { print -r -- '<<BEGIN>>' }
_capture_end() { print -r -- '<<END>>'; exit }
compprefuncs=(_capture_begin)
comppostfuncs=(_capture_end)
compadd() {
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "\$@"
        return \$?
    fi
    local -a __hits
    local -A __opts
    zparseopts -E -A __opts P: p: S:
    builtin compadd -A __hits "\$@"
    local __h
    for __h in \$__hits; do print -r -- "MATCH:\${__opts[-P]}\${__opts[-p]}\$__h"; done
    # Add them too, so that functions such as _files see that they matched.
    builtin compadd "\$@"
}
print -r -- '<<READY>>'
SETUP

zpty z zsh -f -i
zpty -w z "source ${(q)setup}"
local line
while zpty -r z line; do [[ $line == *'<<READY>>'* && $line != *source* ]] && break; done
zpty -w -n z "$cmdline"$'\t'
local inside=0
while zpty -r z line; do
    line=${line%$'\r'}
    line=${line%$'\n'}
    line=${line%$'\r'}
    [[ $line == *'<<BEGIN>>'* ]] && { inside=1; continue }
    [[ $line == *'<<END>>'* ]] && break
    (( inside )) && [[ $line == MATCH:* ]] && print -r -- ${line#MATCH:}
done
