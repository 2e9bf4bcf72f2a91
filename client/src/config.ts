// Reading and writing the "vanthu" settings.
import * as vscode from 'vscode';
import { lang, t } from './i18n';

export type Mode = 'draft' | 'final';
export const SECTION = 'vanthu';

export function getMode(scope?: vscode.ConfigurationScope): Mode {
  return vscode.workspace.getConfiguration(SECTION, scope).get<Mode>('mode', 'draft') === 'final' ? 'final' : 'draft';
}

/**
 * Where a setting of `key` should go: asks "this folder" or "all folders (user settings)" when a folder is open,
 * preselecting where the value already is; undefined when the user cancels. Never writes into a folder unasked.
 */
export async function pickTarget(
  key: string,
  scope?: vscode.ConfigurationScope,
): Promise<vscode.ConfigurationTarget | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) return vscode.ConfigurationTarget.Global;
  const info = vscode.workspace.getConfiguration(SECTION, scope).inspect(key);
  const inFolder = info?.workspaceFolderValue !== undefined || info?.workspaceValue !== undefined;
  const items = [
    {
      label: t('All my folders (user settings)'),
      description: inFolder ? '' : t('current'),
      target: vscode.ConfigurationTarget.Global,
    },
    {
      label: t('This folder only (.vscode/settings.json)'),
      description: inFolder ? t('current') : '',
      target: vscode.ConfigurationTarget.Workspace,
    },
  ];
  if (inFolder) items.reverse();
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: t('Where should Văn Thư save this setting?'),
  });
  return picked?.target;
}

/** Sets vanthu.mode where the user chooses (see pickTarget); false when cancelled. */
export async function setMode(mode: Mode, target?: vscode.ConfigurationTarget): Promise<boolean> {
  target ??= await pickTarget('mode');
  if (target === undefined) return false;
  await vscode.workspace.getConfiguration(SECTION).update('mode', mode, target);
  return true;
}

/** Language of the server's messages: `vanthu.locale`, Vietnamese unless set to English. */
export function getLocale(): string {
  return lang();
}

const SETTING_KEYS = [
  'mode',
  'rules',
  'profile',
  'include',
  'exclude',
  'locale',
  'codeLens',
  'registry',
  'citationUrlTemplate',
  'citationLens',
] as const;

/**
 * The "vanthu" settings the user actually set, for the server. VS Code fills unset settings with type defaults
 * ([] for an array, {} for an object); sent as they are, an empty `include` would exclude every file and a
 * default `mode` would hide the `.vanthurc.json`'s. In an untrusted workspace VS Code already drops the
 * workspace values of the restricted settings (package.json capabilities.untrustedWorkspaces).
 */
export function explicitSettings(scope?: vscode.ConfigurationScope | null): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope ?? undefined);
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const i = cfg.inspect(key);
    if (!i) continue;
    const v =
      i.workspaceFolderLanguageValue ??
      i.workspaceLanguageValue ??
      i.globalLanguageValue ??
      i.workspaceFolderValue ??
      i.workspaceValue ??
      i.globalValue;
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && (key === 'include' || key === 'exclude')) continue;
    out[key] = v;
  }
  out.locale = lang();
  return out;
}
