// The files of the installed extension that carry its language (see manifestLanguage.ts); no vscode import, so
// the swap is tested in plain Node (test/extension-manifest.test.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Lang } from './i18n';

/** Writes `text` to `target` unless it holds it already; true when the file changed. */
function replaceFile(target: string, text: string): boolean {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is written below
  }
  if (current === text) return false;
  writeFileSync(target, text);
  return true;
}

/**
 * Writes the manifest strings of `want` into `extensionDir`/package.nls.json and its walkthrough pages into
 * client/walkthrough/; true when the manifest changed (the pages need no reload).
 */
export function writeManifestLanguage(extensionDir: string, want: Lang): boolean {
  const pages = `${extensionDir}/l10n/walkthrough/${want}`;
  let names: string[] = [];
  try {
    names = readdirSync(pages).filter((n) => n.endsWith('.md'));
  } catch {
    // a package without translated pages keeps its own
  }
  for (const n of names) replaceFile(`${extensionDir}/client/walkthrough/${n}`, readFileSync(`${pages}/${n}`, 'utf8'));
  return replaceFile(
    `${extensionDir}/package.nls.json`,
    readFileSync(`${extensionDir}/l10n/package.nls.${want}.json`, 'utf8'),
  );
}
