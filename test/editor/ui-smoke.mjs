#!/usr/bin/env node
// UI smoke test in a real VS Code (code-server + headless Chromium, see code-server.mjs): opens a letter with
// errors from a copy of test/editor/workspace, waits for a squiggle in the editor and a row in the Problems
// panel, and saves a screenshot.
//
//   node test/editor/ui-smoke.mjs                     the extension under development (repo root, built)
//   node test/editor/ui-smoke.mjs --vsix vanthu.vsix  the packaged extension, installed into a fresh extensions dir
// Env: VANTHU_UI_TIMEOUT_MS (default 90000). Screenshot: test-output/ui-smoke.png (ui-smoke-vsix.png with --vsix).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchVSCode, quickOpen, repoRoot } from './code-server.mjs';

const t0 = Date.now();
const args = process.argv.slice(2);
const vsixIdx = args.indexOf('--vsix');
const vsix = vsixIdx >= 0 ? path.resolve(args[vsixIdx + 1]) : undefined;
const fileName = 'loi-ngay-thang.md';
const outDir = path.join(repoRoot, 'test-output');
const shot = path.join(outDir, vsix ? 'ui-smoke-vsix.png' : 'ui-smoke.png');
const timeout = Number(process.env.VANTHU_UI_TIMEOUT_MS || 90000);
const say = (s) => console.log(`[ui-smoke${vsix ? ' vsix' : ''}] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${s}`);

const ws = mkdtempSync(path.join(tmpdir(), 'vanthu-ui-ws-'));
cpSync(path.join(repoRoot, 'test/editor/workspace'), ws, { recursive: true });
mkdirSync(outDir, { recursive: true });

let vs;
let failed = false;
const killer = setTimeout(async () => {
  console.error(`[ui-smoke] TIMEOUT after ${timeout} ms`);
  await vs?.page.screenshot({ path: shot }).catch(() => {});
  await vs?.close().catch(() => {});
  rmSync(ws, { recursive: true, force: true });
  process.exit(1);
}, timeout);

try {
  vs = await launchVSCode({ folder: ws, ...(vsix ? { vsix } : { extensionDevelopmentPath: repoRoot }) });
  const { page } = vs;
  await page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
  say('workbench loaded');

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
} catch (e) {
  failed = true;
  console.error(`[ui-smoke] FAILED: ${e.stack || e}`);
  await vs?.page.screenshot({ path: shot }).catch(() => {});
} finally {
  clearTimeout(killer);
  await vs?.close().catch(() => {});
  rmSync(ws, { recursive: true, force: true });
}
say(failed ? 'FAIL' : 'PASS');
process.exit(failed ? 1 : 0);
