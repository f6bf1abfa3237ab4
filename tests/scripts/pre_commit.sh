#!/usr/bin/env bash
# The pre-commit hooks, end to end with the real `pre-commit`: scratch theme
# repositories use the configurations shown in docs/ci.md, pointed at a copy
# of this repository's .pre-commit-hooks.yaml committed in a scratch hooks
# repository (pre-commit clones it, offline).
#   1. reltheme-project (the docs' main block): a broken theme is refused, the
#      fixed one accepted; a commit that changes only a template with a
#      misspelt placeholder is refused; a duplicate theme id is caught when
#      the commit names so many files that pre-commit splits the list.
#   2. a project in crm/ (the docs' subfolder block): reltheme-project and the
#      file hooks find crm/reltheme.yaml, and other YAML of the repository is
#      not linted as a theme.
set -uo pipefail
source "$(dirname "$0")/lib/scratch.bash"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (Debian package pre-commit)"; exit 77; }
command -v git >/dev/null || { echo "git is not installed"; exit 77; }
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

export HOME=$work/home PRE_COMMIT_HOME=$work/cache GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export GIT_AUTHOR_NAME=Tester GIT_AUTHOR_EMAIL=tester@example.com
export GIT_COMMITTER_NAME=Tester GIT_COMMITTER_EMAIL=tester@example.com
mkdir -p "$HOME" "$work/bin"
git config --global init.defaultBranch main
git config --global advice.detachedHead false
ln -s "$bin" "$work/bin/reltheme"
export PATH="$work/bin:$PATH"

# The hooks repository: the working tree's hooks file, committed.
hooks=$work/hooks-repo
git init -q "$hooks"
cp "$src/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -q -m "hooks"
rev=$(git -C "$hooks" rev-parse HEAD)

# The yaml block after a `<!-- ci:NAME -->` marker of docs/ci.md, pointed at
# the scratch hooks repository.
config_block() {
  local config
  config=$(awk -v marker="<!-- ci:$1 -->" '$0 == marker {found=1; next} found && /^```yaml/ {inside=1; next}
    inside && /^```/ {exit} inside {print}' "$src/docs/ci.md")
  [ -n "$config" ] || { echo "FAIL: no $1 block in docs/ci.md" >&2; return 1; }
  printf '%s\n' "$config" | sed -e "s#^\(  - repo: \).*#\1$hooks#" -e "s#^\(    rev: \).*#\1$rev#"
}

# new_repo NAME MARKER: a git repository with the docs' configuration, installed.
new_repo() {
  local dir=$work/$1
  git init -q "$dir"
  config_block "$2" > "$dir/.pre-commit-config.yaml" || return 1
  grep -q "repo: $hooks" "$dir/.pre-commit-config.yaml" && grep -q "rev: $rev" "$dir/.pre-commit-config.yaml" ||
    { echo "FAIL: could not point the $2 block at the scratch hooks repository"; cat "$dir/.pre-commit-config.yaml"; return 1; }
  (cd "$dir" && pre-commit install > install.log 2>&1) || { echo "FAIL: pre-commit install"; cat "$dir/install.log"; return 1; }
}

commits() { git rev-list --count HEAD 2>/dev/null || echo 0; }

theme() {  # id name [template]: a sales theme, with a document of that template
  printf 'reltheme: 1\nid: %s\nname: %s\ntype: sales\ndescription: Продажи\ninstruction: Позвоните клиенту.\n' "$1" "$2"
  printf 'stages:\n  - id: new\n    name: Новый\n    deadline: 1d\n    next: [paid]\n'
  printf '  - id: paid\n    name: Оплата\n    role: payment\n'
  [ -z "${3:-}" ] || printf 'documents:\n  - {id: offer, name: Предложение, kind: print-form, template: %s}\n' "$3"
}

# 1. reltheme-project, as the docs' main block configures it.
new_repo project pre-commit || exit 1
cd "$work/project" || exit 1
printf 'themes: ["themes/**/*.yaml"]\n' > reltheme.yaml
mkdir -p themes templates
printf 'services:\n  web: {image: nginx}\n' > docker-compose.yml  # YAML that is no theme
printf 'Здравствуйте, {{client.name}}!\n' > templates/offer.mustache
theme standard Стандартная ../templates/offer.mustache > themes/standard.yaml
git add -A
git commit -q -m "setup" > "$work/commit.log" 2>&1 || { fail "the clean project was refused: $(cat "$work/commit.log")"; }
grep -q "reltheme lint (the whole project).*Passed" "$work/commit.log" || fail "reltheme-project did not run: $(cat "$work/commit.log")"

# 1a. A broken theme: refused, with the finding in the hook's output.
theme standard Стандартная ../templates/offer.mustache | sed 's/next: \[paid\]/next: [payd]/' > themes/standard.yaml
git add themes/standard.yaml
git commit -q -m "broken theme" > "$work/commit.log" 2>&1 && fail "the broken theme was committed"
grep -q "reltheme lint (the whole project).*Failed" "$work/commit.log" || fail "reltheme-project did not fail: $(cat "$work/commit.log")"
grep -q 'error\[unknown-stage\]: stage "payd" does not exist; did you mean "paid"?' "$work/commit.log" ||
  fail "the finding is not shown: $(cat "$work/commit.log")"
[ "$(commits)" = 1 ] || fail "a commit was made"
theme standard Стандартная ../templates/offer.mustache > themes/standard.yaml
git add themes/standard.yaml

# 1b. Only the template changes, with a misspelt placeholder: refused.
printf 'Здравствуйте, {{client.nmae}}!\n' > templates/offer.mustache
git add templates/offer.mustache
git commit -q -m "template" > "$work/commit.log" 2>&1 && fail "a template with {{client.nmae}} was committed"
grep -q "error\[unknown-placeholder\]" "$work/commit.log" || fail "the template was not checked: $(cat "$work/commit.log")"
[ "$(commits)" = 1 ] || fail "a commit was made"
printf 'Добрый день, {{client.name}}!\n' > templates/offer.mustache
git add templates/offer.mustache
git commit -q -m "template fixed" > "$work/commit.log" 2>&1 || fail "the fixed template was refused: $(cat "$work/commit.log")"
[ "$(commits)" = 2 ] || fail "the fixed template was not committed"

# 1c. So many themes in one commit that pre-commit splits the file list
# (about 128 KiB of names), with one id repeated in the first and the last
# file: the whole-project hook still sees both. A local hook counts how many
# batches pre-commit made, so the split is known to have happened.
mkdir -p themes/bulk
for i in $(seq -w 1 1600); do
  theme "bulk-$i" "Тема $i" > "themes/bulk/theme-$i-a-long-name-that-makes-the-file-list-long-enough-to-split.yaml"
done
first=$(ls themes/bulk | head -1) last=$(ls themes/bulk | tail -1)
sed -i 's/^id: .*/id: twin/' "themes/bulk/$first" "themes/bulk/$last"
cat >> .pre-commit-config.yaml <<YAML
  - repo: local
    hooks:
      - id: count-batches
        name: count batches
        entry: sh -c 'echo batch >> "\$0"' $work/batches.log
        language: system
        files: \.yaml$
        require_serial: true
YAML
git add -A
rm -f "$work/batches.log"
git commit -q -m "bulk" > "$work/commit.log" 2>&1 && fail "a duplicate theme id across a split file list was committed"
batches=$(wc -l < "$work/batches.log" 2>/dev/null || echo 0)
[ "$batches" -ge 2 ] || fail "pre-commit did not split the file list (batches: $batches); the case proves nothing"
grep -q "error\[duplicate-id\]: .*\"twin\"" "$work/commit.log" || fail "the duplicate id was not reported: $(tail -20 "$work/commit.log")"
[ "$(commits)" = 2 ] || fail "a commit was made"
cd "$work" || exit 1

# 2. The project in crm/: other YAML of the repository, named first, is no theme.
new_repo subfolder pre-commit-subfolder || exit 1
cd "$work/subfolder" || exit 1
cat >> .pre-commit-config.yaml <<YAML
  - repo: $hooks
    rev: $rev
    hooks:
      - id: reltheme-validate
YAML
mkdir -p crm/themes charts
printf 'themes: ["themes/**/*.yaml"]\n' > crm/reltheme.yaml
theme standard Стандартная > crm/themes/standard.yaml
printf 'replicas: 2\nimage: {name: crm, tag: "1.0"}\n' > charts/values.yaml  # named before crm/
git add -A
git commit -q -m "crm" > "$work/commit.log" 2>&1 || fail "the crm project was refused: $(cat "$work/commit.log")"
grep -q "reltheme lint (the whole project).*Passed" "$work/commit.log" || fail "reltheme-project did not run: $(cat "$work/commit.log")"
grep -q "reltheme validate.*Passed" "$work/commit.log" || fail "reltheme-validate did not pass: $(cat "$work/commit.log")"
grep -q "charts/values.yaml" "$work/commit.log" && fail "charts/values.yaml was linted as a theme: $(cat "$work/commit.log")"
[ "$(commits)" = 1 ] || fail "the crm project was not committed"
theme standard Стандартная | sed 's/deadline: 1d/deadline: 01d/' > crm/themes/standard.yaml
git add crm/themes/standard.yaml
git commit -q -m "broken" > "$work/commit.log" 2>&1 && fail "a broken theme in crm/ was committed"
grep -q 'crm/themes/standard.yaml:10:15: error\[schema\]: bad duration "01d" for "deadline": write 1d without the leading zero' "$work/commit.log" ||
  fail "the finding in crm/ is not shown: $(cat "$work/commit.log")"
grep -c "error\[schema\]" "$work/commit.log" | grep -qx 2 || fail "both hooks should report the one finding: $(cat "$work/commit.log")"

[ $status = 0 ] && echo "pre-commit: the whole-project hook catches themes, templates and split file lists; crm/reltheme.yaml is found"
exit $status
