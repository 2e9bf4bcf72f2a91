// What an editor shows by default (issue 10): Vietnamese whatever the client's display language, one short hover
// card per rule linking the rule's page (the bundled README, or the client's command), quiet code lenses, and the
// citation card on a letter's own Số line about that letter even when another letter bears the same number.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, uriOf } from './client.js';
import { CONG_VAN_SAU, KE_HOACH_HUYEN } from '../xref/letters.js';

const BAD = CONG_VAN_SAU;
const hoverText = (h: Hover | null) =>
  h
    ? typeof h.contents === 'string'
      ? h.contents
      : 'value' in h.contents
        ? h.contents.value
        : JSON.stringify(h.contents)
    : '';
const VIET = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe('language server: what the editor shows by default', function () {
  this.timeout(30000);
  let dir: string;
  const f = (n: string) => join(dir, n);
  const u = (n: string) => uriOf(f(n));
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-ux-'));
    writeFileSync(f('ke-hoach-huyen.md'), KE_HOACH_HUYEN);
    writeFileSync(f('ke-hoach-ban-sao.md'), KE_HOACH_HUYEN); // the same number in a second letter
    writeFileSync(f('cong-van-sau.md'), BAD);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('messages are Vietnamese when the client only says its display language is English', async () => {
    const c = await new TestClient().start({ rootPath: dir, locale: 'en' });
    try {
      c.open(u('cong-van-sau.md'), BAD);
      const ds = await c.diagnostics(u('cong-van-sau.md'), (ds) => ds.length > 0);
      for (const d of ds) assert.match(String(d.message), VIET, String(d.message));
      const en = await new TestClient().start({ rootPath: dir, locale: 'en', initializationOptions: { locale: 'en' } });
      try {
        en.open(u('cong-van-sau.md'), BAD);
        const eds = await en.diagnostics(u('cong-van-sau.md'), (ds) => ds.length > 0);
        assert.ok(
          eds.some((d) => /\b(the|is|must|should)\b/.test(String(d.message))),
          'English when asked: ' + eds.map((d) => String(d.message)).join(' | '),
        );
      } finally {
        await en.stop();
      }
    } finally {
      await c.stop();
    }
  });

  it('a hover is one short card per rule: title, provision, "Xem quy tắc" to the bundled README or the client command', async () => {
    const readme = pathToFileURL(join(ROOT, 'README.md')).href;
    for (const [opts, link] of [
      [{}, (id: string) => `${readme}#${id.toLowerCase()}`],
      [
        { ruleCommand: 'vanthu.showRule' },
        (id: string) => `command:vanthu.showRule?${encodeURIComponent(JSON.stringify([id]))}`,
      ],
    ] as const) {
      const c = await new TestClient().start({ rootPath: dir, pull: true, initializationOptions: opts });
      try {
        c.open(u('cong-van-sau.md'), BAD);
        const report = await c.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
          textDocument: { uri: u('cong-van-sau.md') },
        });
        const d = report.items.find((x) => !String(x.code).startsWith('XR'))!;
        assert.ok(d, JSON.stringify(report.items.map((x) => x.code)));
        assert.equal(d.codeDescription?.href, `${readme}#${String(d.code).toLowerCase()}`);
        const text = hoverText(
          await c.request<Hover | null>('textDocument/hover', {
            textDocument: { uri: u('cong-van-sau.md') },
            position: d.range.start,
          }),
        );
        assert.ok(text.includes(`[Xem quy tắc](${link(String(d.code))})`), text);
        assert.doesNotMatch(text, /example|github\.com|Mức mặc định|Sửa tự động/, text);
        const ruleCards = text.split('\n\n').filter((p) => p.startsWith('**') && p.includes('Căn cứ'));
        for (const card of ruleCards) assert.ok(card.split('\n').length <= 2, `a short card: ${card}`);
      } finally {
        await c.stop();
      }
    }
  });

  it('no code lens over a citation nothing else describes; the citation card on the own Số line is about this letter', async () => {
    const c = await new TestClient().start({ rootPath: dir });
    try {
      c.open(u('cong-van-sau.md'), BAD);
      c.open(u('ke-hoach-ban-sao.md'), KE_HOACH_HUYEN);
      await c.request('workspace/executeCommand', { command: 'vanthu.checkWorkspace', arguments: [] });
      const lenses = await c.request<CodeLens[]>('textDocument/codeLens', {
        textDocument: { uri: u('cong-van-sau.md') },
      });
      const titles = lenses.map((l) => l.command?.title ?? '');
      assert.ok(
        titles.every((t) => t.startsWith('⚠') && !/chưa xác định|unknown/.test(t)),
        JSON.stringify(titles),
      );
      const lines = KE_HOACH_HUYEN.split('\n');
      const so = lines.findIndex((l) => l.startsWith('Số: 14'));
      const card = hoverText(
        await c.request<Hover | null>('textDocument/hover', {
          textDocument: { uri: u('ke-hoach-ban-sao.md') },
          position: { line: so, character: 6 },
        }),
      );
      assert.match(card, /ke-hoach-ban-sao\.md/, card);
      assert.doesNotMatch(card, /\[ke-hoach-huyen\.md\]/, card);
    } finally {
      await c.stop();
    }
  });
});
