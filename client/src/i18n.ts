// The extension's own strings in the language of `vanthu.locale` — Vietnamese unless the user chose English.
// vscode.l10n follows VS Code's display language, which for Vietnamese users is English (there is no Vietnamese
// language pack), so the client does not use it. Source strings are English; l10n/bundle.l10n.vi.json translates them
// (test/extension-manifest.test.ts fails when a string of client/src lacks its translation).
import * as vscode from 'vscode';
import vi from '../../l10n/bundle.l10n.vi.json';

export type Lang = 'vi' | 'en';

/** `vanthu.locale`: "en" is English; anything else (unset, "vi", an old "auto") is Vietnamese. */
export function lang(): Lang {
  return vscode.workspace.getConfiguration('vanthu').get<string>('locale') === 'en' ? 'en' : 'vi';
}

/** `t('Checking mode (current: {0})', x)`: the message in the user's language with {n} filled in. */
export function t(message: string, ...args: (string | number)[]): string {
  const text = lang() === 'en' ? message : ((vi as Record<string, string>)[message] ?? message);
  return text.replace(/\{(\d+)\}/g, (m, i) => (args[+i] !== undefined ? String(args[+i]) : m));
}

/** Lower case without diacritics ("Giấy mời" → "giay moi"), for matching what users type without a Vietnamese
 * keyboard. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
