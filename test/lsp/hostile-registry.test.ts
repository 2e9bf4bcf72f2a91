// A hostile registry and settings through the language server: entries pointing outside the workspace or at
// javascript:/file: are rejected and reported, text from the registry is escaped in hover Markdown, an untrusted
// workspace's URL template never makes file:// links, and the workspace cap is told. Issue 12, "Registry and links".
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentLink, Hover, Location } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './client.js';
import { letter } from '../xref/letters.js';

const LETTER = letter({
  agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH'],
  so: '31/UBND-VP',
  place: 'Sơn Tịnh',
  date: ['02', '04', '2024'],
  summary: 'triển khai các văn bản',
  body: [
    'Thực hiện Nghị định số 30/2020/NĐ-CP, Quyết định số 99/QĐ-UBND, Kế hoạch số 77/KH-UBND, Kế hoạch số 78/KH-UBND và Kế hoạch số 55/KH-UBND, UBND huyện đề nghị các phòng triển khai./.',
  ],
});

const REGISTRY = `documents:
  - kind: Nghị định
    number: 30/2020/NĐ-CP
    url: "javascript:alert(1)"
  - kind: Quyết định
    number: 99/QĐ-UBND
    path: ../../../../../../etc/passwd
  - kind: Kế hoạch
    number: 77/KH-UBND
    url: file:///etc/shadow
  - kind: Kế hoạch
    number: 78/KH-UBND
    path: out/link.md
  - kind: Kế hoạch
    number: 55/KH-UBND
    date: 2024-01-05
    issuer: "UBND <b>huyện</b>"
    summary: "về [bấm vào đây](command:vanthu.showRule?%5B%22x%22%5D) ![x](https://evil.example/x.png) <img src=x onerror=alert(1)> **đậm** \`mã\`"
    url: https://vanban.example/55
`;

const at = (text: string, needle: string, delta = 0) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line, character: lines[line].indexOf(needle) + delta };
};

describe('language server: a hostile registry and URL template', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  const f = (n: string) => join(dir, n);
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-hostile-'));
    writeFileSync(f('cong-van.md'), LETTER);
    writeFileSync(f('vanban.yaml'), REGISTRY);
    // a symlink inside the workspace that leads out of it
    const outside = mkdtempSync(join(tmpdir(), 'vanthu-outside-'));
    writeFileSync(join(outside, 'secret.md'), 'bí mật\n');
    mkdirSync(f('out'));
    symlinkSync(join(outside, 'secret.md'), f('out/link.md'));
    c = await new TestClient().start({
      rootPath: dir,
      settings: { citationUrlTemplate: 'javascript:alert("{number}")' },
    });
    c.open(uriOf(f('cong-van.md')), LETTER);
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects path outside the workspace and url other than http(s), reporting each in the registry file', async () => {
    const reg = await c.waitFor(
      () => {
        const ds = c.published.get(uriOf(f('vanban.yaml')))?.diagnostics;
        return ds && ds.length >= 4 ? ds : null;
      },
      10000,
      'registry diagnostics',
    );
    const text = reg.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n');
    assert.match(text, /^4: .*documents\.0\.url.*Chỉ nhận địa chỉ http/m, text);
    assert.match(text, /^7: .*documents\.1\.path.*ra ngoài thư mục làm việc/m, text);
    assert.match(text, /^10: .*documents\.2\.url.*Chỉ nhận địa chỉ http/m, text);
    assert.match(text, /^13: .*documents\.3\.path.*ra ngoài thư mục làm việc/m, text);
  });

  it('no link or definition leads to /etc, javascript: or file: outside the workspace', async () => {
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', {
      textDocument: { uri: uriOf(f('cong-van.md')) },
    });
    for (const l of links) {
      assert.ok(/^(?:https?:|file:)/.test(l.target ?? ''), JSON.stringify(l));
      assert.ok(!/etc|javascript|secret|vanthu-outside/.test(l.target ?? ''), JSON.stringify(l));
    }
    assert.ok(
      links.some((l) => l.target === 'https://vanban.example/55'),
      JSON.stringify(links),
    );
    for (const needle of ['99/QĐ-UBND', '78/KH-UBND']) {
      const d = await c.request<Location | null>('textDocument/definition', {
        textDocument: { uri: uriOf(f('cong-van.md')) },
        position: at(LETTER, needle, 1),
      });
      assert.ok(!d || !/etc|secret|vanthu-outside/.test(d.uri), JSON.stringify(d));
    }
  });

  it('escapes registry text in the hover card: no link, image, HTML or command comes through', async () => {
    const h = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri: uriOf(f('cong-van.md')) },
      position: at(LETTER, '55/KH-UBND', 1),
    });
    const v = (h.contents as { value: string }).value;
    assert.match(v, /Trích yếu:\*/);
    assert.ok(!/(?<!\\)\]\(command:/.test(v), v); // an unescaped "](" would make a command link
    assert.ok(!v.includes('![x]('), v);
    assert.ok(!/<img|<b>/.test(v), v);
    assert.ok(!v.includes('**đậm**'), v);
    assert.match(v, /\\\[bấm vào đây\\\]/);
    assert.match(v, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(v, /<https:\/\/vanban\.example\/55>/);
  });
});

describe('language server: citation links in an untrusted workspace', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-untrusted-'));
    writeFileSync(join(dir, 'cong-van.md'), LETTER);
    c = await new TestClient().start({
      rootPath: dir,
      initializationOptions: { trusted: false },
      settings: { citationUrlTemplate: 'file:///etc/{number}' },
    });
    c.open(uriOf(join(dir, 'cong-van.md')), LETTER);
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('vanthu.citationUrlTemplate never makes file:// links there', async () => {
    await c.waitFor(() => c.published.get(uriOf(join(dir, 'cong-van.md'))), 10000, 'diagnostics');
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', {
      textDocument: { uri: uriOf(join(dir, 'cong-van.md')) },
    });
    assert.deepEqual(
      links.filter((l) => l.target?.startsWith('file:///etc')),
      [],
      JSON.stringify(links),
    );
  });
});

describe('language server: registry problems in English when the language is English', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-reg-en-'));
    writeFileSync(join(dir, 'cong-van.md'), LETTER);
    writeFileSync(join(dir, 'vanban.yaml'), REGISTRY);
    c = await new TestClient().start({ rootPath: dir, settings: { locale: 'en' } });
    c.open(uriOf(join(dir, 'cong-van.md')), LETTER);
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the registry diagnostics say the same in English', async () => {
    const reg = await c.waitFor(
      () => {
        const ds = c.published.get(uriOf(join(dir, 'vanban.yaml')))?.diagnostics;
        return ds && ds.length >= 3 ? ds : null;
      },
      10000,
      'registry diagnostics',
    );
    const text = reg.map((d) => `${d.range.start.line + 1}: ${d.message}`).join('\n');
    assert.match(text, /^4: .*documents\.0\.url.*Only http:\/\/ or https:\/\/ addresses/m, text);
    assert.match(text, /^7: .*documents\.1\.path.*leads outside the workspace; this entry is ignored/m, text);
    assert.doesNotMatch(text, /Chỉ nhận|ra ngoài thư mục/, text);
  });
});

describe('language server: the workspace cap', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-cap-'));
    for (let i = 1; i <= 6; i++) writeFileSync(join(dir, `l${i}.md`), LETTER.replace('31/UBND-VP', `3${i}/UBND-VP`));
    c = await new TestClient().start({ rootPath: dir, initializationOptions: { maxFiles: 4 } });
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('check-workspace over the cap tells the user, with the count and the limit', async () => {
    const r = await c.request<{ files: number; capped?: { found: number; max: number } }>('workspace/executeCommand', {
      command: 'vanthu.checkWorkspace',
      arguments: [],
    });
    assert.deepEqual(r.capped, { found: 6, max: 4 });
    const m = await c.waitFor(() => c.messages.find((x) => /vượt giới hạn 4/.test(x.message)), 10000, 'the message');
    assert.match(m.message, /có 6 văn bản, vượt giới hạn 4: chỉ 4 tệp đầu/);
    assert.equal(m.type, 2, 'a warning');
  });
});

describe('language server: the workspace cap on Word files', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  const docx = join(import.meta.dirname, '..', 'fixtures', 'docx', 'phuluc3-mau-1.5-cong-van.docx');
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-cap-docx-'));
    writeFileSync(join(dir, 'l1.md'), LETTER);
    for (let i = 1; i <= 3; i++) copyFileSync(docx, join(dir, `w${i}.docx`));
    c = await new TestClient().start({ rootPath: dir, initializationOptions: { maxFiles: 2 } });
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('check-workspace over the cap of .docx files tells the user, checks only the first ones', async () => {
    const r = await c.request<{ capped?: unknown; docxCapped?: { found: number; max: number } }>(
      'workspace/executeCommand',
      { command: 'vanthu.checkWorkspace', arguments: [] },
    );
    assert.deepEqual(r.docxCapped, { found: 3, max: 2 });
    assert.equal(r.capped, undefined, 'one Markdown letter: under the cap');
    const m = await c.waitFor(() => c.messages.find((x) => /tệp Word/.test(x.message)), 10000, 'the message');
    assert.match(m.message, /có 3 tệp Word \(\.docx\), vượt giới hạn 2: chỉ 2 tệp đầu/);
    assert.equal(m.type, 2, 'a warning');
    await c.waitFor(() => c.published.get(uriOf(join(dir, 'w2.docx'))), 10000, 'w2.docx checked');
    assert.equal(c.published.get(uriOf(join(dir, 'w3.docx'))), undefined, 'w3.docx is over the cap');
  });
});
