#!/usr/bin/env bash
# Runs one CLI golden test: the binary with the arguments in CASE/args, from
# CASE as the working folder, with standard input from CASE/stdin if present.
# Compares standard output with CASE/stdout (whole text, caret lines
# included), standard error with CASE/stderr (empty when the case has no
# such file) and the exit status with CASE/exit (default 0). `@VERSION@` in
# CASE/stdout stands for the version `--version` prints (set once, in the
# project() line of CMakeLists.txt).
set -u
bin=$1
case_dir=$2
cd "$case_dir" || exit 1
version=$("$bin" --version) version=${version#reltheme }
read -r -a args < args
expected_exit=0
[ -f exit ] && expected_exit=$(cat exit)
input=/dev/null
[ -f stdin ] && input=stdin
# A fixed SOURCE_DATE_EPOCH makes the JUnit report's timestamp and host fixed.
actual=$(NO_COLOR=1 SOURCE_DATE_EPOCH=1700000000 "$bin" "${args[@]}" < "$input" 2>stderr.actual; echo "exit=$?")
actual_exit=${actual##*exit=}
actual_out=${actual%exit=*}
status=0
if [ -f stdout ]; then
  if ! diff -u <(sed "s/@VERSION@/$version/g" stdout) <(printf '%s' "$actual_out") > diff.actual; then
    echo "stdout differs from $case_dir/stdout:"; cat diff.actual; status=1
  fi
fi
expected_err=/dev/null
[ -f stderr ] && expected_err=stderr
if ! diff -u "$expected_err" stderr.actual > diff.actual; then
  if [ -f stderr ]; then echo "stderr differs from $case_dir/stderr:"
  else echo "stderr is not empty, and $case_dir has no stderr file:"; fi
  cat diff.actual; status=1
fi
if [ "$actual_exit" != "$expected_exit" ]; then
  echo "exit status $actual_exit, expected $expected_exit"; cat stderr.actual; status=1
fi
rm -f diff.actual stderr.actual
exit $status
