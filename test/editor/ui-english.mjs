#!/usr/bin/env node
// English by setting, with the packaged extension: the status-bar menu's "English" sets vanthu.locale = en, Văn Thư
// offers to reload, and after the reload the command titles are English too (the installed package.nls.json is
// replaced by l10n/package.nls.en.json), as are the Problems. Screenshot: test-output/vscode-en/.
//
//   node test/editor/ui-english.mjs --vsix vanthu.vsix
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchVSCode, repoRoot } from './code-server.mjs';

const t0 = Date.now();
const args = process.argv.slice(2);
const vsix = path.resolve(args[args.indexOf('--vsix') + 1] ?? 'vanthu.vsix');
const outDir = path.join(repoRoot, 'test-output', 'vscode-en');
const say = (s) => console.log(`[ui-english] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${s}`);
const ws = mkdtempSync(path.join(tmpdir(), 'vanthu-ui-en-'));
cpSync(path.join(repoRoot, 'test/editor/workspace'), ws, { recursive: true });
mkdirSync(outDir, { recursive: true });
let vs;
let failed = false;
const killer = setTimeout(
  async () => {
    console.error('[ui-english] TIMEOUT');
    await vs?.page.screenshot({ path: path.join(outDir, 'timeout.png') }).catch(() => {});
    await vs?.close().catch(() => {});
    process.exit(1);
  },
  Number(process.env.VANTHU_UI_TIMEOUT_MS || 150000),
);

try {
  vs = await launchVSCode({ folder: ws, vsix });
  const { page } = vs;
  const input = page.locator('.quick-input-widget input');
  const palette = async (text, re) => {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      try {
        await input.waitFor({ timeout: 3000 });
        await input.fill(`>${text}`);
        await page.waitForFunction(
          ([src]) =>
            [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')].some((r) =>
              new RegExp(src, 'u').test(r.textContent),
            ),
          [re.source],
          { timeout: 5000 },
        );
        return;
      } catch {
        // still starting
      }
    }
    throw new Error(`no palette row ${re} for "${text}"`);
  };
  await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
  await palette('van thu', /Văn Thư: Soạn văn bản mới/);
  say('Vietnamese command titles by default');
  await palette('trinh don', /Văn Thư: Trình đơn Văn Thư/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => document.querySelector('.quick-input-widget .quick-input-list')?.textContent.includes('English'),
    null,
    { timeout: 10000 },
  );
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'English' }).first().click();
  const reload = page.locator('.notifications-toasts .monaco-button', { hasText: 'Reload Window' });
  await reload.first().waitFor({ timeout: 15000 });
  say('"Reload the window …" offered in English');
  await reload.first().click();
  // VS Code may show the cached manifest once more; Văn Thư then offers the reload again
  for (let i = 0; i < 2; i++) {
    await page.waitForTimeout(3000);
    await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
    await page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: 'cong-van.md' })
      .first()
      .dblclick()
      .catch(() => {});
    const again = await reload
      .first()
      .waitFor({ timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    if (!again) break;
    say("reload offered again (VS Code's manifest cache)");
    await reload.first().click();
  }
  await palette('new letter', /Văn Thư: New Letter…/);
  say('after the reload the command titles are English');
  await page.screenshot({ path: path.join(outDir, 'palette-en.png') });
} catch (e) {
  failed = true;
  console.error(`[ui-english] FAILED: ${e.stack || e}`);
  await vs?.page.screenshot({ path: path.join(outDir, 'failure.png') }).catch(() => {});
} finally {
  clearTimeout(killer);
  await vs?.close().catch(() => {});
  rmSync(ws, { recursive: true, force: true });
}
say(failed ? 'FAIL' : 'PASS');
process.exit(failed ? 1 : 0);
