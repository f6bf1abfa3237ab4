#!/usr/bin/env bash
# `reltheme lsp` in a real client: neovim's built-in LSP client (nvim
# --headless, tests/scripts/lsp/client.lua) opens a theme, receives lint's
# findings as diagnostics, completes a stage id, jumps to a definition and
# applies a code action, after which the finding is gone. Skipped (77)
# without nvim; every wait is bounded, and the whole run by `timeout`.
set -u
source "$(dirname "$0")/lib/scratch.bash"
command -v nvim > /dev/null || { echo "skipped: nvim is not installed"; exit 77; }
cd "$work" || exit 1
printf 'themes: ["*.yaml"]\n' > reltheme.yaml
cat > theme.yaml <<'YAML'
reltheme: 1
id: standard
name: Стандартная
type: sales
description: Продажи
instruction: Ведите сделку по этапам.
stages:
  - id: new
    name: Новый ✨
    next: [propsal]
    deadline: 1d
    instruction: Позвоните клиенту.
  - id: proposal
    name: Предложение
    next: [paid]
    deadline: 3d
    instruction: Отправьте КП.
  - id: paid
    name: Оплата
    deadline: 2d
    instruction: Проверьте оплату.
outcomes:
  - id: expensive
    name: Дорого
    result: failure
YAML
export RELTHEME_BIN="$bin" RELTHEME_LSP_OUT="$work/seen.txt" HOME="$work" XDG_CONFIG_HOME="$work" XDG_STATE_HOME="$work" XDG_DATA_HOME="$work"
timeout 120 nvim --headless --clean -n -c "luafile $src/tests/scripts/lsp/client.lua" > nvim.log 2>&1
code=$?
[ "$code" = 0 ] || { fail "nvim exited $code"; cat nvim.log; }
expected='diagnostic 9:11-9:18 error unknown-stage stage "propsal" does not exist; did you mean "proposal"?
completion new proposal paid
definition 17:8
cursor 18:8
action Replace with "proposal"
action Ignore unknown-stage on this line
line 10     next: [proposal]
diagnostics left 0
stopped true'
actual=$(cat seen.txt 2> /dev/null)
[ "$actual" = "$expected" ] || { fail "what the client saw differs:"; diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual"); cat nvim.log; }
exit $status
