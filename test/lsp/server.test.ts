// The built language server driven over stdio like any LSP client would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { ROOT, TestClient, ensureBuilt } from './client.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8');
/** DD-02 after Vietnamese text and an emoji on the date line; NB-03 ("đ)" after "a)") in the body. */
export const BAD = BASE.replace('Sơn Tịnh, ngày 08 tháng 3', 'Sơn Tịnh 🇻🇳, ngày 8 tháng 3').replace(
  'b) Thu gom',
  'đ) Thu gom',
);
const DATE_LINE = BAD.split('\n').findIndex((l) => l.includes('🇻🇳'));
const DIEM_LINE = BAD.split('\n').findIndex((l) => l.startsWith('đ) Thu gom'));
// UTF-16 column of "8": code points would give 18
const DAY_COL = BAD.split('\n')[DATE_LINE].indexOf(', ngày 8') + ', ngày '.length;

const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);
const hasDD02At = (ds: Diagnostic[], line: number, col: number) =>
  byCode(ds, 'DD-02').some(
    (d) => d.range.start.line === line && d.range.start.character === col && d.range.end.character === col + 1,
  );

describe('language server (stdio, push diagnostics)', function () {
  this.timeout(30000);
  let c: TestClient;
  const uri = 'file:///tmp/vanthu-test/cong-van.md';
  before(async () => {
    ensureBuilt();
    c = await new TestClient().start();
  });
  after(async () => {
    await c?.stop();
  });

  it('publishes diagnostics with code, link, source, severity and UTF-16 ranges', async () => {
    assert.equal(DAY_COL, 20);
    c.open(uri, BAD);
    const ds = await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL) && byCode(ds, 'NB-03').length > 0);
    const d = byCode(ds, 'DD-02')[0];
    assert.equal(d.source, 'vanthu');
    assert.equal(d.severity, 1);
    assert.equal(
      d.codeDescription?.href,
      `${pathToFileURL(join(ROOT, 'README.md')).href}#dd-02`,
      'the README shipped with the server',
    );
    assert.match(d.message as string, /^Ngày nhỏ hơn 10 phải có số 0.*\(NĐ 30\/2020/);
    const nb = byCode(ds, 'NB-03')[0];
    assert.deepEqual(nb.range.start, { line: DIEM_LINE, character: 0 });
  });

  it('updates diagnostics on didChange', async () => {
    const doc = c.docs.get(uri)!;
    const line = doc.getText().split('\n')[DATE_LINE];
    c.change(uri, [
      {
        range: { start: { line: DATE_LINE, character: DAY_COL }, end: { line: DATE_LINE, character: DAY_COL + 1 } },
        newText: '09',
      },
    ]);
    assert.ok(line.includes('ngày 8'));
    const ds = await c.diagnostics(uri, (ds) => byCode(ds, 'DD-02').length === 0);
    assert.equal(byCode(ds, 'NB-03').length, 1);
    // put the problem back for the next tests
    c.change(uri, [
      {
        range: { start: { line: DATE_LINE, character: DAY_COL }, end: { line: DATE_LINE, character: DAY_COL + 2 } },
        newText: '8',
      },
    ]);
    await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
  });

  it('offers a preferred quick fix whose edit fixes the problem, and disable-comment actions', async () => {
    const ds = await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
    const d = byCode(ds, 'DD-02')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix?.edit, 'a quick fix with an edit');
    assert.equal(fix.title, 'Viết "08"');
    const line = actions.find((a) => a.title === 'Tắt quy tắc DD-02 cho dòng này');
    const file = actions.find((a) => a.title === 'Tắt quy tắc DD-02 cho cả tệp');
    assert.ok(line && file);
    const lineEdit = (line.edit!.documentChanges![0] as { edits: TextEdit[] }).edits[0];
    assert.deepEqual(lineEdit, {
      range: { start: { line: DATE_LINE, character: 0 }, end: { line: DATE_LINE, character: 0 } },
      newText: '<!-- vanthu-disable-next-line DD-02 -->\n',
    });
    assert.equal(
      (file.edit!.documentChanges![0] as { edits: TextEdit[] }).edits[0].newText,
      '<!-- vanthu-disable-file DD-02 -->\n',
    );
    c.applyWorkspaceEdit(fix.edit);
    assert.ok(c.text(uri).includes('🇻🇳, ngày 08 tháng 3'));
    await c.diagnostics(uri, (ds) => byCode(ds, 'DD-02').length === 0);
  });

  it('applies the disable-next-line action', async () => {
    c.change(uri, [
      {
        range: { start: { line: DATE_LINE, character: DAY_COL }, end: { line: DATE_LINE, character: DAY_COL + 2 } },
        newText: '8',
      },
    ]);
    const ds = await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
    const d = byCode(ds, 'DD-02')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    c.applyWorkspaceEdit(actions.find((a) => a.title === 'Tắt quy tắc DD-02 cho dòng này')!.edit!);
    await c.diagnostics(uri, (ds) => byCode(ds, 'DD-02').length === 0);
    // undo it
    c.change(uri, [
      { range: { start: { line: DATE_LINE, character: 0 }, end: { line: DATE_LINE + 1, character: 0 } }, newText: '' },
    ]);
    await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
  });

  it('source.fixAll.vanthu fixes everything with minimal edits; vanthu.fixAll applies it', async () => {
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.vanthu');
    const edits = (actions[0].edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    assert.ok(edits.length >= 2 && edits.length <= 6, `a few small edits, got ${JSON.stringify(edits)}`);
    for (const e of edits)
      assert.ok(
        e.range.end.line - e.range.start.line <= 1 && e.newText.length < 80,
        `small edit: ${JSON.stringify(e)}`,
      );
    const before = c.text(uri);
    const res = await c.request<{ applied: boolean }>('workspace/executeCommand', {
      command: 'vanthu.fixAll',
      arguments: [uri],
    });
    assert.equal(res.applied, true);
    const after = c.text(uri);
    assert.notEqual(after, before);
    assert.ok(after.includes('ngày 08 tháng 3') && after.includes('b) Thu gom'));
    await c.diagnostics(uri, (ds) => byCode(ds, 'DD-02').length === 0 && byCode(ds, 'NB-03').length === 0);
  });

  it('completes deputy titles after "KT. CHỦ TỊCH" and "đ)" after "d)"', async () => {
    const u = 'file:///tmp/vanthu-test/completion.md';
    const text = BASE.replace('a) Vận động', 'c) Vận động')
      .replace('b) Thu gom', 'd) Thu gom')
      .replace('**KT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH**', 'KT. CHỦ TỊCH\n\n');
    c.open(u, text);
    const lines = text.split('\n');
    const kt = lines.indexOf('KT. CHỦ TỊCH');
    const items = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: kt + 1, character: 0 },
    });
    assert.ok(
      items.some((i) => i.label === 'PHÓ CHỦ TỊCH'),
      JSON.stringify(items.map((i) => i.label)),
    );
    const d = lines.findIndex((l) => l.startsWith('d) Thu gom'));
    assert.equal(lines[d + 1], '');
    const next = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: d + 1, character: 0 },
    });
    assert.equal(next[0]?.label, 'đ)');
    const bt = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: u },
      position: { line: kt, character: 4 },
    });
    assert.ok(bt.some((i) => i.label === 'BỘ TRƯỞNG'));
  });

  it('gives the outline and folding ranges', async () => {
    const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = syms.map((s) => s.name);
    for (const n of [
      'Quốc hiệu và Tiêu ngữ',
      'Số, ký hiệu của văn bản',
      'Địa danh và thời gian ban hành',
      'Trích yếu nội dung',
      'Kính gửi',
      'Nội dung văn bản',
      'Nơi nhận',
    ]) {
      assert.ok(names.includes(n), `${n} in ${JSON.stringify(names)}`);
    }
    const body = syms.find((s) => s.name === 'Nội dung văn bản')!;
    assert.deepEqual(
      body.children!.map((s) => s.name.split(' ')[0]),
      ['1.', '2.', '3.'],
    );
    assert.deepEqual(
      body.children![1].children!.map((s) => s.name.split(' ')[0]),
      ['a)', 'b)'],
    );
    const folds = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const lines = c.text(uri).split('\n');
    const two = lines.findIndex((l) => l.startsWith('2. UBND'));
    const b = lines.findIndex((l) => l.startsWith('b) Thu gom'));
    assert.ok(
      folds.some((f) => f.startLine === two && f.endLine === b),
      JSON.stringify(folds),
    );
  });

  it('hovers a diagnostic with its rule, a part with its provision, a rule id in a disable comment', async () => {
    c.change(uri, [
      {
        range: { start: { line: DATE_LINE, character: DAY_COL }, end: { line: DATE_LINE, character: DAY_COL + 2 } },
        newText: '8',
      },
    ]);
    await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
    const h = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: DATE_LINE, character: DAY_COL },
    });
    const v = (h.contents as { value: string }).value;
    assert.match(v, /\*\*DD-02\*\*/);
    assert.match(v, /Phụ lục I/);
    const so = c
      .text(uri)
      .split('\n')
      .findIndex((l) => l.startsWith('Số:'));
    const hs = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: so, character: 2 },
    });
    assert.match((hs.contents as { value: string }).value, /Số, ký hiệu.*\n\n.*khoản 3/);
    c.change(uri, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        newText: '<!-- vanthu-disable-file NB-03 -->\n',
      },
    ]);
    const hc = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 29 },
    });
    assert.match((hc.contents as { value: string }).value, /\*\*NB-03\*\*/);
    c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' }]);
  });

  it('handles NFD and CRLF documents', async () => {
    const nfd = 'file:///tmp/vanthu-test/nfd.md';
    c.open(nfd, BAD.normalize('NFD'));
    const nfdLine = BAD.normalize('NFD').split('\n')[DATE_LINE];
    const col = nfdLine.indexOf(', ngày 8'.normalize('NFD')) + ', ngày '.normalize('NFD').length;
    assert.notEqual(col, DAY_COL);
    await c.diagnostics(nfd, (ds) => hasDD02At(ds, DATE_LINE, col));
    const crlf = 'file:///tmp/vanthu-test/crlf.md';
    c.open(crlf, BAD.replace(/\n/g, '\r\n'));
    const ds = await c.diagnostics(crlf, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
    const d = byCode(ds, 'DD-02')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: crlf },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const line = actions.find((a) => a.title === 'Tắt quy tắc DD-02 cho dòng này')!;
    assert.equal(
      (line.edit!.documentChanges![0] as { edits: TextEdit[] }).edits[0].newText,
      '<!-- vanthu-disable-next-line DD-02 -->\r\n',
    );
    c.applyWorkspaceEdit(actions.find((a) => a.isPreferred)!.edit!);
    await c.diagnostics(crlf, (ds) => byCode(ds, 'DD-02').length === 0);
    assert.ok(c.text(crlf).includes('ngày 08 tháng 3 năm 2024\r\n'));
  });

  it('does not check a README-like non-letter', async () => {
    const u = 'file:///tmp/vanthu-test/README.md';
    c.open(u, '# Văn Thư\n\nMột công cụ kiểm tra thể thức, ngày 8 tháng 3 năm 2024.\n\n- Cài đặt: `npm i`\n');
    const ds = await c.diagnostics(u);
    assert.deepEqual(ds, []);
    assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: u } }), []);
  });
});

describe('language server (pull diagnostics, English)', function () {
  this.timeout(30000);
  let c: TestClient;
  before(async () => {
    c = await new TestClient().start({ pull: true, initializationOptions: { locale: 'en' } });
  });
  after(async () => {
    await c?.stop();
  });

  it('answers textDocument/diagnostic and caches by version', async () => {
    const uri = 'file:///tmp/vanthu-test/pull.md';
    c.open(uri, BAD);
    const r = await c.request<{ kind: string; resultId: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(r.kind, 'full');
    assert.ok(hasDD02At(r.items, DATE_LINE, DAY_COL));
    assert.match(byCode(r.items, 'DD-02')[0].message as string, /^A day below 10 takes a leading zero/);
    const again = await c.request<{ kind: string }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: r.resultId,
    });
    assert.equal(again.kind, 'unchanged');
    c.change(uri, [
      {
        range: { start: { line: DATE_LINE, character: DAY_COL }, end: { line: DATE_LINE, character: DAY_COL + 1 } },
        newText: '08',
      },
    ]);
    const fixed = await c.request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: r.resultId,
    });
    assert.equal(fixed.kind, 'full');
    assert.equal(byCode(fixed.items, 'DD-02').length, 0);
    assert.equal(c.published.size, 0, 'no push in pull mode');
  });
});

describe('language server: `vanthu lsp --stdio`', function () {
  this.timeout(30000);
  it('starts through the CLI and answers like the bundled server', async () => {
    ensureBuilt();
    const c = await new TestClient().start({ args: [join(ROOT, 'server/bin/vanthu.js'), 'lsp', '--stdio'] });
    const uri = 'file:///tmp/vanthu-test/cli.md';
    c.open(uri, BAD);
    await c.diagnostics(uri, (ds) => hasDD02At(ds, DATE_LINE, DAY_COL));
    await c.stop();
    assert.equal(c.exited, 0);
  });
});
