#!/usr/bin/env node
// What a Vietnamese drafter sees, in a real VS Code (code-server + headless Chromium) with the display language
// English and default settings: the palette finds Văn Thư by "van thu" / "vanthu"; New Letter's type picker finds
// "giay moi"; the status bar opens a menu and switching the mode asks where to save it (the letters folder's
// .vscode/settings.json stays as it was); no bracket error on "a)"; Problems and hover in Vietnamese; the
// walkthrough. Screenshots in test-output/vscode-vi/.
//
//   node test/editor/ui-vietnamese.mjs [--vsix vanthu.vsix]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hoverOver, palette, repoRoot, runUiScenario } from './code-server.mjs';

const args = process.argv.slice(2);
const vsix = args.includes('--vsix') ? path.resolve(args[args.indexOf('--vsix') + 1]) : undefined;
const outDir = path.join(repoRoot, 'test-output', vsix ? 'vscode-vi-vsix' : 'vscode-vi');
const VIET = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
let folderSettings;
let settingsBefore;

await runUiScenario(
  {
    name: 'ui-vietnamese',
    vsix,
    timeoutMs: 150000,
    failureShot: path.join(outDir, 'failure.png'),
    prepare: (ws) => {
      folderSettings = () => readFileSync(path.join(ws, '.vscode/settings.json'), 'utf8');
      // a letters folder that does not set the mode itself (the usual case): the menu offers the user settings first
      writeFileSync(
        path.join(ws, '.vscode/settings.json'),
        folderSettings().replace(/^\s*"vanthu\.mode": "draft",\n/m, ''),
      );
      settingsBefore = folderSettings();
    },
  },
  async ({ page, say }) => {
    const check = (ok, what) => {
      if (!ok) throw new Error(what);
      say(`ok: ${what}`);
    };
    const input = page.locator('.quick-input-widget input');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const rowTexts = async () => (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

    for (const q of ['van thu', 'vanthu', 'soan van ban']) {
      const found = await palette(page, q, /Văn Thư: Soạn văn bản mới/);
      check(found.length > 0, `palette "${q}" → ${found.slice(0, 3).join(' | ')}`);
    }
    await page.screenshot({ path: path.join(outDir, 'palette.png') });
    // New Letter: the type picker, typed without diacritics
    await palette(page, 'soan van ban moi', /Văn Thư: Soạn văn bản mới/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('.quick-input-widget input')?.getAttribute('placeholder')?.includes('Loại văn bản'),
      null,
      { timeout: 10000 },
    );
    check(true, 'the type picker asks in Vietnamese');
    await input.fill('giay moi');
    await page.waitForFunction(
      () =>
        document
          .querySelector('.quick-input-widget .quick-input-list .monaco-list-row')
          ?.textContent.includes('Giấy mời'),
      null,
      { timeout: 5000 },
    );
    check((await rowTexts())[0].includes('Giấy mời'), `"giay moi" → ${(await rowTexts())[0]}`);
    await page.keyboard.press('Enter');
    const tab = page.locator('.tabs-container .tab[aria-label*="giay-moi-"]');
    await tab.first().waitFor({ timeout: 10000 });
    check(true, `new letter tab: ${await tab.first().getAttribute('aria-label')}`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(outDir, 'new-letter.png') });
    await page.keyboard.press('Escape');

    // a letter with errors: Problems in Vietnamese, no bracket error on "a)"
    await palette(page, 'kiem tra toan bo thu muc', /Kiểm tra toàn bộ thư mục/);
    await page.keyboard.press('Escape');
    // open it from the Explorer (Quick Open can lose the race with the new letter's snippet session)
    const errorsTab = page.locator('.tabs-container .tab[aria-label*="loi-ngay-thang.md"]');
    for (let i = 0; i < 10 && !(await errorsTab.count()); i++) {
      await page.keyboard.press('Escape');
      await page
        .locator('.explorer-folders-view .monaco-list-row', { hasText: 'loi-ngay-thang.md' })
        .first()
        .dblclick()
        .catch(() => {});
      await errorsTab
        .first()
        .waitFor({ timeout: 3000 })
        .catch(() => {});
    }
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Control+G');
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1500);
    const pointLines = await page.locator('.view-line', { hasText: /^[a-zđ]\)[\s\u00a0]/u }).count();
    const unexpected = await page.locator('.unexpected-closing-bracket').count();
    check(
      pointLines > 0 && unexpected === 0,
      `${pointLines} point line(s) "a)" on screen, ${unexpected} bracket error decoration(s)`,
    );
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel .monaco-list-row');
    await markers.first().waitFor({ timeout: 15000 });
    const problems = await markers.allInnerTexts();
    check(
      problems.some((t) => /DD-02/.test(t) && VIET.test(t)),
      `Problems in Vietnamese: ${problems.find((t) => /DD-02/.test(t))?.replace(/\s+/g, ' ')}`,
    );
    await page.screenshot({ path: path.join(outDir, 'problems.png') });
    await hoverOver(page, '.monaco-editor .squiggly-error');
    const hover = page.locator('.monaco-hover:not(.hidden)');
    await hover.first().waitFor({ timeout: 10000 });
    const hoverText = await hover.first().innerText();
    check(
      VIET.test(hoverText) && !/Default severity|Documentation/.test(hoverText),
      `hover in Vietnamese (${hoverText.split('\n').length} lines)`,
    );
    await page.screenshot({ path: path.join(outDir, 'hover.png') });
    await page.mouse.move(5, 5);

    // the status bar opens the menu; switching the mode asks where to save it
    const status = page.locator('.statusbar-item', { hasText: 'Văn Thư' });
    await status.first().click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('.quick-input-widget .quick-input-list')
          ?.textContent.includes('Chuyển sang chế độ ban hành'),
      null,
      { timeout: 10000 },
    );
    check(true, `status-bar menu: ${(await rowTexts()).slice(0, 4).join(' | ')}`);
    await page.screenshot({ path: path.join(outDir, 'status-menu.png') });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document
          .querySelector('.quick-input-widget input')
          ?.getAttribute('placeholder')
          ?.includes('Lưu thiết lập này ở đâu'),
      null,
      { timeout: 10000 },
    );
    check(true, `asks where to save: ${(await rowTexts()).join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: 'ban hành' }).first().waitFor({ timeout: 10000 });
    check(
      folderSettings() === settingsBefore,
      'mode "ban hành" saved in the user settings; the folder\'s .vscode/settings.json unchanged',
    );

    // the walkthrough
    await palette(page, 'bat dau su dung', /Bắt đầu sử dụng/);
    await page.keyboard.press('Enter');
    await page
      .locator('.gettingStartedContainer', { hasText: 'Bắt đầu với Văn Thư' })
      .first()
      .waitFor({ timeout: 15000 });
    check(true, 'walkthrough "Bắt đầu với Văn Thư" open');
    await page
      .locator('.getting-started-step', { hasText: 'Thiết lập cơ quan' })
      .first()
      .click()
      .catch(() => {});
    await page.waitForTimeout(3000);
    await page.screenshot({ path: path.join(outDir, 'walkthrough.png') });
  },
);
