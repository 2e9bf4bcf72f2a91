// Command titles and setting descriptions come from the manifest's package.nls.json, which VS Code picks by its
// display language — English for Vietnamese users, who have no language pack. So package.nls.json ships in
// Vietnamese (a copy of l10n/package.nls.vi.json) and, when the user sets `vanthu.locale: en`, the installed
// extension's copy is replaced by l10n/package.nls.en.json and the window reloaded. A development checkout is
// never rewritten (its package.nls.json is a tracked file).
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { lang, t, type Lang } from './i18n';

/** Writes the manifest strings of `want` into `extensionDir`/package.nls.json; true when the file changed. */
export function writeManifestLanguage(extensionDir: string, want: Lang): boolean {
  const target = `${extensionDir}/package.nls.json`;
  const wanted = readFileSync(`${extensionDir}/l10n/package.nls.${want}.json`, 'utf8');
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is rewritten below
  }
  if (current === wanted) return false;
  writeFileSync(target, wanted);
  return true;
}

export async function syncManifestLanguage(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Promise<void> {
  if (context.extensionMode !== vscode.ExtensionMode.Production) return;
  let changed = false;
  try {
    changed = writeManifestLanguage(context.extensionPath, lang());
  } catch (e) {
    log.warn(t('Could not switch the language of the command titles: {0}', String(e)));
    return;
  }
  if (!changed) return;
  const reload = t('Reload Window');
  const answer = await vscode.window.showInformationMessage(t('Reload the window to show the commands and settings of Văn Thư in the new language.'), reload);
  if (answer === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
}
