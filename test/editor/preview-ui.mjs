#!/usr/bin/env node
// The page preview as a user sees it, in a real VS Code (code-server + headless Chromium): opens a letter with errors,
// clicks the editor-title button "Print Preview", waits for the A4 pages in the webview, checks the diagnostics'
// tooltips on the page, clicks on the page and checks the editor's cursor moved there, and saves screenshots
// (test-output/preview.png: the workbench; test-output/preview-page1.png: page 1 of the preview).
//   node test/editor/preview-ui.mjs        (after npm run build; Env: VANTHU_UI_TIMEOUT_MS, default 120000)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { quickOpen, repoRoot, runUiScenario } from './code-server.mjs';

const fileName = 'loi-ngay-thang.md';
const outDir = path.join(repoRoot, 'test-output');
const shot = path.join(outDir, 'preview.png');

await runUiScenario({ name: 'preview-ui', failureShot: shot }, async ({ page, ws, say }) => {
  await quickOpen(page, fileName);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30000 });
  say(`opened ${fileName}, diagnostics shown`);

  // the editor-title button (English UI: "Print Preview"; Vietnamese: "Xem trước trang in")
  const button = page
    .locator(
      '.editor-actions .action-label[aria-label*="Print Preview"], .editor-actions .action-label[aria-label*="Xem trước trang in"]',
    )
    .first();
  await button.waitFor({ timeout: 15000 });
  await button.click();
  say('clicked the editor-title button');

  // the webview: an iframe (VS Code's host) holding the active frame with our document
  const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const pages = view.locator('.page');
  await pages.first().waitFor({ timeout: 30000 });
  await view.locator('.diag-error').first().waitFor({ timeout: 15000 });
  const n = await pages.count();
  const size = await pages
    .first()
    .evaluate((e) => ({ w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height }));
  const ratio = size.h / size.w;
  say(`${n} page(s) drawn, ${size.w.toFixed(0)} × ${size.h.toFixed(0)} px (ratio ${ratio.toFixed(3)})`);
  if (Math.abs(ratio - 297 / 210) > 0.01) throw new Error(`page is not A4: ${JSON.stringify(size)}`);
  const tips = await view.locator('.diag-error').evaluateAll((es) => es.map((e) => e.getAttribute('title')));
  say(`${tips.length} error mark(s); first tooltip: ${tips[0]}`);
  if (!tips.some((t) => /DD-02/.test(t ?? ''))) throw new Error(`no DD-02 tooltip on the page: ${tips.join(' | ')}`);
  for (const w of ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nơi nhận']) {
    if (!(await view.locator('.page', { hasText: w }).count())) throw new Error(`"${w}" not on the page`);
  }
  // the short rule under the agency name and the full one under the Tiêu ngữ
  const rules = await view
    .locator('.role-co-quan .rule, .role-tieu-ngu .rule')
    .evaluateAll((es) => es.map((e) => e.getBoundingClientRect().width));
  say(`header rules: ${rules.map((w) => w.toFixed(0)).join(', ')} px`);
  if (rules.length < 2 || rules.some((w) => w < 20))
    throw new Error(`the header's rules are missing: ${JSON.stringify(rules)}`);
  await view.locator('#export-docx').waitFor();
  await page.screenshot({ path: shot });
  await pages.first().screenshot({ path: path.join(outDir, 'preview-page1.png') });
  say(`screenshots ${path.relative(repoRoot, shot)}, test-output/preview-page1.png`);

  // a click on "Nơi nhận" on the page puts the editor's cursor on that line
  const source = readFileSync(path.join(ws, fileName), 'utf8').split('\n');
  const line = source.findIndex((l) => l.includes('Nơi nhận')) + 1;
  await view.locator('.run', { hasText: 'Nơi nhận' }).first().click();
  const status = page.locator('.statusbar-item[id="status.editor.selection"]');
  await status.filter({ hasText: new RegExp(`Ln ${line},`) }).waitFor({ timeout: 15000 });
  say(`clicked "Nơi nhận" on the page: cursor on line ${line} (${await status.innerText()})`);
});
