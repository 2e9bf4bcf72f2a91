// Reading and writing the "vanthu" settings.
import * as vscode from 'vscode';

export type Mode = 'draft' | 'final';
export const SECTION = 'vanthu';

export function getMode(scope?: vscode.ConfigurationScope): Mode {
  return vscode.workspace.getConfiguration(SECTION, scope).get<Mode>('mode', 'draft') === 'final' ? 'final' : 'draft';
}

/** Writes vanthu.mode where it is already set (folder/workspace), else in the workspace, else globally. */
export async function setMode(mode: Mode): Promise<void> {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const info = cfg.inspect<Mode>('mode');
  let target = vscode.ConfigurationTarget.Global;
  if (info?.workspaceFolderValue !== undefined) target = vscode.ConfigurationTarget.WorkspaceFolder;
  else if (info?.workspaceValue !== undefined || vscode.workspace.workspaceFolders?.length) target = vscode.ConfigurationTarget.Workspace;
  await cfg.update('mode', mode, target);
}

/** Display language for the server's messages: the setting, else VS Code's UI language. */
export function getLocale(): string {
  const l = vscode.workspace.getConfiguration(SECTION).get<string>('locale', 'auto');
  return !l || l === 'auto' ? vscode.env.language : l;
}

const SETTING_KEYS = ['mode', 'rules', 'profile', 'include', 'exclude', 'locale', 'codeLens', 'registry', 'citationUrlTemplate', 'citationLens'] as const;

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
    const v = i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && (key === 'include' || key === 'exclude')) continue;
    out[key] = v;
  }
  if (out.locale === 'auto') delete out.locale;
  if (out.locale === undefined) out.locale = vscode.env.language;
  return out;
}
