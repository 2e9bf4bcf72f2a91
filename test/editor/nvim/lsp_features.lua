-- Neovim 0.7 against the real server: diagnostics at UTF-16 columns after Vietnamese text and an emoji,
-- a quick fix applied, hover, completion. Run: test/editor/nvim/run.sh test/editor/nvim/lsp_features.lua test/editor/nvim/emoji-letter.md
local t = require('lib')
t.start_client()

local lines = vim.api.nvim_buf_get_lines(0, 0, -1, true)
local date_line
for i, l in ipairs(lines) do
  if l:find('🇻🇳', 1, true) then date_line = i - 1 end
end
if not date_line then t.fail('fixture has no emoji date line') end
-- ", ngày " is 7 UTF-16 units; the day "8" follows it. Code points would be 2 less (the flag is 2 astral chars).
local col = t.utf16_col(date_line, ', ngày 8') + 7
t.eq(col, 20, 'UTF-16 column of the day')

local function dd02(ds)
  for _, d in ipairs(ds) do
    if d.code == 'DD-02' then return d end
  end
end
local ds = t.wait_for_diagnostics(function(ds)
  local d = dd02(ds)
  return d and d.range.start.line == date_line and d.range.start.character == col and d.range['end'].character == col + 1
end)
local d = dd02(ds)
t.record('diagnostic', d)
t.eq(d.source, 'vanthu', 'source')
-- Neovim's own diagnostic list has it at the byte column of "8"
local vd
for _, x in ipairs(vim.diagnostic.get(0)) do
  if x.lnum == date_line and x.message:find('Ngày nhỏ hơn 10', 1, true) then vd = x end
end
if not vd then t.fail('vim.diagnostic has no DD-02') end
t.eq(lines[date_line + 1]:sub(vd.col + 1, vd.col + 1), '8', 'byte column in vim.diagnostic')

-- hover on the diagnostic
local h = t.hover(date_line, col)
t.record('hover', h)
if not (h and h.contents and h.contents.value:find('**DD-02**', 1, true)) then t.fail('hover: ' .. vim.inspect(h)) end

-- quick fix
local actions = t.code_action(d.range, { d })
t.record('actions', vim.tbl_map(function(a) return a.title end, actions))
local fix
for _, a in ipairs(actions) do
  if a.kind == 'quickfix' and a.isPreferred then fix = a end
end
if not fix then t.fail('no preferred quick fix') end
t.apply_edit(fix.edit)
local fixed = vim.api.nvim_buf_get_lines(0, date_line, date_line + 1, true)[1]
if not fixed:find('🇻🇳, ngày 08 tháng 3', 1, true) then t.fail('quick fix not applied: ' .. fixed) end
t.wait_for_diagnostics(function(ds) return dd02(ds) == nil end)

-- completion: deputy titles on the line after "KT. CHỦ TỊCH"
local kt
for i, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, true)) do
  if l:find('KT. CHỦ TỊCH', 1, true) then kt = i - 1 end
end
vim.api.nvim_buf_set_lines(0, kt, kt + 2, true, { 'KT. CHỦ TỊCH', '' })
local items = t.completion(kt + 1, 0)
items = items.items or items
local labels = vim.tbl_map(function(i) return i.label end, items)
t.record('completion', labels)
if not vim.tbl_contains(labels, 'PHÓ CHỦ TỊCH') then t.fail('completion: ' .. vim.inspect(labels)) end
