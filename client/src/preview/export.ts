// "Xuất .docx" / "Xuất PDF": the server lays the letter out and writes the file beside the draft; this side asks what
// only the user can answer (overwrite? export a final letter with errors? where, for an unsaved draft?).
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_REQUEST,
  PREVIEW_REQUEST,
  type ExportFormat,
  type ExportParams,
  type ExportResult,
  type PreviewDoc,
} from '../../../server/src/lsp/previewProtocol';

/** Arguments of the export commands: a URI (explorer/editor menus), or options (tests, keybindings). */
export type ExportArg =
  vscode.Uri | string | { uri?: string; target?: string; overwrite?: boolean; force?: boolean } | undefined;

export async function exportDocument(
  client: LanguageClient | undefined,
  format: ExportFormat,
  arg: ExportArg,
  fallback?: vscode.Uri,
): Promise<ExportResult | undefined> {
  const opts = typeof arg === 'object' && !(arg instanceof vscode.Uri) ? arg : {};
  const uri =
    arg instanceof vscode.Uri
      ? arg
      : typeof arg === 'string'
        ? vscode.Uri.parse(arg)
        : opts.uri
          ? vscode.Uri.parse(opts.uri)
          : (activeMarkdown() ?? fallback);
  if (!uri) {
    vscode.window.showInformationMessage(t('Open a Markdown letter first.'));
    return undefined;
  }
  if (!client?.isRunning()) {
    vscode.window.showWarningMessage(t('The Văn Thư server is not running.'));
    return undefined;
  }
  await vscode.workspace.openTextDocument(uri); // the server exports what it has open
  const params: ExportParams = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(uri) },
    format,
    target: opts.target,
    overwrite: opts.overwrite,
    force: opts.force,
  };
  for (let attempt = 0; attempt < 4; attempt++) {
    const res = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: t('Văn Thư: exporting…') },
      () => client.sendRequest<ExportResult>(EXPORT_REQUEST, params),
    );
    if (res.ok) {
      announce(res.path, res.note);
      return res;
    }
    if (res.reason === 'exists') {
      const overwrite = t('Overwrite');
      if ((await vscode.window.showWarningMessage(res.message, { modal: true }, overwrite)) !== overwrite) return res;
      params.overwrite = true;
    } else if (res.reason === 'errors') {
      const anyway = t('Export anyway');
      if ((await vscode.window.showWarningMessage(res.message, { modal: true }, anyway)) !== anyway) return res;
      params.force = true;
    } else if (res.reason === 'no-target') {
      const doc = await client.sendRequest<PreviewDoc | null>(PREVIEW_REQUEST, { textDocument: params.textDocument });
      const base = vscode.workspace.workspaceFolders?.[0]?.uri;
      const name = `${doc?.exportName || 'van-ban'}.${format}`;
      const picked = await vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
        filters: filters(format),
      });
      if (!picked) return res;
      params.target = picked.fsPath;
      params.overwrite = true; // the save dialog asked already
    } else {
      vscode.window.showErrorMessage(res.message);
      return res;
    }
  }
  return undefined;
}

function activeMarkdown(): vscode.Uri | undefined {
  const d = vscode.window.activeTextEditor?.document;
  return d?.languageId === 'markdown' ? d.uri : undefined;
}

function filters(format: ExportFormat): Record<string, string[]> {
  if (format === 'docx') return { Word: ['docx'] };
  if (format === 'pdf') return { PDF: ['pdf'] };
  return { HTML: ['html'] };
}

function announce(path: string, note?: string): void {
  const file = vscode.Uri.file(path);
  const openFolder = t('Open Folder');
  const openFile = t('Open File');
  const name = path.replace(/^.*[\\/]/, '');
  const text = t('Exported {0}.', name) + (note ? ` ${note}` : '');
  void vscode.window.showInformationMessage(text, openFolder, openFile).then(async (picked) => {
    if (picked === openFolder) {
      // on a remote (code-server, SSH) the OS file manager is the other machine's: show the file in the Explorer
      await vscode.commands.executeCommand(vscode.env.remoteName ? 'revealInExplorer' : 'revealFileInOS', file);
    } else if (picked === openFile) {
      await vscode.env.openExternal(file);
    }
  });
}
