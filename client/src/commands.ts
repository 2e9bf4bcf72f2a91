// The commands of the extension (ids and titles in package.json).
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { getMode, setMode, type Mode } from './config';
import { loadLetterTemplates } from './letters';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vanthu');

/** Commands the extension registers itself; the server's commands of the same id are called through these. */
export const CLIENT_COMMANDS = ['vanthu.newLetter', 'vanthu.fixAll', 'vanthu.checkWorkspace', 'vanthu.toggleMode', 'vanthu.setMode', 'vanthu.showOutput', 'vanthu.restartServer'];

export interface Ctx {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  client(): LanguageClient | undefined;
  serverCommands(): Set<string>;
  restart(): Promise<void>;
}

export function registerCommands(ctx: Ctx): void {
  const reg = (id: string, fn: (...args: any[]) => unknown) => ctx.context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('vanthu.newLetter', (slug?: string) => newLetter(ctx, slug));
  reg('vanthu.fixAll', (uri?: vscode.Uri | string) => fixAll(ctx, uri));
  reg('vanthu.checkWorkspace', () => checkWorkspace(ctx));
  reg('vanthu.toggleMode', () => setMode(getMode() === 'draft' ? 'final' : 'draft'));
  reg('vanthu.setMode', async (mode?: Mode) => {
    if (mode !== 'draft' && mode !== 'final') {
      const picked = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('draft'), description: vscode.l10n.t('blank number, date and signer name are information'), mode: 'draft' as const },
          { label: vscode.l10n.t('final'), description: vscode.l10n.t('blank number, date and signer name are errors'), mode: 'final' as const },
        ],
        { placeHolder: vscode.l10n.t('Checking mode (current: {0})', getMode() === 'final' ? vscode.l10n.t('final') : vscode.l10n.t('draft')) },
      );
      if (!picked) return;
      mode = picked.mode;
    }
    await setMode(mode);
  });
  reg('vanthu.showOutput', () => ctx.output.show(true));
  reg('vanthu.restartServer', () => ctx.restart());
}

async function newLetter(ctx: Ctx, prefix?: string): Promise<vscode.TextEditor | undefined> {
  const templates = loadLetterTemplates(ctx.context);
  let t = prefix ? templates.find(x => x.prefix === prefix || x.name === prefix) : undefined;
  if (!t) {
    const picked = await vscode.window.showQuickPick(
      templates.map(x => ({ label: x.name, description: x.prefix, detail: x.description, t: x })),
      { placeHolder: vscode.l10n.t('Document type of the new letter'), matchOnDescription: true, matchOnDetail: true },
    );
    if (!picked) return undefined;
    t = picked.t;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(t.body), new vscode.Position(0, 0));
  return editor;
}

function toUri(uri?: vscode.Uri | string): vscode.Uri | undefined {
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  return uri ?? vscode.window.activeTextEditor?.document.uri;
}

/** Applies the server's "fix all" code action (source.fixAll.vanthu) to a document; falls back to the server command. */
async function fixAll(ctx: Ctx, arg?: vscode.Uri | string): Promise<boolean> {
  const uri = toUri(arg);
  if (!uri) {
    vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown letter first.'));
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, FIX_ALL_KIND.value)) ?? [];
  const mine = actions.filter(a => a.kind && FIX_ALL_KIND.contains(a.kind));
  let applied = false;
  for (const a of mine) {
    if (a.edit) applied = (await vscode.workspace.applyEdit(a.edit)) || applied;
    if (a.command) {
      await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
      applied = true;
    }
  }
  if (!mine.length && ctx.serverCommands().has('vanthu.fixAll')) {
    await ctx.client()?.sendRequest(ExecuteCommandRequest.type, { command: 'vanthu.fixAll', arguments: [uri.toString(), doc.version] });
    applied = true;
  }
  if (!applied) vscode.window.setStatusBarMessage(vscode.l10n.t('Văn Thư: nothing to fix automatically.'), 3000);
  return applied;
}

async function checkWorkspace(ctx: Ctx): Promise<void> {
  const client = ctx.client();
  if (!client || !ctx.serverCommands().has('vanthu.checkWorkspace')) {
    vscode.window.showWarningMessage(vscode.l10n.t('The Văn Thư server does not support checking the workspace.'));
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Văn Thư: checking the workspace…') },
    () => client.sendRequest(ExecuteCommandRequest.type, { command: 'vanthu.checkWorkspace', arguments: [] }),
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
