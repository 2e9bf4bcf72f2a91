// Settings over .vanthurc, include/exclude, a bad config, check-workspace with progress.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, uriOf } from './client.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8');
const BAD = BASE.replace('ngày 08 tháng 3', 'ngày 8 tháng 3');
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('language server: workspace and configuration', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-ws-'));
    mkdirSync(join(dir, 'drafts'));
    mkdirSync(join(dir, 'old'));
    writeFileSync(
      join(dir, '.vanthurc.json'),
      JSON.stringify({
        exclude: ['old/**'],
        profile: { unitCodes: ['VP', 'KTTH'], issuerCode: 'UBND', recipients: ['Sở Nội vụ'] },
      }),
    );
    writeFileSync(join(dir, 'drafts', 'a.md'), BAD);
    writeFileSync(join(dir, 'old', 'b.md'), BAD);
    writeFileSync(
      join(dir, 'drafts', 'c.md'),
      BASE.replace('- UBND các xã, thị trấn.', '- Phòng Giáo dục và Đào tạo.'),
    );
    writeFileSync(join(dir, 'README.md'), '# Notes\n');
    c = await new TestClient().start({ rootPath: dir, settings: { rules: { 'NB-03': 'off' } } });
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('vanthu.checkWorkspace publishes every included letter, with progress', async () => {
    const res = await c.request<{ files: number; letters: number }>('workspace/executeCommand', {
      command: 'vanthu.checkWorkspace',
      arguments: [],
    });
    assert.equal(res.files, 4);
    const a = await c.diagnostics(uriOf(join(dir, 'drafts', 'a.md')));
    assert.ok(codes(a).includes('DD-02'));
    assert.equal(c.published.has(uriOf(join(dir, 'old', 'b.md'))), false, 'excluded by .vanthurc');
    assert.ok(c.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'));
  });

  it('completes recipients from the profile and other letters, ký hiệu and Lưu units', async () => {
    const uri = uriOf(join(dir, 'drafts', 'new.md'));
    const text = BASE.replace('- Các cơ quan, đơn vị thuộc UBND huyện;', '- ')
      .replace('Số: 125/UBND-VP', 'Số: 12/')
      .replace('- Lưu: VT, VP.', '- Lưu: VT, ');
    c.open(uri, text);
    const lines = text.split('\n');
    const at = async (needle: string) => {
      const line = lines.findIndex((l) => l.startsWith(needle));
      const r = await c.request<CompletionItem[] | CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line, character: lines[line].length },
      });
      return Array.isArray(r) ? r : r.items;
    };
    // the workspace's recipients are indexed in the background: ask again until they are in (a completion never
    // waits for the index: until it is done the answer holds what there is, marked incomplete)
    let r: string[] = [];
    for (let tries = 0; tries < 20; tries++) {
      r = (await at('- ')).map((i) => i.label);
      if (r.includes('Phòng Giáo dục và Đào tạo')) break;
      await new Promise((res) => setTimeout(res, 250));
    }
    assert.ok(r.includes('Sở Nội vụ') && r.includes('Phòng Giáo dục và Đào tạo'), JSON.stringify(r));
    const kh = (await at('Số: 12/')).map((i) => i.label);
    assert.ok(kh.includes('UBND-VP') && kh.includes('KH-UBND'), JSON.stringify(kh));
    const luu = await at('- Lưu: VT, ');
    assert.deepEqual(
      luu.map((i) => i.label),
      ['VP', 'KTTH'],
    );
  });

  it('honours settings over the config, and re-checks on didChangeConfiguration', async () => {
    const uri = uriOf(join(dir, 'drafts', 'a.md'));
    c.open(uri, BAD.replace('b) Thu gom', 'đ) Thu gom'));
    const ds = await c.diagnostics(uri, (ds) => codes(ds).includes('DD-02'));
    assert.ok(!codes(ds).includes('NB-03'), 'NB-03 off by settings');
    await c.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { vanthu: { rules: { 'DD-02': 'off' } } },
    });
    // the server fetches settings again (our client answers the same settings: NB-03 off, DD-02 on)
    await c.diagnostics(uri, (ds) => codes(ds).includes('DD-02'));
  });

  it('reports a bad .vanthurc once, in the file and as a message', async () => {
    writeFileSync(join(dir, 'drafts', '.vanthurc.json'), '{ "mode": "final", "rules": { "NO-SUCH": "error" } }');
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(dir, 'drafts', '.vanthurc.json')), type: 2 }],
    });
    await c.waitFor(() => c.messages.find((m) => m.message.includes('NO-SUCH')), 10000, 'a warning');
    const cfg = uriOf(join(dir, 'drafts', '.vanthurc.json'));
    c.open(cfg, readFileSync(join(dir, 'drafts', '.vanthurc.json'), 'utf8'), 'json');
    const ds = await c.diagnostics(cfg, (ds) => ds.length > 0);
    assert.match(ds[0].message as string, /NO-SUCH/);
    assert.equal(c.messages.filter((m) => m.message.includes('NO-SUCH')).length, 1);
  });
});
