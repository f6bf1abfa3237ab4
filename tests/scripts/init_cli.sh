#!/usr/bin/env bash
# `reltheme init` end to end: each type's theme passes `lint --strict`, the
# project file works, nothing is ever overwritten.
#   init_cli.sh BINARY SOURCE_DIR
set -u
source "$(dirname "$0")/lib/scratch.bash"
cd "$work" || exit 1

# 1. A project: reltheme.yaml, themes/standard.yaml and the schemas; lint is clean.
mkdir project && cd project || exit 1
expect 0 "$bin" init --project
for f in reltheme.yaml themes/standard.yaml schemas/theme.schema.json schemas/project.schema.json; do
  [ -s "$f" ] || fail "init --project did not write $f"
done
head -1 themes/standard.yaml | grep -qx '# yaml-language-server: $schema=../schemas/theme.schema.json' ||
  fail "the theme does not start with the schema comment: $(head -1 themes/standard.yaml)"
grep -q '^  - id: new$' themes/standard.yaml || fail "the sales theme has no stage new"
"$bin" schema | cmp -s - schemas/theme.schema.json || fail "the written schema differs from reltheme schema"
expect 0 "$bin" lint --strict
grep -qx '0 errors, 0 warnings in 1 file' last.out || fail "lint of a new project: $(cat last.out)"

# 2. Audit and service themes beside it; still clean.
expect 0 "$bin" init audit-q1 --type audit --dir themes --name 'Аудит: первый квартал'
expect 0 "$bin" init --type service --dir themes
expect 0 "$bin" init wholesale --name 'Опт'
[ -s themes/wholesale.yaml ] || fail "inside a project a theme does not go to the themes folder"
expect 0 "$bin" lint --strict
grep -qx '0 errors, 0 warnings in 4 files' last.out || fail "lint of four new themes: $(cat last.out)"
expect 0 "$bin" render themes -o site -q
[ -s site/audit-q1.html ] || fail "the new themes do not render"

# 3. Nothing is overwritten, and a refused run writes nothing.
cp themes/standard.yaml before.yaml
expect 2 "$bin" init --dir themes
grep -q 'already exists' last.err || fail "no clear message when the theme exists"
cmp -s before.yaml themes/standard.yaml || fail "init replaced a theme"
expect 2 "$bin" init other --project
[ ! -e themes/other.yaml ] || fail "a refused --project run still wrote the theme"
touch themes/legacy.yml
expect 2 "$bin" init legacy --dir themes
cd .. || exit 1

# 4. A theme on its own, and a bad id.
expect 0 "$bin" init
[ -s standard.yaml ] && [ -s schemas/theme.schema.json ] || fail "init alone did not write standard.yaml and the schema"
head -1 standard.yaml | grep -qx '# yaml-language-server: $schema=schemas/theme.schema.json' || fail "wrong schema path"
expect 0 "$bin" lint --strict standard.yaml
expect 2 "$bin" init Bad-Id
grep -q 'is not a theme id' last.err || fail "no clear message for a bad id"
[ ! -e Bad-Id.yaml ] || fail "a bad id was written"

# 5. Each type with an id and no --name gets a name lint accepts.
mkdir named && cd named || exit 1
for type in sales audit service; do
  expect 0 "$bin" init "$type-q1" --type "$type" --dir .
  grep -qx "name: ${type^} q1" "$type-q1.yaml" || fail "$type-q1: $(grep '^name:' "$type-q1.yaml")"
done
expect 0 "$bin" lint --strict .
grep -qx '0 errors, 0 warnings in 3 files' last.out || fail "lint of themes named after their ids: $(cat last.out)"
cd .. || exit 1

[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "init: all checks passed"
