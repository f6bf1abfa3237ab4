#!/usr/bin/env bash
# SIGTERM, SIGINT and SIGHUP in the middle of a write: the run removes its
# temporary file, leaves the target as it was and dies of the signal (exit
# status 128 + N). To catch the process inside the write every time, strace
# holds it in the writer's fsync (a syscall delay), while the temporary file
# exists; the signal is sent then. Skipped (77) without strace or ptrace.
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; status=1; }
status=0
command -v strace >/dev/null || { echo "strace is not installed"; exit 77; }
strace -qq -o /dev/null true 2>/dev/null || { echo "strace cannot trace here (no ptrace)"; exit 77; }
# Background jobs of a script without job control ignore SIGINT; with it they
# keep the default action, as a command run from a terminal or a CI runner.
set -m
export NO_COLOR=1
# LeakSanitizer stops the process when it finds itself under ptrace, so the
# sanitizer build runs these traced commands without its leak check (the rest
# of the suite keeps it).
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
cp -r "$src/samples" "$work/samples"
cd "$work/samples" || exit 1
theme=themes/standard.yaml
mkdir out

# One command held in its first fsync for 3 s; the signal comes when its
# temporary file appears.
held_run() {  # SIGNAL TARGET_FOLDER TARGET_NAME COMMAND...
  local sig=$1 folder=$2 name=$3
  shift 3
  strace -qq -f -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=3000000:when=1 \
    "$bin" "$@" > run.out 2>&1 &
  local tracer=$! pid="" temp="" i
  for i in $(seq 1 400); do
    [ -z "$pid" ] && pid=$(pgrep -P "$tracer" -x reltheme)
    temp=$(find "$folder" -maxdepth 1 -name ".$name.*" -print -quit 2>/dev/null)
    [ -n "$pid" ] && [ -n "$temp" ] && break
    sleep 0.025
  done
  if [ -z "$pid" ] || [ -z "$temp" ]; then
    wait "$tracer"
    fail "$sig $*: never caught inside the write"
    return
  fi
  kill -s "$sig" "$pid"
  wait "$tracer"
  local code=$?
  local want=$((128 + $(kill -l "$sig")))
  [ "$code" = "$want" ] || fail "$sig $*: exit $code, expected $want: $(head -c 500 run.out)"
  local left
  left=$(find "$folder" -maxdepth 1 -name ".$name.*")
  [ -z "$left" ] || { fail "$sig $*: the temporary file $left was left behind"; rm -f $left; }
}

for sig in TERM INT HUP; do
  # A report over an existing one: the old report stays, byte for byte.
  printf 'old report\n' > out/report.json
  held_run "$sig" out report.json lint "$theme" --output json=out/report.json
  [ "$(cat out/report.json)" = "old report" ] || fail "$sig lint: the old report was changed"
  # A handbook: nothing written yet, nothing left.
  rm -rf site
  mkdir site
  held_run "$sig" site index.html render "$theme" --to html -o site/index.html
  [ -e site/index.html ] && fail "$sig render: a page appeared"
done

# Without a signal the held write finishes as usual.
strace -qq -f -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=100000:when=1 \
  "$bin" lint "$theme" --output json=out/report.json > run.out 2>&1
code=$?
[ "$code" = 0 ] || [ "$code" = 1 ] || fail "a held write that is not interrupted: exit $code"
grep -q '"version"' out/report.json || fail "a held write that is not interrupted: no report"
[ -z "$(find out -name '.report.json.*')" ] || fail "a finished write left a temporary file"

[ "$status" = 0 ] && echo "every interrupted write cleaned up after itself"
exit $status
