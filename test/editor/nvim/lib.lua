-- Helpers for LSP tests in a real Neovim 0.7 (`nvim --headless`), loaded by run.sh. A test script
-- runs with the file under test in the current buffer:
--   local t = require('lib')
--   t.start_client()
--   local d = t.wait_for_diagnostics(function(ds) return #ds == 2 end)
--   local h = t.request('textDocument/hover', t.position_params(0, 3))
--   t.record('hover', h) ; t.eq(h.contents.value, '…', 'hover text')
-- Results (t.record) and the failure message, if any, go to the JSON file $VANTHU_RESULTS.
-- Positions are LSP ones (0-based line, UTF-16 character), as the server sends them.
local M = { results = {}, published = {}, client_id = nil, bufnr = nil }
local json_out = os.getenv('VANTHU_RESULTS')
local function show(v) return vim.inspect(v, { newline = ' ', indent = '' }) end

function M.log(...)
  io.stdout:write(table.concat(vim.tbl_map(function(v)
    return type(v) == 'string' and v or vim.inspect(v)
  end, { ... }), ' ') .. '\n')
end

function M.write_results(extra)
  if not json_out then return end
  local out = vim.tbl_extend('force', { results = next(M.results) and M.results or vim.empty_dict() }, extra or {})
  local f = assert(io.open(json_out, 'w'))
  f:write(vim.fn.json_encode(out))
  f:close()
end

-- Stops at the first failure: with a dead server every later sync request would wait its full timeout.
function M.fail(msg)
  msg = tostring(msg)
  io.stderr:write('FAIL: ' .. msg .. '\n')
  pcall(M.write_results, { ok = false, error = msg })
  vim.cmd('cquit 1')
end

function M.record(key, value) M.results[key] = value end

function M.eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    M.fail(('%s: expected %s, got %s'):format(what or 'eq', show(expected), show(actual)))
  end
end

-- Waits (processing events) until predicate() is truthy; fails with `what` after `ms`.
function M.wait_for(predicate, ms, what)
  ms = ms or 5000
  local ok = vim.wait(ms, function()
    local good, v = pcall(predicate)
    return good and v
  end, 5)
  if not ok then M.fail(('timed out after %d ms waiting for %s'):format(ms, what or 'condition')) end
end

-- Starts the server ($VANTHU_LSP_CMD, run through sh so it may hold quoted arguments) and attaches it to
-- `bufnr` (default: current). Keeps the raw publishDiagnostics params per URI in M.published.
function M.start_client(opts)
  opts = opts or {}
  M.bufnr = opts.bufnr or vim.api.nvim_get_current_buf()
  local cmd = opts.cmd or { 'sh', '-c', 'exec ' .. (os.getenv('VANTHU_LSP_CMD') or 'node server/dist/server.js --stdio') }
  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  M.client_id = vim.lsp.start_client({
    name = opts.name or 'vanthu',
    cmd = cmd,
    root_dir = opts.root_dir or vim.fn.getcwd(),
    flags = { debounce_text_changes = 0 },
    settings = opts.settings,
    init_options = opts.init_options,
    handlers = vim.tbl_extend('force', {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result then M.published[result.uri] = result.diagnostics end
        return default_publish(err, result, ctx, config)
      end,
    }, opts.handlers or {}),
    on_exit = function(code, signal) M.exit = { code = code, signal = signal } end,
  })
  if not M.client_id then M.fail('vim.lsp.start_client failed for ' .. show(cmd)) end
  vim.lsp.buf_attach_client(M.bufnr, M.client_id)
  M.wait_for(function()
    if M.exit then M.fail(('server exited during start-up: %s (see lsp.log)'):format(show(M.exit))) end
    local c = vim.lsp.get_client_by_id(M.client_id)
    return c and c.initialized
  end, opts.timeout or 10000, 'the server to initialize')
  return vim.lsp.get_client_by_id(M.client_id)
end

function M.uri(bufnr) return vim.uri_from_bufnr(bufnr or M.bufnr) end

-- Raw LSP diagnostics last published for the buffer (nil before the first publish).
function M.diagnostics(bufnr) return M.published[M.uri(bufnr)] end

-- Waits for the END state you expect (e.g. all diagnostics at their columns), not for "some arrived".
function M.wait_for_diagnostics(predicate, ms)
  predicate = predicate or function() return true end
  M.wait_for(function()
    local ds = M.diagnostics()
    return ds and predicate(ds)
  end, ms, 'diagnostics' )
  return M.diagnostics()
end

function M.position_params(line, character)
  return { textDocument = { uri = M.uri() }, position = { line = line, character = character } }
end

-- UTF-16 column of the first `needle` on 0-based `line` of the buffer (for expected positions).
function M.utf16_col(line, needle)
  local text = vim.api.nvim_buf_get_lines(M.bufnr, line, line + 1, true)[1]
  local byte = text:find(needle, 1, true)
  if not byte then M.fail(('%q not on line %d: %q'):format(needle, line, text)) end
  local _, utf16 = vim.str_utfindex(text, byte - 1)
  return utf16
end

-- Sync request to our client only; fails on timeout or an error response. Returns the result.
function M.request(method, params, ms)
  if M.exit then M.fail('server is dead: ' .. show(M.exit)) end
  local responses, err = vim.lsp.buf_request_sync(M.bufnr, method, params, ms or 5000)
  if not responses then M.fail(('%s: %s'):format(method, err or 'no response')) end
  local r = responses[M.client_id]
  if not r then M.fail(method .. ': no response from the server (timeout?)') end
  if r.err then M.fail(('%s: error %s'):format(method, show(r.err))) end
  return r.result
end

function M.hover(line, character) return M.request('textDocument/hover', M.position_params(line, character)) end
function M.definition(line, character) return M.request('textDocument/definition', M.position_params(line, character)) end
function M.completion(line, character) return M.request('textDocument/completion', M.position_params(line, character)) end
function M.references(line, character, include_declaration)
  local p = M.position_params(line, character)
  p.context = { includeDeclaration = include_declaration ~= false }
  return M.request('textDocument/references', p)
end
function M.code_action(range, diagnostics)
  return M.request('textDocument/codeAction', {
    textDocument = { uri = M.uri() }, range = range, context = { diagnostics = diagnostics or M.diagnostics() or {} },
  })
end
function M.apply_edit(edit) vim.lsp.util.apply_workspace_edit(edit, 'utf-16') end

-- Replaces the whole buffer (sends didChange); then wait_for_diagnostics for the new state.
function M.set_text(text)
  vim.api.nvim_buf_set_lines(M.bufnr, 0, -1, true, vim.split(text, '\n', { plain = true }))
end

-- Entry point used by run.sh: runs the script, then writes results and quits 0; any error fails.
function M.run_file(path)
  local ok, err = xpcall(dofile, debug.traceback, path)
  if not ok then M.fail(err) end
  M.write_results({ ok = true })
  if M.client_id then
    vim.lsp.stop_client(M.client_id)
    vim.wait(1000, function() return M.exit ~= nil end, 10)
  end
  vim.cmd('qall!')
end

return M
