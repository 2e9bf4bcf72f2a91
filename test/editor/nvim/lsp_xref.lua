-- Neovim 0.7 against the real server: cross-references across the files of test/editor/workspace/xref —
-- go to definition (the defining letter's Số line) and find references (the citation and its short form).
-- fixture: ../workspace/xref/cong-van-trien-khai.md
local t = require('lib')
local dir = vim.fn.expand('%:p:h')
t.start_client({ root_dir = dir })

local function find(lines, needle)
  for i, l in ipairs(lines) do
    if l:find(needle, 1, true) then return i - 1 end
  end
  t.fail(('%q not found'):format(needle))
end
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, true)
local cite = find(lines, 'Kế hoạch số 14/KH-UBND')
local col = t.utf16_col(cite, '14/KH-UBND') + 2
local def_file = dir .. '/ke-hoach-14.md'
local def_lines = vim.fn.readfile(def_file)
local so_line = find(def_lines, 'Số: 14/KH-UBND')

-- the index is built in the background: ask until the definition resolves
local def
t.wait_for(function()
  local r = t.definition(cite, col)
  if r and r[1] then r = r[1] end
  def = r
  return r and r.uri
end, 10000, 'a definition')
t.record('definition', def)
t.eq(vim.uri_to_fname(def.uri), def_file, 'definition file')
t.eq(def.range.start.line, so_line, 'definition line (Số)')

-- references without the declaration: the citation and "Kế hoạch nêu trên" in this file
local refs = t.references(cite, col, false)
t.record('references', refs)
local here = vim.uri_from_bufnr(0)
local mine = vim.tbl_filter(function(r) return r.uri == here end, refs)
t.eq(#mine, 2, 'references in this letter')
t.eq(mine[2].range.start.line, find(lines, 'Kế hoạch nêu trên'), 'the short form')
-- with the declaration: the defining letter's Số line too
local all = t.references(cite, col, true)
local decl = vim.tbl_filter(function(r) return vim.uri_to_fname(r.uri) == def_file and r.range.start.line == so_line end, all)
t.eq(#decl, 1, 'the declaration among the references')
