#!/usr/bin/env bash
# Colour under --color auto follows the environment (docs/output-formats.md,
# "Colour"): NO_COLOR (not empty) off, an empty NO_COLOR unset, FORCE_COLOR
# (not empty, not 0) on without a terminal, TERM=dumb off on a terminal; a
# terminal alone turns it on; --color never/always win. Without colour the
# report is byte for byte the plain one; with it, the same text once the
# escape sequences are taken out.
set -u
source "$(dirname "$0")/lib/scratch.bash"
command -v script >/dev/null || { echo "script (util-linux) is not installed"; exit 77; }
cd "$work" || exit 1
printf 'reltheme: 1\nid: s\nname: Продажи\ntype: sales\nstages:\n  - id: new\n    name: Новый\n    next: [x]\n' > t.yaml
plain=$(env -u FORCE_COLOR NO_COLOR=1 "$bin" validate t.yaml 2>/dev/null)
[ -n "$plain" ] || fail "no report"
esc=$'\e'
strip() { sed -E 's/\x1b\[[0-9;]*m//g'; }
# A pipe: colour only when forced.
check() {  # NAME EXPECT(colour|plain) OUTPUT
  if [ "$2" = colour ]; then
    [[ $3 == *"$esc["* ]] || fail "$1: expected colour"
    [ "$(strip <<< "$3")" = "$plain" ] || fail "$1: the coloured text differs from the plain one"
  else
    [ "$3" = "$plain" ] || fail "$1: expected the plain report, got: $3"
  fi
}
check "pipe" plain "$(env -u NO_COLOR -u FORCE_COLOR "$bin" validate t.yaml 2>/dev/null)"
check "FORCE_COLOR=1" colour "$(env -u NO_COLOR FORCE_COLOR=1 "$bin" validate t.yaml 2>/dev/null)"
check "empty NO_COLOR, FORCE_COLOR=1" colour "$(NO_COLOR= FORCE_COLOR=1 "$bin" validate t.yaml 2>/dev/null)"
check "NO_COLOR=1 beats FORCE_COLOR=1" plain "$(NO_COLOR=1 FORCE_COLOR=1 "$bin" validate t.yaml 2>/dev/null)"
check "FORCE_COLOR=0" plain "$(env -u NO_COLOR FORCE_COLOR=0 "$bin" validate t.yaml 2>/dev/null)"
check "--color never beats FORCE_COLOR" plain "$(env -u NO_COLOR FORCE_COLOR=1 "$bin" validate t.yaml --color never 2>/dev/null)"
check "--color always beats NO_COLOR" colour "$(NO_COLOR=1 "$bin" validate t.yaml --color always 2>/dev/null)"
# A terminal (script's pty; it ends lines with CR LF).
tty_run() { env -u NO_COLOR -u FORCE_COLOR TERM="$1" script -qec "'$bin' validate t.yaml" /dev/null 2>/dev/null | tr -d '\r'; }
check "terminal" colour "$(tty_run xterm)"
check "terminal, TERM=dumb" plain "$(tty_run dumb)"
[ $status = 0 ] && echo "colour: the environment decides as documented"
exit $status
