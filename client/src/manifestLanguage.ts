// Command titles and setting descriptions come from the manifest's package.nls.json, which VS Code picks by its
// display language — English for Vietnamese users, who have no language pack. So package.nls.json ships in
// Vietnamese (a copy of l10n/package.nls.vi.json) and, when the user sets `vanthu.locale: en`, the installed
// extension's copy is replaced by l10n/package.nls.en.json and the window reloaded. A development checkout is
// never rewritten (its package.nls.json is a tracked file). The walkthrough's pages (client/walkthrough/*.md, which
// VS Code reads by path) are swapped the same way from l10n/walkthrough/<lang>/.
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { lang, t, type Lang } from './i18n';
import { writeManifestLanguage } from './manifestFiles';

/** The language VS Code loaded the manifest in: the title of vanthu.newLetter, looked up in both bundles. */
function loadedLanguage(context: vscode.ExtensionContext): Lang | undefined {
  const cmd = (context.extension.packageJSON?.contributes?.commands ?? []).find(
    (c: { command: string }) => c.command === 'vanthu.newLetter',
  );
  const title = typeof cmd?.title === 'string' ? cmd.title : cmd?.title?.value;
  for (const l of ['vi', 'en'] as const) {
    const bundle = JSON.parse(readFileSync(`${context.extensionPath}/l10n/package.nls.${l}.json`, 'utf8')) as Record<
      string,
      string
    >;
    if (bundle['command.newLetter'] === title) return l;
  }
  return undefined;
}

export async function syncManifestLanguage(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
): Promise<void> {
  if (context.extensionMode !== vscode.ExtensionMode.Production) return;
  const want = lang();
  try {
    writeManifestLanguage(context.extensionPath, want);
  } catch (e) {
    log.warn(t('Could not switch the language of the command titles: {0}', String(e)));
    return;
  }
  // VS Code keeps a cache of the installed extensions' manifests, refreshed in the background: until it shows the
  // new strings, offer a reload (at most twice per language, so a read-only install never nags)
  if (loadedLanguage(context) === want) return;
  const key = `manifestReloads.${want}`;
  const asked = context.globalState.get<number>(key, 0);
  if (asked >= 2) return;
  await context.globalState.update(key, asked + 1);
  const reload = t('Reload Window');
  const answer = await vscode.window.showInformationMessage(
    t('Reload the window to show the commands and settings of Văn Thư in the new language.'),
    reload,
  );
  if (answer === reload) await vscode.commands.executeCommand('workbench.action.reloadWindow');
}
