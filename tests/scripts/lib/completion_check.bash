# Shared by completions_*.sh: runs every case of completion_cases.txt through
# a shell-specific `complete_line LINE` (prints one candidate per line) and
# compares the sets. Expects what lib/scratch.bash sets: $bin, $src and the
# scratch folder $work.
mkdir -p "$work/bin" "$work/cwd/themes/sub"
ln -s "$bin" "$work/bin/reltheme"
export PATH="$work/bin:$PATH"
touch "$work/cwd/themes/a.yaml" "$work/cwd/themes/b.yml" "$work/cwd/themes/notes.txt"
commands=$(reltheme --help | awk '/^Subcommands:/ { s = 1; next } s && /^[^ ]/ { s = 0 } s && /^  [a-z]/ { print $1 }' | tr '\n' ' ')
dup_rules=$(reltheme rules | awk '/^dup/ { print $1 }' | tr '\n' ' ')
schemas=$(reltheme schema --help | sed -n 's/.*Which schema (default theme): //p' | tr -d ',')
[ -n "$schemas" ] || { echo "FAIL: reltheme schema --help lists no schemas"; exit 1; }

normalize() { sed -e 's/\t.*//' -e 's#/$##' -e 's/=$//' | grep -v '^$' | sort -u | tr '\n' ' '; }

run_cases() {
  local status=0 line expected actual want
  cd "$work/cwd" || return 1
  while IFS='|' read -r line expected; do
    [[ -z $line || $line == \#* ]] && continue
    expected=${expected//@COMMANDS@/$commands}
    expected=${expected//@DUP_RULES@/$dup_rules}
    expected=${expected//@SCHEMAS@/$schemas}
    want=$(printf '%s\n' $expected | normalize)
    actual=$(complete_line "$line" | normalize)
    if [[ $actual != "$want" ]]; then
      echo "FAIL: '$line' offered [$actual], expected [$want]"
      status=1
    fi
  done < "$src/tests/scripts/lib/completion_cases.txt"
  return $status
}
