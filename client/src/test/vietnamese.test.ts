// What a Vietnamese drafter sees with default settings in a VS Code whose display language is English:
// Vietnamese diagnostics, command titles and status bar; the agency set up once and used by New Letter; settings
// written only where the user chooses; no bracket error on the points "a)".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { ConfigSchema } from '../../../schemas/config';
import { exists } from '../newLetter';
import { api, closeAll, codeOf, file, folder, open, readFile, until, waitForDiagnostics } from './helpers';

/** A letter with a Vietnamese diacritic (the English messages have none but in quoted Vietnamese words). */
const VIET = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const ENGLISH = /\b(the|must|should|is|are|of|with)\b/;

describe('Vietnamese by default, set up in a minute', function () {
  this.timeout(60_000);
  before(() => api());
  afterEach(closeAll);

  it('the display language is English, yet diagnostics, quick fixes and hovers are Vietnamese', async () => {
    assert.match(vscode.env.language, /^en/, 'the test runs the English display language, as Vietnamese users have');
    assert.equal(
      vscode.workspace.getConfiguration('vanthu').inspect('locale')?.globalValue,
      undefined,
      'default settings',
    );
    const { document } = await open(file('loi-ngay-thang.md'));
    const ds = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'DD-02'), 'DD-02');
    for (const d of ds) {
      assert.match(d.message, VIET, `Vietnamese message: ${d.message}`);
      assert.doesNotMatch(d.message, ENGLISH, `no English: ${d.message}`);
    }
    const dd = ds.find((d) => codeOf(d) === 'DD-02' && d.severity === vscode.DiagnosticSeverity.Error)!;
    const actions = await until(
      () =>
        vscode.commands
          .executeCommand<vscode.CodeAction[]>(
            'vscode.executeCodeActionProvider',
            document.uri,
            dd.range,
            vscode.CodeActionKind.QuickFix.value,
          )
          .then(
            (x) => x,
            () => [],
          ),
      (x) => x.length > 0,
      'quick fixes of DD-02',
    );
    for (const a of actions.filter((a) => a.kind?.value.startsWith('quickfix')))
      assert.doesNotMatch(a.title, ENGLISH, `quick fix title: ${a.title}`);
    const hovers = await until(
      () =>
        vscode.commands
          .executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, dd.range.start)
          .then(
            (x) => x,
            () => [],
          ),
      (x) => x.length > 0,
      'a hover on DD-02',
    );
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, VIET, hoverText);
    assert.doesNotMatch(hoverText, /Default severity|Provision|Documentation/, hoverText);
  });

  it('command titles and setting descriptions are Vietnamese (package.nls.json)', async () => {
    const pkg = vscode.extensions.getExtension('vanthu.vanthu')!.packageJSON;
    const titles = pkg.contributes.commands.map((c: { title: string | { value: string } }) =>
      typeof c.title === 'string' ? c.title : c.title.value,
    );
    assert.ok(titles.includes('Kiểm tra toàn bộ thư mục'), titles.join(' | '));
    assert.ok(titles.includes('Thiết lập cơ quan…'), titles.join(' | '));
    for (const title of titles) assert.doesNotMatch(title, /^%/, `a resolved title: ${title}`);
    assert.match(pkg.contributes.configuration.properties['vanthu.mode'].markdownDescription, /Chế độ kiểm tra/);
    assert.equal(pkg.contributes.configuration.properties['vanthu.locale'].default, 'vi');
  });

  it('letters get no bracket error on "a)": bracket colourisation is off for Markdown by a language default', () => {
    const md = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    assert.equal(md.get('bracketPairColorization.enabled'), false);
    assert.equal(
      md.inspect('bracketPairColorization.enabled')?.globalLanguageValue,
      undefined,
      'a contributed default, not a user setting',
    );
    assert.equal(
      vscode.workspace.getConfiguration('editor', { languageId: 'typescript' }).get('bracketPairColorization.enabled'),
      true,
      'other languages keep it',
    );
  });

  async function newLetterFrom(profile: Record<string, unknown>, type: string) {
    const rc = vscode.Uri.joinPath(folder(), '.vanthurc.yaml');
    assert.equal(await exists(rc), false);
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('vanthu.setupAgency', {
        ...profile,
        confirm: true,
      });
      assert.equal(written.toString(), rc.toString());
      const config = ConfigSchema.parse(parse(await readFile(rc)));
      assert.deepEqual(config.profile, profile);
      const editor = await vscode.commands.executeCommand<vscode.TextEditor>('vanthu.newLetter', type);
      const report = await (
        await api()
      )
        .client()!
        .sendRequest<{ items?: { severity?: number; code?: unknown; message: string }[] }>('textDocument/diagnostic', {
          textDocument: { uri: editor.document.uri.toString() },
        });
      assert.deepEqual(
        (report.items ?? []).filter((d) => (d.severity ?? 1) <= 2).map((d) => `${String(d.code)} ${d.message}`),
        [],
        'the new letter lints clean',
      );
      return editor;
    } finally {
      await vscode.workspace.fs.delete(rc).then(undefined, () => {});
    }
  }
  const now = new Date();
  const dateLine = (place: string) => {
    const month = now.getMonth() + 1 < 3 ? `0${now.getMonth() + 1}` : String(now.getMonth() + 1);
    return new RegExp(
      `^${place}, ngày ${String(now.getDate()).padStart(2, '0')} tháng ${month} năm ${now.getFullYear()}$`,
      'm',
    );
  };

  it('"Thiết lập cơ quan" writes a valid .vanthurc.yaml; New Letter fills the header from it, names the tab, lints clean', async () => {
    const editor = await newLetterFrom(
      {
        parentName: 'UBND TỈNH QUẢNG NGÃI',
        issuerName: 'SỞ TÀI CHÍNH',
        place: 'Quảng Ngãi',
        issuerCode: 'STC',
        unitCodes: ['VP'],
        signing: 'thu-truong',
      },
      'Giấy mời',
    );
    const doc = editor.document;
    const text = doc.getText();
    assert.ok(text.startsWith('**UBND TỈNH QUẢNG NGÃI  \nSỞ TÀI CHÍNH**\n'), text.slice(0, 120));
    assert.match(text, dateLine('Quảng Ngãi'));
    assert.match(text, /^Số: \/GM-STC$/m);
    assert.equal(doc.uri.scheme, 'untitled');
    assert.match(
      doc.uri.path,
      new RegExp(`/giay-moi-${now.getFullYear()}-\\d\\d-\\d\\d\\.md$`),
      'named after the type and the date',
    );
    const tabLabel = vscode.window.tabGroups.activeTabGroup.activeTab?.label ?? '';
    assert.match(tabLabel, /^giay-moi-\d{4}-\d\d-\d\d\.md$/, `tab title ${tabLabel}`);
    const titleLine = text.split('\n').findIndex((l) => l === '**GIẤY MỜI**');
    const at = editor.selection.active.line;
    assert.ok(
      titleLine > 0 && at > titleLine && at <= titleLine + 2,
      `cursor on the trích yếu, at line ${at}: ${doc.lineAt(at).text}`,
    );
  });

  it('a UBND without chủ quản: the name is split after "ỦY BAN NHÂN DÂN"; the công văn lints clean', async () => {
    const editor = await newLetterFrom(
      { issuerName: 'ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ', place: 'Tịnh Khê', issuerCode: 'UBND', unitCodes: ['VP'] },
      'cv',
    );
    const text = editor.document.getText();
    assert.ok(text.startsWith('**ỦY BAN NHÂN DÂN  \nXÃ TỊNH KHÊ**\n'), text.slice(0, 120));
    assert.match(text, /^Số: \/UBND-VP$/m);
    assert.match(text, /^- Lưu: VT, VP\.$/m);
    assert.match(text, dateLine('Tịnh Khê'));
  });

  it('a mode set with a scope goes there and nowhere else', async () => {
    const settings = vscode.Uri.joinPath(folder(), '.vscode', 'settings.json');
    const before = await readFile(settings);
    const cfg = () => vscode.workspace.getConfiguration('vanthu');
    const folderValue = cfg().inspect('mode')?.workspaceValue;
    try {
      assert.equal(
        await vscode.commands.executeCommand('vanthu.setMode', 'final', vscode.ConfigurationTarget.Global),
        true,
      );
      await until(
        () => cfg().inspect('mode')?.globalValue,
        (v) => v === 'final',
        'mode final in the user settings',
      );
      assert.equal(cfg().inspect('mode')?.workspaceValue, folderValue);
      assert.equal(await readFile(settings), before, '.vscode/settings.json untouched');
    } finally {
      await cfg().update('mode', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
