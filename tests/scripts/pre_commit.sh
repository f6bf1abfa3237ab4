#!/usr/bin/env bash
# The pre-commit hooks, end to end with the real `pre-commit`: a scratch theme
# repository uses the configuration shown in docs/ci.md, pointed at a copy of
# this repository's .pre-commit-hooks.yaml committed in a scratch hooks
# repository (pre-commit clones it, offline); a commit of a broken theme is
# refused, the fixed theme is accepted, other YAML is left alone.
set -uo pipefail
bin=$(realpath "$1")
src=$(realpath "$2")
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (Debian package pre-commit)"; exit 77; }
command -v git >/dev/null || { echo "git is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

export HOME=$work/home PRE_COMMIT_HOME=$work/cache GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
mkdir -p "$HOME" "$work/bin"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
ln -s "$bin" "$work/bin/reltheme"
export PATH="$work/bin:$PATH"

# 1. The hooks repository: the working tree's hooks file, committed.
hooks=$work/hooks-repo
git init -q "$hooks"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m "hooks"
rev=$(git -C "$hooks" rev-parse HEAD)

# 2. The theme repository, with the configuration from docs/ci.md.
project=$work/project
git init -q "$project"
cd "$project" || exit 1
config=$(awk '/<!-- ci:pre-commit -->/{found=1; next} found && /^```yaml/{inside=1; next} inside && /^```/{exit} inside{print}' \
  "$src/docs/ci.md")
[ -n "$config" ] || { echo "FAIL: no pre-commit block in docs/ci.md"; exit 1; }
printf '%s\n' "$config" | sed -e "s#^\(  - repo: \).*#\1$hooks#" -e "s#^\(    rev: \).*#\1$rev#" > .pre-commit-config.yaml
grep -q "repo: $hooks" .pre-commit-config.yaml && grep -q "rev: $rev" .pre-commit-config.yaml ||
  { echo "FAIL: could not point the docs' configuration at the scratch hooks repository"; cat .pre-commit-config.yaml; exit 1; }
printf 'themes: ["themes/**/*.yaml"]\n' > reltheme.yaml
mkdir -p themes
printf 'services:\n  web: {image: nginx}\n' > docker-compose.yml  # YAML that is no theme
pre-commit install > install.log 2>&1 || { echo "FAIL: pre-commit install"; cat install.log; exit 1; }
git add .pre-commit-config.yaml reltheme.yaml docker-compose.yml
git commit -q -m "setup" > commit.log 2>&1 || { fail "the setup commit (no theme) was refused"; cat commit.log; }

# 3. A broken theme: refused, with the finding in the hook's output.
cat > themes/standard.yaml <<'YAML'
reltheme: 1
id: standard
name: Стандартная
type: audit
description: Проверка клиентской базы
instruction: Позвоните клиенту.
outcomes:
  - {id: moved, name: Сменил адрес, result: failure, comment: required}
  - {id: moved, name: Переехал, result: failure, comment: required}
YAML
git add themes/standard.yaml
if git commit -q -m "broken theme" > commit.log 2>&1; then
  fail "the broken theme was committed"
  cat commit.log
fi
grep -q "reltheme validate.*Failed" commit.log || fail "reltheme-validate did not fail: $(cat commit.log)"
grep -q "error\[duplicate-id\]" commit.log || fail "the finding is not shown: $(cat commit.log)"
[ "$(git rev-list --count HEAD)" = 1 ] || fail "a commit was made"

# 4. The fixed theme: accepted, both hooks pass.
sed -i 's/{id: moved, name: Переехал/{id: left, name: Переехал/' themes/standard.yaml
git add themes/standard.yaml
git commit -q -m "fixed theme" > commit.log 2>&1 || { fail "the fixed theme was refused"; cat commit.log; }
grep -q "reltheme validate.*Passed" commit.log || fail "reltheme-validate did not run: $(cat commit.log)"
grep -q "reltheme lint.*Passed" commit.log || fail "reltheme-lint did not run: $(cat commit.log)"
[ "$(git rev-list --count HEAD)" = 2 ] || fail "the fixed theme was not committed"

[ $status = 0 ] && echo "pre-commit: a broken theme is refused, the fixed one accepted"
exit $status
