// The page preview and the export in the real VS Code: the webview draws the server's layout and follows the edits
// and the cursor; the export command writes a .docx beside the draft, which the test opens and checks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { ExportResult } from '../../../server/src/lsp/previewProtocol';
import { api, closeAll, file, open, until, writeFile, readFile } from './helpers';
import { zipEntry } from './zip';
import type { Rendered } from '../preview/panel';

const GOOD = 'cong-van.md';
const BAD = 'loi-ngay-thang.md';

/** The webview's last report once `ok` holds for it. */
async function drawn(ok: (r: Rendered) => boolean, what: string): Promise<Rendered> {
  const panel = (await api()).preview();
  return (await until(
    () => panel.lastRendered,
    (r) => !!r && ok(r),
    what,
  ))!;
}

const previewTabs = () =>
  vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('vanthu.preview'));

describe('Văn Thư page preview and export', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('opens beside the letter; the webview draws the layout the server sent', async () => {
    const a = await api();
    const editor = await open(file(GOOD));
    await vscode.commands.executeCommand('vanthu.preview');
    const panel = a.preview();
    const r = await drawn(
      (r) => r.version === editor.document.version && r.pages >= 1,
      'the webview to draw the pages',
    );
    const posted = panel.lastPosted!;
    assert.equal(posted.uri, editor.document.uri.toString());
    assert.equal(r.pages, posted.layout.pages.length);
    assert.ok(r.paragraphs >= 10, `paragraphs drawn: ${r.paragraphs}`);
    for (const w of ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Kính gửi', 'Nơi nhận'])
      assert.ok(r.text.includes(w), `"${w}" on the page`);
    // every run of the layout is drawn, in order: the webview drops nothing it was sent
    let from = 0;
    for (const pg of posted.layout.pages) {
      for (const b of pg.blocks.flatMap((b) => (b.type === 'row' ? b.cells.flatMap((c) => c.blocks) : [b]))) {
        for (const run of b.lines.flat()) {
          const at = r.text.indexOf(run.text, from);
          assert.ok(at >= 0, `"${run.text}" drawn after offset ${from}`);
          from = at + run.text.length;
        }
      }
    }
    assert.equal(previewTabs().length, 1, 'one preview tab');
    assert.notEqual(
      previewTabs()[0].group.viewColumn,
      vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText))?.viewColumn,
      'beside the editor',
    );
    assert.ok(
      editor.document.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString(),
      'the editor keeps the focus',
    );
  });

  it('updates as the user types, and marks the diagnostics on the page', async () => {
    const a = await api();
    const uri = await writeFile('xem-truoc-go.md', await readFile(file(BAD)));
    const editor = await open(uri);
    await vscode.commands.executeCommand('vanthu.preview');
    const panel = a.preview();
    const first = await drawn(
      (r) => r.version === editor.document.version && r.marks > 0,
      'diagnostics marked on the page',
    );
    assert.ok(
      panel.lastPosted!.diagnostics.some((d) => d.rule === 'DD-02' && d.severity === 'error'),
      'the DD-02 error is posted',
    );
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('Kính gửi'));
    let col = 0;
    for (const ch of 'Đoạn gõ thêm.') {
      await editor.edit((b) => b.insert(new vscode.Position(line, col), ch)); // keystroke by keystroke
      col += ch.length;
    }
    await editor.edit((b) => b.insert(new vscode.Position(line, 'Đoạn gõ thêm.'.length), '\n\n'));
    const r = await drawn((r) => r.version === editor.document.version, 'the page redrawn after typing');
    assert.ok(r.text.includes('Đoạn gõ thêm.'), `the typed text is on the page: ${r.text.slice(0, 400)}`);
    assert.ok(r.version > first.version);
  });

  it('follows the cursor, and a click on the page moves the cursor to the source', async () => {
    const a = await api();
    const editor = await open(file(GOOD));
    await vscode.commands.executeCommand('vanthu.preview');
    const panel = a.preview();
    await drawn((r) => r.version === editor.document.version, 'the first drawing');
    const text = editor.document.getText();
    const at = text.indexOf('Nơi nhận');
    editor.selection = new vscode.Selection(editor.document.positionAt(at + 2), editor.document.positionAt(at + 2));
    const r = await drawn(
      (r) => r.cursor != null && r.cursor <= at + 2 && r.cursor >= at - 4,
      'the part under the cursor highlighted',
    );
    assert.ok(r.cursor! >= 0);
    // a click on "Kính gửi" in the page: the webview posts its source offset
    const target = text.indexOf('Kính gửi');
    await panel.onMessage({ type: 'reveal', offset: target });
    await until(
      () => vscode.window.activeTextEditor?.selection.active,
      (p) => !!p && editor.document.offsetAt(p) === target,
      'the cursor at "Kính gửi"',
    );
  });

  it('zooms in and out', async () => {
    const a = await api();
    const editor = await open(file(GOOD));
    await vscode.commands.executeCommand('vanthu.preview');
    const panel = a.preview();
    await drawn((r) => r.version === editor.document.version, 'the first drawing');
    const z0 = panel.lastRendered!.zoom;
    await vscode.commands.executeCommand('vanthu.previewZoomIn');
    await until(
      () => panel.lastRendered?.zoom,
      (z) => !!z && z > z0,
      'zoomed in',
    );
    await vscode.commands.executeCommand('vanthu.previewZoomOut');
    await vscode.commands.executeCommand('vanthu.previewZoomOut');
    await until(
      () => panel.lastRendered?.zoom,
      (z) => !!z && z < z0,
      'zoomed out',
    );
  });

  it('"Xuất .docx" writes an A4, Times New Roman .docx beside the draft with the letter\'s words', async () => {
    await api();
    const editor = await open(file(GOOD));
    const res = await vscode.commands.executeCommand<ExportResult>('vanthu.exportDocx', {
      uri: editor.document.uri.toString(),
      overwrite: true,
    });
    assert.ok(res?.ok, JSON.stringify(res));
    assert.equal(
      vscode.Uri.file(res.path).toString(),
      vscode.Uri.joinPath(file(GOOD), '..', 'so-125-UBND-VP-to-chuc-tong-ve-sinh-moi.docx').toString(),
    );
    const zip = readFileSync(res.path);
    const body = zipEntry(zip, 'word/document.xml');
    const styles = zipEntry(zip, 'word/styles.xml');
    assert.ok(body && styles, 'document.xml and styles.xml');
    assert.match(body, /<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"|<w:pgSz[^>]*w:h="16838"[^>]*w:w="11906"/, 'A4');
    assert.match(styles + body, /Times New Roman/);
    const words = body.replace(/<[^>]+>/g, ' ');
    for (const w of ['ỦY BAN NHÂN DÂN', 'Kính gửi', 'Nơi nhận', 'hưởng ứng Ngày Nước thế giới'])
      assert.ok(words.replace(/\s+/g, ' ').includes(w), `"${w}" in the .docx`);
  });
});
