# fish completion for reltheme. Install as
# share/fish/vendor_completions.d/reltheme.fish, or `source` this file.
#
# Commands, their options and the values of options such as --format come from
# the binary's own --help, so they always match the installed version; rule
# ids after `explain` come from `reltheme rules`, schema names after `schema`
# from `reltheme schema --list`.

# The commands with their descriptions, as "NAME<TAB>DESCRIPTION".
function __reltheme_commands --argument-names bin
    set -l out (command $bin --help 2>/dev/null | awk '
        /^Subcommands:/ { s = 1; next } s && /^[^ ]/ { s = 0 }
        s && /^  [a-z]/ { name = $1; $1 = ""; sub(/^ +/, ""); print name "\t" $0 }')
    if test (count $out) -eq 0
        set out validate lint diff render simulate analyze paths init rules explain schema lsp
    end
    printf '%s\n' $out
end

# "NAMES<US>TYPE<US>DESCRIPTION" for each option of `BINARY COMMAND --help`
# (US: the unit separator, \037; CLI11's layout: the type follows the names
# after one space, the description after several, or on the next line).
function __reltheme_options --argument-names bin cmd
    command $bin $cmd --help 2>/dev/null | awk '
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
end

# Theme files (*.yaml, *.yml) and folders under a prefix; `before` is put
# in front of each (for --output FORMAT=FILE).
function __reltheme_files --argument-names path before
    for f in (__fish_complete_path $path)
        set -l name (string split -f1 \t -- $f)
        if string match -qr '/$' -- $name; or string match -qr '\.(ya?ml|YA?ML)$' -- $name
            echo $before$f
        end
    end
end

function __reltheme_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l bin $tokens[1]
    # The command: the first word after the program that is no option.
    set -l cmd
    set -l after_cmd 0
    for t in $tokens[2..-1]
        if test -n "$cmd"
            set after_cmd (math $after_cmd + 1)
        else if not string match -q -- '-*' $t
            set cmd $t
        end
    end
    if test -z "$cmd"
        if string match -q -- '-*' $cur
            printf '%s\t%s\n' --help 'Print help' --version 'Print the version'
        else
            __reltheme_commands $bin
        end
        return
    end

    # Options of the command: names, value types, descriptions.
    set -l names
    set -l types
    set -l descs
    for line in (__reltheme_options $bin $cmd)
        set -l fields (string split \037 -- $line)
        for name in (string split , -- $fields[1])
            set -a names $name
            set -a types "$fields[2]"
            set -a descs "$fields[3]"
        end
    end
    set -l format_values
    set -l fi (contains -i -- --format $names)
    and set format_values (string match -r '\{([^}]*)\}' -- $types[$fi])[2]

    # The value of an option: after a space (previous token) or after "=".
    set -l opt
    set -l prefix ""
    set -l value $cur
    if string match -qr -- '^--[^=]+=' $cur
        set opt (string replace -r '=.*' '' -- $cur)
        set prefix "$opt="
        set value (string replace -r '^[^=]*=' '' -- $cur)
    else if test (count $tokens) -gt 1
        set -l prev $tokens[-1]
        set -l pi (contains -i -- $prev $names)
        and test -n "$types[$pi]"
        # a flag whose value may follow "=" only (--baseline-write[=FILE])
        and not string match -q -- '[=*' $types[$pi]
        and set opt $prev
    end
    if test -n "$opt"
        set -l oi (contains -i -- $opt $names)
        if test -n "$oi"
            set -l type $types[$oi]
            set -l values (string match -r '\{([^}]*)\}' -- $type)[2]
            if test -n "$values"
                for v in (string split , -- $values)
                    echo $prefix$v
                end
            else if string match -q 'FORMAT=FILE*' -- $type
                if string match -q '*=*' -- $value
                    set -l format (string replace -r '=.*' '' -- $value)
                    __reltheme_files (string replace -r '^[^=]*=' '' -- $value) "$prefix$format="
                else
                    for v in (string split , -- $format_values)
                        echo $prefix$v=
                    end
                end
            else if not string match -qr '^(INT|UINT|FLOAT|NUMBER)' -- $type
                for f in (__fish_complete_path $value)
                    echo $prefix$f
                end
            end
            return
        end
    end

    if string match -q -- '-*' $cur
        for i in (seq (count $names))
            printf '%s\t%s\n' $names[$i] $descs[$i]
        end
        return
    end
    switch $cmd
        case explain
            test $after_cmd -eq 0; or return
            command $bin rules 2>/dev/null | awk '{ id = $1; $1 = $2 = $3 = ""; sub(/^ +/, ""); print id "\t" $0 }'
        case schema
            test $after_cmd -eq 0; or return
            command $bin schema --list 2>/dev/null | awk '{ name = $1; $1 = ""; sub(/^ +/, ""); print name "\t" $0 }'
        case rules init
            return
        case '*'
            __reltheme_files $cur ""
    end
end

complete -c reltheme -f -a '(__reltheme_complete)'
