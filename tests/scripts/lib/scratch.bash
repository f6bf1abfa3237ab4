# Sourced first by the end-to-end scripts, which are called as
# SCRIPT BINARY [SOURCE_DIR]. Sets bin and src (absolute), makes the scratch
# folder work (removed on exit, read-only parts too) and gives
#   fail MESSAGE     prints "FAIL: MESSAGE"; exits 1 at once when the script
#                    set fail_fast=1 before sourcing, else sets status=1 and
#                    counts the failure in failures;
#   expect CODE CMD  runs CMD with its output in last.out and last.err of the
#                    current folder, and fails (showing both) unless it exits
#                    with CODE.
bin=$(realpath "$1")
src=$(realpath "${2:-.}")
work=$(mktemp -d)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
status=0
failures=0

fail() {
  echo "FAIL: $*"
  [ "${fail_fast:-0}" = 1 ] && exit 1
  status=1
  failures=$((failures + 1))
}

expect() {
  local want=$1
  shift
  "$@" > last.out 2> last.err
  local got=$?
  [ "$got" = "$want" ] || { fail "exit $got, expected $want: $*"; cat last.err last.out; }
}
