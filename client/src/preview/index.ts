// The preview and export commands (ids and titles in package.json).
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportDocument, type ExportArg } from './export';
import { isLetterDocument, PreviewPanel } from './panel';

export const PREVIEW_COMMANDS = [
  'vanthu.preview',
  'vanthu.exportDocx',
  'vanthu.exportPdf',
  'vanthu.previewZoomIn',
  'vanthu.previewZoomOut',
];

export function registerPreview(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  output: vscode.LogOutputChannel,
): PreviewPanel {
  const panel = new PreviewPanel(context, client, output);
  context.subscriptions.push(panel);
  const reg = (id: string, fn: (...args: never[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('vanthu.preview', async (uri?: vscode.Uri) => {
    const doc =
      uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!doc || !isLetterDocument(doc)) {
      vscode.window.showInformationMessage(t('Open a Markdown letter first.'));
      return;
    }
    await panel.show(doc);
  });
  reg('vanthu.exportDocx', (arg?: ExportArg) => exportDocument(client(), 'docx', arg, panel.documentUri));
  reg('vanthu.exportPdf', (arg?: ExportArg) => exportDocument(client(), 'pdf', arg, panel.documentUri));
  reg('vanthu.previewZoomIn', () => panel.zoom('in'));
  reg('vanthu.previewZoomOut', () => panel.zoom('out'));
  return panel;
}
