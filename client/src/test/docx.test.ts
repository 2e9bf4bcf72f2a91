// Word files in a real VS Code: a .docx opened in a tab gets read-only findings at its paragraphs in Problems, and
// "Văn Thư: Mở dưới dạng Markdown" opens its Markdown beside it; check-workspace includes .docx letters.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, codeOf, describeDiags, file, ours, until, waitForDiagnostics } from './helpers';
import { seedAsTemplate } from '../../../test/helpers/docx';

describe('Văn Thư and Word files in VS Code', function () {
  this.timeout(60_000);
  let uri: vscode.Uri;
  before(async () => {
    await api();
    uri = file('cong-van-word.docx');
    await vscode.workspace.fs.writeFile(uri, seedAsTemplate());
  });
  afterEach(closeAll);

  it('opening a .docx shows its findings at the paragraph, with the table cell and the first words', async () => {
    await vscode.commands.executeCommand('vscode.open', uri);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'SKH-05'), 'SKH-05 in the Word file');
    const d = ds.find((x) => codeOf(x) === 'SKH-05')!;
    assert.equal(d.range.start.line, 3, describeDiags(ds));
    // the display language of the test VS Code decides vi or en
    assert.match(d.message, /^(đoạn|paragraph) 4 \((bảng|table) 1, (ô|cell) 1\): .* — «Số: \/UBND»$/);
    await closeAll();
    await until(
      () => ours(uri).length,
      (n) => n === 0,
      'findings cleared when the tab closes',
    );
  });

  it('"Mở dưới dạng Markdown" opens the imported Markdown in a new unsaved editor', async () => {
    await vscode.commands.executeCommand('vscode.open', uri);
    await vscode.commands.executeCommand('vanthu.openDocxAsMarkdown');
    const editor = await until(
      () => vscode.window.activeTextEditor,
      (e) => !!e && e.document.isUntitled && e.document.languageId === 'markdown',
      'an untitled Markdown editor',
    );
    assert.match(editor!.document.getText(), /^\*\*ỦY BAN NHÂN DÂN\*\* {2}\n\*\*THỊ XÃ ĐỨC PHỐ\*\*\n\nSố: \/UBND/);
  });

  it('vanthu.checkWorkspace includes Word letters', async () => {
    await vscode.commands.executeCommand('vanthu.checkWorkspace');
    await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'VD-01' && /^(đoạn|paragraph) 14: /.test(x.message)),
      'VD-01 in the unopened Word file',
    );
  });
});
