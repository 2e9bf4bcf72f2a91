// The commands of the extension (ids and titles in package.json).
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { getMode, setMode, type Mode } from './config';
import { t } from './i18n';
import { configureRules, showMenu, WALKTHROUGH } from './menu';
import { newLetter } from './newLetter';
import { setupAgency, type SetupAnswers } from './profile';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('vanthu');

/** Commands the extension registers itself; the server's commands of the same id are called through these. */
export const CLIENT_COMMANDS = [
  'vanthu.newLetter',
  'vanthu.fixAll',
  'vanthu.checkWorkspace',
  'vanthu.toggleMode',
  'vanthu.setMode',
  'vanthu.setupAgency',
  'vanthu.configureRules',
  'vanthu.menu',
  'vanthu.getStarted',
  'vanthu.showRule',
  'vanthu.showOutput',
  'vanthu.restartServer',
];

export interface Ctx {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  client(): LanguageClient | undefined;
  serverCommands(): Set<string>;
  restart(): Promise<void>;
}

export function registerCommands(ctx: Ctx): void {
  const reg = (id: string, fn: (...args: never[]) => unknown) =>
    ctx.context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('vanthu.newLetter', (type?: string) => newLetter(ctx.context, typeof type === 'string' ? type : undefined));
  reg('vanthu.fixAll', (uri?: vscode.Uri | string) => fixAll(ctx, uri));
  reg('vanthu.checkWorkspace', () => checkWorkspace(ctx));
  reg('vanthu.toggleMode', (target?: vscode.ConfigurationTarget) =>
    setMode(getMode() === 'draft' ? 'final' : 'draft', target),
  );
  reg('vanthu.setMode', async (mode?: Mode, target?: vscode.ConfigurationTarget) => {
    if (mode !== 'draft' && mode !== 'final') {
      const picked = await vscode.window.showQuickPick(
        [
          {
            label: t('draft'),
            description: t('blank number, date and signer name are information'),
            mode: 'draft' as const,
          },
          {
            label: t('final'),
            description: t('blank number, date and signer name are errors'),
            mode: 'final' as const,
          },
        ],
        { placeHolder: t('Checking mode (current: {0})', getMode() === 'final' ? t('final') : t('draft')) },
      );
      if (!picked) return;
      mode = picked.mode;
    }
    return setMode(mode, target);
  });
  reg('vanthu.setupAgency', (answers?: SetupAnswers) =>
    setupAgency(answers && typeof answers === 'object' && !(answers instanceof vscode.Uri) ? answers : undefined),
  );
  reg('vanthu.configureRules', () => configureRules());
  reg('vanthu.menu', () => showMenu());
  // "Xem quy tắc" in a hover: the README bundled in the extension, rendered by VS Code's Markdown preview at the rule's
  // anchor
  reg('vanthu.showRule', (id?: string) =>
    vscode.commands.executeCommand(
      'markdown.showPreview',
      vscode.Uri.joinPath(ctx.context.extensionUri, 'README.md').with({
        fragment: typeof id === 'string' ? id.toLowerCase() : '',
      }),
    ),
  );
  reg('vanthu.getStarted', () =>
    vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
  );
  reg('vanthu.showOutput', () => ctx.output.show(true));
  reg('vanthu.restartServer', () => ctx.restart());
}

function toUri(uri?: vscode.Uri | string): vscode.Uri | undefined {
  if (typeof uri === 'string') return vscode.Uri.parse(uri);
  return uri ?? vscode.window.activeTextEditor?.document.uri;
}

/** Applies the server's "fix all" code action (source.fixAll.vanthu) to a document; falls back to the server
 * command. */
async function fixAll(ctx: Ctx, arg?: vscode.Uri | string): Promise<boolean> {
  const uri = toUri(arg);
  if (!uri) {
    vscode.window.showInformationMessage(t('Open a Markdown letter first.'));
    return false;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
      FIX_ALL_KIND.value,
    )) ?? [];
  const mine = actions.filter((a) => a.kind && FIX_ALL_KIND.contains(a.kind));
  let applied = false;
  for (const a of mine) {
    if (a.edit) applied = (await vscode.workspace.applyEdit(a.edit)) || applied;
    if (a.command) {
      await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments ?? []));
      applied = true;
    }
  }
  if (!mine.length && ctx.serverCommands().has('vanthu.fixAll')) {
    await ctx
      .client()
      ?.sendRequest(ExecuteCommandRequest.type, { command: 'vanthu.fixAll', arguments: [uri.toString(), doc.version] });
    applied = true;
  }
  if (!applied) vscode.window.setStatusBarMessage(t('Văn Thư: nothing to fix automatically.'), 3000);
  return applied;
}

async function checkWorkspace(ctx: Ctx): Promise<void> {
  const client = ctx.client();
  if (!client || !ctx.serverCommands().has('vanthu.checkWorkspace')) {
    vscode.window.showWarningMessage(t('The Văn Thư server does not support checking the workspace.'));
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: t('Văn Thư: checking the workspace…') },
    () => client.sendRequest(ExecuteCommandRequest.type, { command: 'vanthu.checkWorkspace', arguments: [] }),
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}
