#!/usr/bin/env bash
# Every C++ source follows .clang-format.
set -u
src=$2
cd "$src" || exit 1
command -v clang-format >/dev/null || { echo "clang-format not installed"; exit 77; }
[ -d .git ] || { echo "not a git checkout"; exit 77; }
files=$(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror $files 2>format.log; then
  head -40 format.log; rm -f format.log
  echo "FAIL: run clang-format -i on the files above"
  exit 1
fi
rm -f format.log
echo "format: $(echo "$files" | wc -l) files follow .clang-format"
