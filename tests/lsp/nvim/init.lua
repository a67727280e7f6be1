-- `kiln lsp` end to end in Neovim's built-in LSP client, headless:
--   KILN=path/to/kiln nvim --headless -u tests/lsp/nvim/init.lua component.yaml
-- Opens the document, waits for the server's diagnostics, checks that the
-- misspelt action is reported at the expected line and column (EXPECT_LINE,
-- EXPECT_COL: 0-based, as Neovim counts), asks for code actions there, applies
-- the quick fix, writes the file and exits: status 0 when every step worked,
-- 1 with a message on stderr otherwise. Works with Neovim 0.7 (Debian 12) and
-- later (vim.lsp.start appeared in 0.8).
local function fail(message)
  io.stderr:write('nvim e2e: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local kiln = os.getenv('KILN')
local expect_line = tonumber(os.getenv('EXPECT_LINE') or '')
local expect_col = tonumber(os.getenv('EXPECT_COL') or '')
if not kiln or not expect_line or not expect_col then
  fail('set KILN, EXPECT_LINE and EXPECT_COL')
end

vim.opt.swapfile = false
vim.opt.shortmess:append('F')

local function attach()
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'kiln',
    cmd = { kiln, 'lsp', '--no-lint' },
    root_dir = vim.fn.getcwd(),
  }
  if vim.lsp.start then
    return vim.lsp.start(config)
  end
  local id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

local function run()
  local client_id = attach()
  if not client_id then
    return fail('the client did not start')
  end
  local bufnr = vim.api.nvim_get_current_buf()

  -- 1. The diagnostic of the misspelt action, at its line and column.
  local got = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  if not got then
    return fail('no diagnostics within 20 s')
  end
  local d = vim.diagnostic.get(bufnr)[1]
  if d.lnum ~= expect_line or d.col ~= expect_col then
    return fail(string.format('diagnostic at %d:%d, expected %d:%d (%s)', d.lnum, d.col,
      expect_line, expect_col, d.message))
  end
  if d.severity ~= vim.diagnostic.severity.ERROR or not d.message:find('ExecuteBash', 1, true) then
    return fail('unexpected diagnostic: ' .. vim.inspect(d))
  end

  -- 2. The quick fix for it, as the client asks for code actions.
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local action
  for _, response in pairs(responses or {}) do
    for _, a in ipairs(response.result or {}) do
      if a.kind == 'quickfix' and a.edit then
        action = a
      end
    end
  end
  if not action then
    return fail('no quick fix: ' .. vim.inspect(responses))
  end
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')

  -- 3. Saved, and the server agrees the document is fixed now.
  vim.cmd('write')
  local fixed = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) == 0
  end, 50)
  if not fixed then
    return fail('diagnostics remain after the fix: ' .. vim.inspect(vim.diagnostic.get(bufnr)))
  end
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      fail(tostring(err))
    end
  end,
})
