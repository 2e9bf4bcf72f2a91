// The preview and export requests over stdio (vanthu/preview, vanthu/export): the layout comes from the same
// analysis as the published diagnostics and carries their ranges; the export writes beside the draft.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ExportResult, PreviewDoc } from '../../server/src/lsp/previewProtocol.js';
import { ROOT, TestClient, ensureBuilt, uriOf } from './client.js';

/** A công văn with DD-02 after an emoji on the date line (UTF-16 offsets) and NB-03 in the body. */
const BAD = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8')
  .replace('Sơn Tịnh, ngày 08 tháng 3', 'Sơn Tịnh 🇻🇳, ngày 8 tháng 3')
  .replace('b) Thu gom', 'đ) Thu gom');

/** Every printed run's text, in page order. */
const printed = (p: PreviewDoc) =>
  p.layout.pages
    .flatMap((pg) => pg.blocks.flatMap((b) => (b.type === 'row' ? b.cells.flatMap((c) => c.blocks) : [b])))
    .flatMap((b) => b.lines.flat().map((r) => r.text))
    .join(' ');

describe('preview and export requests (stdio)', function () {
  this.timeout(30000);
  let c: TestClient;
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'vanthu-preview-'));
    c = await new TestClient().start({ rootPath: dir });
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("vanthu/preview: the layout of the current version, with the published diagnostics' ranges", async () => {
    const uri = uriOf(join(dir, 'cong-van.md'));
    c.open(uri, BAD);
    const published = await c.diagnostics(uri, (ds) => ds.some((d) => d.code === 'DD-02'));
    const p = await c.request<PreviewDoc>('vanthu/preview', { textDocument: { uri } });
    assert.equal(p.uri, uri);
    assert.equal(p.version, 1);
    assert.ok(p.isLetter);
    assert.equal(p.layout.paper.width, 210);
    assert.equal(p.layout.paper.height, 297);
    assert.ok(p.layout.pages.length >= 1);
    const doc = TextDocument.create(uri, 'markdown', 1, BAD);
    // the same findings at the same places (offsets ↔ LSP positions, UTF-16: the date line has an emoji)
    assert.deepEqual(
      p.diagnostics
        .map((d) => `${d.rule} ${JSON.stringify(doc.positionAt(d.s))}-${JSON.stringify(doc.positionAt(d.e))}`)
        .sort(),
      published.map((d) => `${d.code} ${JSON.stringify(d.range.start)}-${JSON.stringify(d.range.end)}`).sort(),
    );
    const dd = p.diagnostics.find((d) => d.rule === 'DD-02')!;
    assert.equal(BAD.slice(dd.s, dd.e), '8');
    assert.match(dd.message, /^Ngày nhỏ hơn 10 phải có số 0/);
    assert.equal(dd.severity, 'error');
    // every run points back into the source, and prints what is there
    for (const pg of p.layout.pages)
      for (const b of pg.blocks) assert.ok(b.span.start <= b.span.end && b.span.end <= BAD.length);
    const text = printed(p);
    for (const w of ['ỦY BAN NHÂN DÂN', 'Kính gửi', 'Thu gom', '🇻🇳']) assert.ok(text.includes(w), `${w} printed`);
    assert.equal(p.exportName, 'so-125-UBND-VP-to-chuc-tong-ve-sinh-moi');
  });

  it('follows the edits: the next request lays out the new version', async () => {
    const uri = uriOf(join(dir, 'sua.md'));
    c.open(uri, BAD);
    const line = BAD.split('\n').findIndex((l) => l.startsWith('Kính gửi'));
    c.change(uri, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Đoạn mới chèn vào.\n\n' },
    ]);
    const p = await c.request<PreviewDoc>('vanthu/preview', { textDocument: { uri } });
    assert.equal(p.version, 2);
    assert.ok(printed(p).includes('Đoạn mới chèn vào.'));
  });

  it('answers null for a document it does not check', async () => {
    const uri = uriOf(join(dir, 'a.txt'));
    c.open(uri, 'plain text', 'plaintext');
    assert.equal(await c.request('vanthu/preview', { textDocument: { uri } }), null);
    assert.equal(await c.request('vanthu/preview', { textDocument: { uri: 'file:///not/open.md' } }), null);
  });

  it('vanthu/export writes beside the draft, named from the ký hiệu and trích yếu; refuses to overwrite unasked', async () => {
    const uri = uriOf(join(dir, 'du-thao.md'));
    c.open(uri, BAD);
    const res = await c.request<ExportResult>('vanthu/export', { textDocument: { uri }, format: 'html' });
    assert.ok(res.ok, JSON.stringify(res));
    assert.equal(res.path, join(dir, 'so-125-UBND-VP-to-chuc-tong-ve-sinh-moi.html'));
    assert.ok(readFileSync(res.path, 'utf8').includes('Thu gom'));
    assert.equal(res.bytes, readFileSync(res.path).length);
    const again = await c.request<ExportResult>('vanthu/export', { textDocument: { uri }, format: 'html' });
    assert.equal(again.ok, false);
    assert.equal(!again.ok && again.reason, 'exists');
    assert.match(!again.ok ? again.message : '', /đã có/);
    const forced = await c.request<ExportResult>('vanthu/export', {
      textDocument: { uri },
      format: 'html',
      overwrite: true,
    });
    assert.ok(forced.ok);
  });

  it('an explicit target; an unsaved draft needs one; a draft without number or summary is named after its file', async () => {
    const untitled = 'untitled:Untitled-1';
    c.open(untitled, BAD);
    const none = await c.request<ExportResult>('vanthu/export', { textDocument: { uri: untitled }, format: 'html' });
    assert.equal(!none.ok && none.reason, 'no-target');
    const target = join(dir, 'sub', 'ra.html');
    const res = await c.request<ExportResult>('vanthu/export', {
      textDocument: { uri: untitled },
      format: 'html',
      target,
    });
    assert.ok(res.ok && res.path === target && existsSync(target), JSON.stringify(res));
    const bare = uriOf(join(dir, 'Bản nháp số 2.md'));
    c.open(bare, 'Một đoạn văn không có số, không có trích yếu.\n');
    const named = await c.request<ExportResult>('vanthu/export', { textDocument: { uri: bare }, format: 'html' });
    assert.ok(named.ok, JSON.stringify(named));
    assert.equal(named.path, join(dir, 'Ban-nhap-so-2.html'));
  });

  it('final mode: a letter with errors is not exported unless forced, and the message lists them', async () => {
    const f = await new TestClient().start({ rootPath: dir, settings: { mode: 'final' } });
    try {
      const uri = uriOf(join(dir, 'chinh-thuc.md'));
      f.open(uri, BAD);
      const target = join(dir, 'chinh-thuc.html');
      const res = await f.request<ExportResult>('vanthu/export', { textDocument: { uri }, format: 'html', target });
      assert.equal(!res.ok && res.reason, 'errors', JSON.stringify(res));
      assert.match(!res.ok ? res.message : '', /DD-02/);
      assert.ok(!existsSync(target));
      const forced = await f.request<ExportResult>('vanthu/export', {
        textDocument: { uri },
        format: 'html',
        target,
        force: true,
      });
      assert.ok(forced.ok && existsSync(target));
    } finally {
      await f.stop();
    }
  });

  it('a failing renderer is an answer, not a crash', async () => {
    const uri = uriOf(join(dir, 'loi-ghi.md'));
    c.open(uri, BAD);
    writeFileSync(join(dir, 'tep'), 'a file where a folder should be');
    const res = await c.request<ExportResult>('vanthu/export', {
      textDocument: { uri },
      format: 'html',
      target: join(dir, 'tep', 'x.html'),
    });
    assert.equal(!res.ok && res.reason, 'failed');
    assert.match(!res.ok ? res.message : '', /^Không xuất được/);
    assert.ok(await c.request<PreviewDoc>('vanthu/preview', { textDocument: { uri } }));
  });
});
