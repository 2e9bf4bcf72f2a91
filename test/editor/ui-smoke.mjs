#!/usr/bin/env node
// UI smoke test in a real VS Code (code-server + headless Chromium, see code-server.mjs): opens a letter with
// errors from a copy of test/editor/workspace, waits for a squiggle in the editor and a row in the Problems
// panel, and saves a screenshot.
//
//   node test/editor/ui-smoke.mjs                     the extension under development (repo root, built)
//   node test/editor/ui-smoke.mjs --vsix vanthu.vsix  the packaged extension, installed into a fresh extensions dir
// Env: VANTHU_UI_TIMEOUT_MS (default 90000). Screenshot: test-output/ui-smoke.png (ui-smoke-vsix.png with --vsix).
import path from 'node:path';
import { quickOpen, repoRoot, runUiScenario } from './code-server.mjs';

const args = process.argv.slice(2);
const vsixIdx = args.indexOf('--vsix');
const vsix = vsixIdx >= 0 ? path.resolve(args[vsixIdx + 1]) : undefined;
const fileName = 'loi-ngay-thang.md';
const shot = path.join(repoRoot, 'test-output', vsix ? 'ui-smoke-vsix.png' : 'ui-smoke.png');

await runUiScenario(
  { name: vsix ? 'ui-smoke vsix' : 'ui-smoke', vsix, timeoutMs: 90000, failureShot: shot },
  async ({ page, say }) => {
    await quickOpen(page, fileName);
    say(`opened ${fileName}`);

    await page
      .locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning')
      .first()
      .waitFor({ timeout: 30000 });
    const squiggles = await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').count();
    say(`${squiggles} squiggle(s) in the editor`);

    await page.keyboard.press('Control+Shift+M'); // View: Problems
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ timeout: 15000 });
    const texts = await rows.allInnerTexts();
    say(`Problems panel: ${texts.length} row(s)`);
    if (!texts.some((t) => /DD-02|CK-01/.test(t)))
      throw new Error(`no DD-02/CK-01 row in the Problems panel:\n${texts.join('\n')}`);
    await page.screenshot({ path: shot });
    say(`screenshot ${path.relative(repoRoot, shot)}`);
  },
);
