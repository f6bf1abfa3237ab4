-- Drives `reltheme lsp` from neovim's built-in client (tests/scripts/lsp_nvim.sh):
-- opens the theme, waits for its diagnostics, completes a stage id, jumps to a
-- definition, applies a code action and waits for the diagnostics to clear.
-- Writes what it saw, one fact a line, to $RELTHEME_LSP_OUT and quits;
-- every wait has a timeout, so a silent server fails the test, never hangs it.
local bin = os.getenv('RELTHEME_BIN')
local out_path = os.getenv('RELTHEME_LSP_OUT')
local lines = {}
local function say(s) table.insert(lines, s) end
local function finish()
  local f = io.open(out_path, 'w')
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit theme.yaml')
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = 'reltheme', cmd = { bin, 'lsp' }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
    say('no diagnostics')
    return
  end
  local diags = vim.diagnostic.get(buf)
  table.sort(diags, function(a, b) return a.lnum < b.lnum end)
  for _, d in ipairs(diags) do
    say(string.format('diagnostic %d:%d-%d:%d %s %s %s', d.lnum, d.col, d.end_lnum, d.end_col,
      d.severity == vim.diagnostic.severity.ERROR and 'error' or 'warning', d.code or d.user_data.lsp.code,
      d.message))
  end
  local uri = vim.uri_from_bufnr(buf)
  -- Completion inside `next: [pr]` of the first stage (line 10, 0-based 9).
  local res = client.request_sync('textDocument/completion',
    { textDocument = { uri = uri }, position = { line = 9, character = 13 } }, 10000, buf)
  local labels = {}
  for _, item in ipairs((res and res.result and res.result.items) or {}) do table.insert(labels, item.label) end
  say('completion ' .. table.concat(labels, ' '))
  -- Definition of `paid` in `next: [paid]` (line 15, 0-based 14).
  res = client.request_sync('textDocument/definition',
    { textDocument = { uri = uri }, position = { line = 14, character = 12 } }, 10000, buf)
  local loc = res and res.result
  if loc and loc.range then
    say(string.format('definition %d:%d', loc.range.start.line, loc.range.start.character))
    vim.lsp.util.jump_to_location(loc, 'utf-16')
    say('cursor ' .. table.concat(vim.api.nvim_win_get_cursor(0), ':'))
  else
    say('definition none')
  end
  -- The code action of the did-you-mean on line 10, applied.
  local d = diags[1]
  res = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.lnum, character = d.col } },
    context = { diagnostics = { d.user_data.lsp } },
  }, 10000, buf)
  local actions = (res and res.result) or {}
  for _, a in ipairs(actions) do say('action ' .. a.title) end
  if actions[1] then vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16') end
  say('line 10 ' .. vim.api.nvim_buf_get_lines(buf, 9, 10, false)[1])
  -- The change goes to the server, which publishes the findings left.
  if vim.wait(20000, function() return #vim.diagnostic.get(buf) == #diags - 1 end, 20) then
    say('diagnostics left ' .. #vim.diagnostic.get(buf))
  else
    say('diagnostics not updated: ' .. #vim.diagnostic.get(buf))
  end
  client.stop()
  vim.wait(5000, function() return client.is_stopped() end, 20)
  say('stopped ' .. tostring(client.is_stopped()))
end)
if not ok then say('error ' .. tostring(err)) end
finish()
