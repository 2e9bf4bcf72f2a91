// Word files in VS Code: a .docx open in a tab is linted by the server (read-only findings in Problems, at the
// paragraph), and "Văn Thư: Mở dưới dạng Markdown" opens its Markdown in a new unsaved editor beside it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './i18n';

const OPEN = 'vanthu/docx/open';
const CLOSE = 'vanthu/docx/close';
const IMPORT = 'vanthu/docx/import';
export const OPEN_AS_MARKDOWN = 'vanthu.openDocxAsMarkdown';

const isDocx = (u: vscode.Uri | undefined): u is vscode.Uri => !!u && u.scheme === 'file' && /\.docx$/i.test(u.path);
const tabUri = (t: vscode.Tab): vscode.Uri | undefined => {
  const input = t.input as { uri?: vscode.Uri } | undefined;
  return input?.uri instanceof vscode.Uri ? input.uri : undefined;
};
const openDocx = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map(tabUri)).filter(isDocx);

export function registerDocx(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const shown = new Set<string>();
  const sync = () => {
    const c = client();
    if (!c?.isRunning()) return;
    const now = new Set(openDocx().map((u) => u.toString()));
    for (const u of now) if (!shown.has(u)) void c.sendNotification(OPEN, { uri: u });
    for (const u of shown) if (!now.has(u)) void c.sendNotification(CLOSE, { uri: u });
    shown.clear();
    for (const u of now) shown.add(u);
  };
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs(sync),
    // a Word file saved again (from Word) is read again
    vscode.workspace.createFileSystemWatcher('**/*.docx').onDidChange((u) => {
      if (shown.has(u.toString())) void client()?.sendNotification(OPEN, { uri: u.toString() });
    }),
    vscode.commands.registerCommand(OPEN_AS_MARKDOWN, (arg?: vscode.Uri) => openAsMarkdown(client, arg)),
  );
  // the server may start after the first tabs opened
  const timer = setInterval(() => {
    if (client()?.isRunning()) {
      clearInterval(timer);
      shown.clear();
      sync();
    }
  }, 500);
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
}

async function openAsMarkdown(
  client: () => LanguageClient | undefined,
  arg?: vscode.Uri,
): Promise<vscode.TextEditor | undefined> {
  const active = vscode.window.tabGroups.activeTabGroup.activeTab;
  const uri = isDocx(arg) ? arg : active ? tabUri(active) : undefined;
  if (!isDocx(uri)) {
    void vscode.window.showInformationMessage(t('Open a Word (.docx) file first.'));
    return undefined;
  }
  const c = client();
  if (!c?.isRunning()) {
    void vscode.window.showWarningMessage(t('The Văn Thư server is not running.'));
    return undefined;
  }
  const r = await c.sendRequest<{ markdown?: string; notes?: string[]; error?: string }>(IMPORT, {
    uri: uri.toString(),
  });
  if (r.error !== undefined || r.markdown === undefined) {
    void vscode.window.showErrorMessage(t('Cannot read {0}: {1}', vscode.workspace.asRelativePath(uri), r.error ?? ''));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
  if (r.notes?.length) void vscode.window.showInformationMessage(r.notes.join(' '));
  return editor;
}
