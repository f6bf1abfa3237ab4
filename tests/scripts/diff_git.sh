#!/usr/bin/env bash
# `reltheme diff` against git revisions: builds a throwaway repository with the
# git command line, then checks --against (HEAD, HEAD~1, a tag, a path gone
# from the working tree), --from/--to (tags, branches, commits), files added
# and deleted between revisions, templates read from the revision, and errors.
# Arguments: BINARY SOURCE_DIR. Exit 77 (skipped) without git.
set -u
source "$(dirname "$0")/lib/scratch.bash"
command -v git >/dev/null || { echo "git is not installed; skipped"; exit 77; }

export HOME=$work GIT_CONFIG_NOSYSTEM=1 NO_COLOR=1
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
repo=$work/repo
mkdir -p "$repo/themes" "$repo/templates"
cd "$repo" || exit 1
git init -q -b main .

# check NAME EXPECTED_EXIT COMMAND... : runs the command, keeps its output in
# $out, and reports a wrong exit status.
check() {
  local name=$1 want=$2
  shift 2
  out=$("$@" 2>"$work/stderr")
  got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; echo "$out"; cat "$work/stderr"
    failures=$((failures + 1))
  fi
}
# expect NAME TEXT: the last output contains TEXT.
expect() {
  if ! grep -qF -- "$2" <<<"$out$(cat "$work/stderr")"; then
    echo "FAIL $1: output lacks: $2"; echo "$out"; cat "$work/stderr"
    failures=$((failures + 1))
  fi
}
# reject NAME TEXT: the last output does not contain TEXT.
reject() {
  if grep -qF -- "$2" <<<"$out"; then
    echo "FAIL $1: output has: $2"; echo "$out"
    failures=$((failures + 1))
  fi
}

cat > reltheme.yaml <<'YAML'
themes: ["themes/**/*.yaml"]
YAML
cat > templates/offer.md <<'MD'
# Коммерческое предложение

Для {{client.name}}.
MD
cat > themes/deals.yaml <<'YAML'
reltheme: 1
id: deals
name: Сделки
type: sales
description: Продажи оборудования.
max_duration: 60d
stages:
  - id: new
    name: Новый
    deadline: 1d
    next: [intro]
  - id: intro
    name: Знакомство
    deadline: 3bd
    next: [proposal]
  - id: proposal
    name: Предложение
    deadline: 5d
    next: [payment]
  - id: payment
    name: Оплата
    role: payment
    deadline: 5bd
documents:
  - id: offer
    name: Коммерческое предложение
    kind: print-form
    template: ../templates/offer.md
    stages: [proposal]
YAML
git add -A && git commit -qm "first" && git tag v1
git branch release

# Second commit: a theme file appears, the theme is renamed, the template grows.
cat > themes/support.yaml <<'YAML'
reltheme: 1
id: support
name: Поддержка
type: service
description: Обращения клиентов.
YAML
sed -i 's/^name: Сделки/name: Оборудование/' themes/deals.yaml
echo "Менеджер: {{deal.manager}}." >> templates/offer.md
git add -A && git commit -qm "second"

# Third commit: the support theme file is deleted, a stage is removed.
git rm -q themes/support.yaml
python3 - <<'PY' 2>/dev/null || sed -i -e '/- id: intro/,/next: \[proposal\]/d' -e 's/next: \[intro\]/next: [proposal]/' themes/deals.yaml
import re
p = 'themes/deals.yaml'
s = open(p, encoding='utf-8').read()
s = s.replace("    next: [intro]\n  - id: intro\n    name: Знакомство\n    deadline: 3bd\n    next: [proposal]\n", "    next: [proposal]\n")
open(p, 'w', encoding='utf-8').write(s)
PY
git add -A && git commit -qm "third"

# The working tree: a deadline shortened, not committed.
sed -i 's/deadline: 5d/deadline: 3d/' themes/deals.yaml

# 1. --against HEAD: only the uncommitted change; nothing breaking.
check against-head 0 "$bin" diff --against HEAD
expect against-head 'themes/deals.yaml:14:15: warning[stage-deadline-shortened]'
expect against-head '1 of 1 theme (HEAD -> working tree)'

# 2. --against HEAD~1: the removed stage and the deleted file, shown in the revision.
check against-head-1 1 "$bin" diff --against HEAD~1
expect against-head-1 '- HEAD~1:themes/deals.yaml:12:9: error[stage-removed]: stage "intro"'
expect against-head-1 '- HEAD~1:themes/support.yaml:2:5: error[theme-removed]'
expect against-head-1 '12 |   - id: intro'
expect against-head-1 '2 breaking changes, 1 warning'

# 3. --from a tag --to a commit: a file that did not exist yet, a template that changed.
check from-tag 0 "$bin" diff --from v1 --to HEAD~1
expect from-tag '+ HEAD~1:themes/support.yaml:2:5: info[theme-added]'
expect from-tag 'info[theme-renamed]: theme renamed from "Сделки" to "Оборудование"'
expect from-tag 'info[template-changed]: template of document "offer" changed (../templates/offer.md: +1 -0 lines)'
reject from-tag 'not compared'

# 4. --from a commit --to a commit: the file deleted between them.
check deleted 1 "$bin" diff --from HEAD~1 --to HEAD
expect deleted 'HEAD~1:themes/support.yaml:2:5: error[theme-removed]'
expect deleted '(HEAD~1 -> HEAD)'

# 5. Branch names, and --fail-on never.
check branches 0 "$bin" diff --from release --to main --fail-on never
expect branches 'error[stage-removed]'
expect branches '(release -> main)'

# 6. Paths narrow what is compared, from a subfolder too.
check path 1 "$bin" diff --against v1 themes/deals.yaml
reject path 'support'
expect path 'v1:themes/deals.yaml'
check subfolder 1 bash -c "cd themes && '$bin' diff --against HEAD~1 ."
expect subfolder 'HEAD~1:themes/support.yaml:2:5: error[theme-removed]'

# 7. A path gone from the working tree still names the revision's file.
mv themes/deals.yaml "$work/deals.yaml"
check gone 1 "$bin" diff --against HEAD themes/deals.yaml
expect gone 'HEAD:themes/deals.yaml:2:5: error[theme-removed]'
mv "$work/deals.yaml" themes/deals.yaml

# 8. JSON and Markdown name the revisions.
check json 1 "$bin" diff --against HEAD~1 --format json
expect json '"old": "HEAD~1"'
expect json '"kind": "stage-removed"'
check markdown 1 "$bin" diff --against HEAD~1 --format markdown
expect markdown 'Comparing `HEAD~1` with `working tree`'

# 9. Errors: an unknown revision, --from without --to, outside a repository.
check unknown-rev 2 "$bin" diff --against no-such-branch
expect unknown-rev 'unknown revision "no-such-branch"'
check from-alone 2 "$bin" diff --from v1
expect from-alone '--from and --to go together'
check no-path 2 "$bin" diff --against HEAD themes/nothing.yaml
expect no-path 'themes/nothing.yaml: no such file or folder'
mkdir -p "$work/plain"
check no-repo 2 bash -c "cd '$work/plain' && '$bin' diff --against HEAD"
expect no-repo 'need a git repository'

# 10. The temporary copies of revisions are cleaned up.
leftovers=$(find "${TMPDIR:-/tmp}" -maxdepth 1 -name 'reltheme-diff-*' -newer "$repo/reltheme.yaml" 2>/dev/null | wc -l)
if [ "$leftovers" != 0 ]; then echo "FAIL cleanup: $leftovers temporary folders left"; failures=$((failures + 1)); fi

# 11. A revision whose project file cannot be used: exit 2, with the finding
# located in the revision's file, never a comparison under default rules.
git checkout -q -b broken-config
printf 'themes: ["themes/**/*.yaml"]\nrules:\n  stage-deadline-shortend: error\n' > reltheme.yaml
git commit -qm "a misspelt rule id" reltheme.yaml
git checkout -q main
check broken-config 2 "$bin" diff --against broken-config
expect broken-config 'broken-config:reltheme.yaml:3:3: error[schema]: unknown rule "stage-deadline-shortend" in "rules"; did you mean "stage-deadline-shortened"?'
expect broken-config 'reltheme: error: the project file broken-config:reltheme.yaml cannot be used'
reject broken-config 'theme'

[ "$failures" = 0 ] && echo "diff_git: all checks passed"
exit $((failures > 0))
