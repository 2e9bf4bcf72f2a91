// Runs inside a real VS Code (code-server) with the extension under development and the language server
// (server/dist/server.js). Workspace: a temporary copy of test/editor/workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CLIENT_COMMANDS } from '../commands';
import {
  api,
  closeAll,
  codeOf,
  describeDiags,
  file,
  open,
  ours,
  readFile,
  until,
  waitForDiagnostics,
  writeFile,
} from './helpers';

const BAD = 'loi-ngay-thang.md';
const GOOD = 'cong-van.md';
const has = (ds: vscode.Diagnostic[], code: string, sev?: vscode.DiagnosticSeverity) =>
  ds.some((d) => codeOf(d) === code && (sev === undefined || d.severity === sev));
const E = vscode.DiagnosticSeverity.Error;

describe('Văn Thư in VS Code', function () {
  this.timeout(60_000);
  let badText = '';
  before(async () => {
    await api();
    badText = await readFile(file(BAD));
  });
  afterEach(closeAll);

  it('activates and starts the language server', async () => {
    const a = await api();
    assert.ok(a.client()?.isRunning());
    const t = a.timings();
    console.log(
      `    activation: activate() ${t.activate.toFixed(1)} ms, language server ready ${t.serverReady?.toFixed(0)} ms after activation began`,
    );
    const cmds = await vscode.commands.getCommands(true);
    for (const c of CLIENT_COMMANDS) {
      assert.ok(cmds.includes(c), `command ${c} registered`);
    }
  });

  it('publishes diagnostics for a letter with errors', async () => {
    const { document } = await open(file(BAD));
    const ds = await waitForDiagnostics(
      document.uri,
      (d) => has(d, 'DD-02', E) && has(d, 'CK-01', E),
      'DD-02 and CK-01 errors',
    );
    const dd = ds.find((d) => codeOf(d) === 'DD-02' && d.severity === E)!;
    assert.equal(dd.range.start.line, 8, describeDiags(ds));
    assert.equal(document.getText(dd.range), '8');
    assert.equal(dd.source, 'vanthu');
  });

  it('a correct letter has no errors or warnings', async () => {
    const a = await api();
    const { document } = await open(file(GOOD));
    // a correct letter may have no diagnostics at all: ask the server directly (pull) instead of waiting for some
    const report = await a
      .client()!
      .sendRequest<{ items?: { severity?: number; code?: unknown; message: string }[] }>('textDocument/diagnostic', {
        textDocument: { uri: document.uri.toString() },
      });
    assert.deepEqual(
      (report.items ?? []).filter((d) => (d.severity ?? 1) <= 2).map((d) => `${String(d.code)} ${d.message}`),
      [],
    );
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      document.uri,
    );
    assert.ok(symbols.length > 0, 'recognised as a letter');
    assert.deepEqual(
      ours(document.uri)
        .filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning)
        .map((d) => `${codeOf(d)} ${d.message}`),
      [],
    );
  });

  it('a quick fix changes the document as expected', async () => {
    const { document } = await open(file(BAD));
    const ds = await waitForDiagnostics(document.uri, (d) => has(d, 'DD-02', E), 'DD-02');
    const dd = ds.find((d) => codeOf(d) === 'DD-02' && d.severity === E)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      dd.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => (a.edit || a.command) && a.kind?.value === 'quickfix' && /"08"/.test(a.title));
    assert.ok(fix, `a DD-02 quick fix among: ${actions.map((a) => `${a.title} [${a.kind?.value}]`).join(' | ')}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.match(document.lineAt(8).text, /ngày 08 tháng 03 năm 2024/);
    await waitForDiagnostics(
      document.uri,
      (d) => !has(d, 'DD-02', E) && has(d, 'CK-01', E),
      'the DD-02 error gone after the fix',
    );
  });

  it('fixes everything on save (editor.codeActionsOnSave: source.fixAll.vanthu)', async () => {
    const uri = await writeFile('luu-tu-sua.md', badText);
    const editor = await open(uri);
    await waitForDiagnostics(uri, (d) => has(d, 'DD-02', E), 'DD-02 before saving');
    await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), '\n'));
    assert.ok(editor.document.isDirty);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = await until(
      () => readFile(uri),
      (t) => t.includes('ngày 08 tháng 3 năm 2024'),
      'the fixed date on disk',
    );
    assert.match(saved, /^\*\*KT\. CHỦ TỊCH {2}$/m, 'CK-01 fixed too');
    assert.equal(editor.document.isDirty, false);
    await waitForDiagnostics(uri, (d) => !d.some((x) => x.severity === E), 'no errors after fix-all');
  });

  it('the command vanthu.fixAll fixes the active document', async () => {
    const uri = await writeFile('lenh-sua-tat-ca.md', badText);
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => has(d, 'DD-02', E), 'DD-02');
    await vscode.commands.executeCommand('vanthu.fixAll');
    await until(
      () => document.getText(),
      (t) => t.includes('ngày 08 tháng 3 năm 2024') && t.includes('KT. CHỦ TỊCH'),
      'fixed text',
    );
  });

  it('a contributed snippet inserts a whole-letter skeleton', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Công văn' });
    const text = await until(
      () => doc.getText(),
      (t) => t.length > 200,
      'the snippet text',
    );
    assert.ok(text.startsWith('**ỦY BAN NHÂN DÂN  \nXÃ SƠN TỊNH**'), text.slice(0, 80));
    assert.match(text, /^Số: \/UBND-VP$/m);
    const now = new Date();
    const month = now.getMonth() + 1;
    const expectedMonth = month <= 2 ? `0${month}` : String(month);
    assert.match(
      text,
      new RegExp(
        `^Sơn Tịnh, ngày ${String(now.getDate()).padStart(2, '0')} tháng ${expectedMonth} năm ${now.getFullYear()}$`,
        'm',
      ),
    );
    assert.match(text, /^- Lưu: VT, VP\.$/m);
    assert.ok(editor.selection.isEmpty === false || editor.selections.length >= 1, 'in snippet mode');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'diagnostics of the skeleton');
    assert.deepEqual(
      ds.filter((d) => d.severity === E).map((d) => `${codeOf(d)} ${d.message}`),
      [],
      'the skeleton has no errors',
    );
  });

  it('insertSnippet with a clause snippet body (Nơi nhận)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Nơi nhận' });
    await until(
      () => doc.getText(),
      (t) => t.includes('Lưu: VT'),
      'the Nơi nhận block',
    );
    assert.equal(doc.getText(), '**Nơi nhận:**\n\n- Như trên;\n- Chủ tịch, các PCT UBND xã;\n- Lưu: VT, VP.');
    assert.ok(editor);
  });

  it('the command vanthu.newLetter opens a new letter of the chosen type', async () => {
    await vscode.commands.executeCommand('vanthu.newLetter', 'qd');
    const editor = await until(
      () => vscode.window.activeTextEditor,
      (e) => !!e && e.document.getText().includes('**QUYẾT ĐỊNH:**'),
      'the quyết định skeleton',
    );
    assert.equal(editor!.document.languageId, 'markdown');
    assert.equal(editor!.document.uri.scheme, 'untitled');
    assert.match(editor!.document.getText(), /^Số: \/QĐ-UBND$/m);
  });

  it('completion offers the deputy titles after "KT. CHỦ TỊCH"', async () => {
    const text = (await readFile(file(GOOD))).replace('PHÓ CHỦ TỊCH**', '');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    const line = doc
      .getText()
      .split('\n')
      .findIndex((l, i, all) => i > 0 && l === '' && all[i - 1].startsWith('**KT. CHỦ TỊCH'));
    assert.ok(line > 0, 'the empty line after KT. CHỦ TỊCH');
    const list = await until(
      () =>
        vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          doc.uri,
          new vscode.Position(line, 0),
        ),
      (l) =>
        (l?.items ?? []).some((i) =>
          (typeof i.label === 'string' ? i.label : i.label.label).startsWith('PHÓ CHỦ TỊCH'),
        ),
      'PHÓ CHỦ TỊCH in the completion list',
      15_000,
    );
    assert.ok(list.items.length > 0);
  });

  it('the outline lists the parts of the letter', async () => {
    const { document } = await open(file(GOOD));
    const symbols = await until(
      () =>
        vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => (s?.length ?? 0) >= 8,
      'at least 8 parts in the outline',
    );
    const names = symbols.map((s) => s.name).join(' | ');
    for (const part of ['Kính gửi', 'Nơi nhận']) assert.ok(names.includes(part), `${part} in ${names}`);
    const body = symbols.find((s) => s.children.length >= 3);
    assert.ok(body, `the body has the numbered items as children: ${names}`);
    assert.ok(
      symbols.every((s, i) => i === 0 || s.range.start.line >= symbols[i - 1].range.start.line),
      'in document order',
    );
  });

  it('vanthu.setMode final turns a blank number into an error; draft turns it back', async () => {
    const text = (await readFile(file(GOOD))).replace('Số: 125/UBND-VP', 'Số: /UBND-VP');
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, (d) => d.length > 0 && !d.some((x) => x.severity === E), 'draft: no errors');
    try {
      await vscode.commands.executeCommand('vanthu.setMode', 'final', vscode.ConfigurationTarget.Workspace);
      assert.equal(vscode.workspace.getConfiguration('vanthu').get('mode'), 'final');
      await waitForDiagnostics(
        doc.uri,
        (d) => d.some((x) => x.severity === E && x.range.start.line === 6),
        'final: the blank number is an error',
      );
      await vscode.commands.executeCommand('vanthu.toggleMode', vscode.ConfigurationTarget.Workspace);
      assert.equal(vscode.workspace.getConfiguration('vanthu').get('mode'), 'draft');
      await waitForDiagnostics(doc.uri, (d) => !d.some((x) => x.severity === E), 'draft again: no errors');
    } finally {
      await vscode.workspace.getConfiguration('vanthu').update('mode', 'draft', vscode.ConfigurationTarget.Workspace);
    }
  });

  it('vanthu.checkWorkspace reports letters that are not open', async () => {
    const uri = await writeFile('chua-mo.md', badText);
    await vscode.commands.executeCommand('vanthu.checkWorkspace');
    await waitForDiagnostics(uri, (d) => has(d, 'DD-02', E), 'DD-02 in the unopened letter');
  });

  it('restarts the server after a crash', async () => {
    const a = await api();
    const before = (a.client() as any)?._serverProcess?.pid as number | undefined;
    assert.ok(before, 'the server process id');
    process.kill(before, 'SIGKILL');
    await until(
      () => (a.client() as any)?._serverProcess?.pid as number | undefined,
      (pid) => !!pid && pid !== before && !!a.client()?.isRunning(),
      'a new server process',
      30_000,
    );
    const uri = await writeFile('sau-khi-khoi-dong-lai.md', badText);
    await open(uri);
    await waitForDiagnostics(uri, (d) => has(d, 'DD-02', E), 'diagnostics from the restarted server');
  });

  it('vanthu.restartServer restarts it on demand', async () => {
    const a = await api();
    const old = a.client();
    await vscode.commands.executeCommand('vanthu.restartServer');
    await until(
      () => a.client(),
      (c) => !!c && c !== old && c.isRunning(),
      'a new running client',
    );
    const { document } = await open(file(BAD));
    await waitForDiagnostics(document.uri, (d) => has(d, 'CK-01', E), 'diagnostics after the restart');
    assert.ok(ours(document.uri).length > 0);
  });
});
