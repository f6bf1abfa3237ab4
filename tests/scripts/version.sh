#!/usr/bin/env bash
# The version is written once, in the project() line of CMakeLists.txt: the
# binary, the reports and the man page take it from there, the CLI goldens
# write @VERSION@, and every `rev:` the docs tell users to pin is that
# version's tag.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"

version=$(sed -n 's/^project(reltheme VERSION \([0-9][0-9.]*\) .*/\1/p' "$src/CMakeLists.txt")
[ -n "$version" ] || { echo "FAIL: no version in the project() line of CMakeLists.txt"; exit 1; }
[ "$("$bin" --version)" = "reltheme $version" ] || fail "--version prints $("$bin" --version), not reltheme $version"
"$bin" validate --format json "$src/samples/themes/standard.yaml" | grep -q "\"version\": \"$version\"" ||
  fail "the JSON report does not name version $version"

# Only CMakeLists.txt and the places that quote it (docs naming the release
# users pin, a measurement naming the build it measured) hold the number.
cd "$src" || exit 1
if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
  files=$(git ls-files)
else
  files=$(find . -type f -not -path './build*' -not -path './.git/*' | sed 's#^\./##')
fi
while IFS= read -r f; do
  case $f in
    CMakeLists.txt | docs/ci.md | docs/output-formats.md | docs/performance.md | tests/data/*) continue ;;
  esac
  [ -f "$f" ] && grep -qF "$version" "$f" && fail "$f writes the version $version; take it from CMakeLists.txt"
done <<< "$files"

# Every revision the docs pin is the tag of this version.
revs=$(grep -ho 'rev: v[0-9][0-9.]*' docs/*.md README.md | sort -u)
[ -n "$revs" ] || fail "docs/ci.md pins no revision"
[ "$revs" = "rev: v$version" ] || fail "the docs pin $(echo $revs), not rev: v$version"
grep -o '"version": "[0-9][0-9.]*"' docs/output-formats.md | grep -vq "\"version\": \"$version\"" &&
  fail "docs/output-formats.md shows another version than $version"

# The man page, when help2man made one.
man=$(dirname "$bin")/man/reltheme.1
if [ -f "$man" ]; then
  grep -q "^\.TH RELTHEME \"1\" \"[^\"]*\" \"reltheme $version\"" "$man" || fail "the man page does not name version $version: $(grep '^\.TH' "$man")"
fi
[ $status = 0 ] && echo "version $version: from CMakeLists.txt only"
exit $status
