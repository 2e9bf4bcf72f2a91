// Cross-references over the whole workspace through the language server: XR findings of closed letters (workspace
// pull diagnostics, vanthu.checkWorkspace), the index following vanthu.include/vanthu.exclude, and the outline's
// signature blocks.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Diagnostic,
  DocumentDiagnosticReport,
  DocumentSymbol,
  SymbolInformation,
  WorkspaceDiagnosticReport,
  WorkspaceFullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { ROOT, TestClient, uriOf } from './client.js';
import { CONG_VAN_SAU, KE_HOACH_HUYEN, REGISTRY_YAML } from '../xref/letters.js';

const xr = (ds: Diagnostic[]) =>
  ds
    .filter((d) => /^XR-/.test(String(d.code)))
    .map((d) => ({ code: d.code, message: d.message, range: d.range, severity: d.severity }));

describe('language server: cross-references of closed letters, include/exclude, signature blocks', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  const settings: { exclude: string[] } = { exclude: ['nhap/**'] };
  const f = (n: string) => join(dir, n);
  const u = (n: string) => uriOf(f(n));
  // a draft of the same plan in an excluded folder: same number, another date
  const DRAFT = KE_HOACH_HUYEN.replace('ngày 20 tháng 03 năm 2024', 'ngày 25 tháng 03 năm 2024');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-xref-ws-'));
    mkdirSync(join(dir, 'nhap'));
    writeFileSync(f('ke-hoach-huyen.md'), KE_HOACH_HUYEN);
    writeFileSync(f('cong-van-sau.md'), CONG_VAN_SAU);
    writeFileSync(f('nhap/ke-hoach-huyen-nhap.md'), DRAFT);
    writeFileSync(f('vanban.yaml'), REGISTRY_YAML);
    c = await new TestClient().start({ rootPath: dir, pull: true, settings });
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const workspaceReport = async (uri: string) => {
    const r = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    return r.items.find((i) => i.uri === uri) as WorkspaceFullDocumentDiagnosticReport | undefined;
  };

  it('workspace/diagnostic reports the XR findings of closed letters, as for an open one', async () => {
    const closed = await workspaceReport(u('cong-van-sau.md'));
    assert.ok(closed && closed.kind === 'full', 'a full report');
    const codes = closed.items.map((d) => d.code);
    for (const code of ['XR-02', 'XR-04', 'XR-05'])
      assert.ok(codes.includes(code), `${code} in ${JSON.stringify(codes)}`);
    assert.ok(
      codes.some((x) => !/^XR-/.test(String(x))),
      'the core diagnostics stay',
    );
    const x2 = closed.items.find((d) => d.code === 'XR-02')!;
    assert.equal(x2.relatedInformation?.[0].location.uri, u('ke-hoach-huyen.md'));
    // the excluded draft is neither reported nor part of the index
    const draft = await workspaceReport(u('nhap/ke-hoach-huyen-nhap.md'));
    assert.ok(!draft || (draft.kind === 'full' && draft.items.length === 0), JSON.stringify(draft));
    // the same findings once the letter is open (pulled document diagnostics)
    c.open(u('cong-van-sau.md'), CONG_VAN_SAU);
    const open = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
      textDocument: { uri: u('cong-van-sau.md') },
    });
    assert.equal(open.kind, 'full');
    assert.deepEqual(xr((open as { items: Diagnostic[] }).items), xr(closed.items));
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u('cong-van-sau.md') } });
    c.docs.delete(u('cong-van-sau.md'));
  });

  it('the workspace result id follows the index: a changed letter on disk gives a new report for the letters citing it', async () => {
    const first = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    const previousResultIds = first.items.map((i) => ({ uri: i.uri, value: (i as { resultId: string }).resultId }));
    const again = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    assert.ok(
      again.items.every((i) => i.kind === 'unchanged'),
      'unchanged while nothing changes',
    );
    // the plan's date now agrees with cong-van-sau's 21/3: its XR-02 goes away although cong-van-sau did not change
    writeFileSync(
      f('ke-hoach-huyen.md'),
      KE_HOACH_HUYEN.replace('ngày 20 tháng 03 năm 2024', 'ngày 21 tháng 03 năm 2024'),
    );
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: u('ke-hoach-huyen.md'), type: 2 }],
    });
    const after = await c.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds });
    const cv = after.items.find((i) => i.uri === u('cong-van-sau.md'))!;
    assert.equal(cv.kind, 'full');
    assert.ok(
      !(cv as WorkspaceFullDocumentDiagnosticReport).items.some(
        (d) => d.code === 'XR-02' && /ghi ngày/.test(String(d.message)),
      ),
      JSON.stringify(cv),
    );
    writeFileSync(f('ke-hoach-huyen.md'), KE_HOACH_HUYEN);
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: u('ke-hoach-huyen.md'), type: 2 }],
    });
  });

  it('vanthu.checkWorkspace with a pull client: the closed letters come through workspace/diagnostic (XR findings too), never pushed as well', async () => {
    c.published.clear();
    await c.request('workspace/executeCommand', { command: 'vanthu.checkWorkspace', arguments: [] });
    // a pushed copy beside the pulled one would double every finding in VS Code's Problems panel
    assert.deepEqual(
      [...c.published.entries()].filter(([, p]) => p.diagnostics.length).map(([uri]) => uri),
      [],
      'nothing pushed',
    );
    const closed = await workspaceReport(u('cong-van-sau.md'));
    const codes = closed!.items.map((d) => d.code);
    for (const code of ['XR-02', 'XR-04', 'XR-05'])
      assert.ok(codes.includes(code), `${code} in ${JSON.stringify(codes)}`);
    assert.deepEqual(
      (await workspaceReport(u('nhap/ke-hoach-huyen-nhap.md')))?.items ?? [],
      [],
      'excluded: nothing reported',
    );
  });

  it('vanthu.checkWorkspace with a push-only client publishes the same findings as the workspace report', async () => {
    const push = await new TestClient().start({ rootPath: dir, settings });
    try {
      await push.request('workspace/executeCommand', { command: 'vanthu.checkWorkspace', arguments: [] });
      const ds = await push.diagnostics(u('cong-van-sau.md'), (ds) => ds.some((d) => d.code === 'XR-02'));
      const closed = await workspaceReport(u('cong-van-sau.md'));
      assert.deepEqual(xr(ds), xr(closed!.items), 'the same as the workspace report');
      assert.equal(push.published.has(u('nhap/ke-hoach-huyen-nhap.md')), false, 'excluded');
    } finally {
      await push.stop();
    }
  });

  it('the index honours vanthu.exclude, and follows a change of the setting', async () => {
    const symbols = () => c.request<SymbolInformation[]>('workspace/symbol', { query: '14/KH-UBND' });
    const dup = async () =>
      (await workspaceReport(u('ke-hoach-huyen.md')))!.items.filter(
        (d) => d.code === 'XR-02' && /cũng là số của/.test(String(d.message)),
      );
    assert.deepEqual(await dup(), [], 'the excluded draft does not count');
    assert.ok(!JSON.stringify(await symbols()).includes('nhap'), 'nor is it a workspace symbol');
    settings.exclude = [];
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let found: Diagnostic[] = [];
    for (let i = 0; i < 40 && !found.length; i++) {
      found = await dup();
      if (!found.length) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(found.length, 1, 'the draft now bears the same number');
    assert.equal(found[0].relatedInformation?.[0].location.uri, u('nhap/ke-hoach-huyen-nhap.md'));
    // excluded again: the draft leaves the index
    settings.exclude = ['nhap/**'];
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    for (let i = 0; i < 40 && found.length; i++) {
      found = await dup();
      if (found.length) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(found, []);
  });

  it('the outline lists every signature block (biên bản: secretary and chair; hợp đồng: one per party)', async () => {
    for (const [name, details] of [
      ['bien-ban.md', ['Đặng Thị Mai', 'Lê Văn Hòa']],
      ['hop-dong.md', ['Trần Minh Tú', 'Phạm Đức Hải']],
    ] as const) {
      const uri = u(name);
      const text = readFileSync(join(ROOT, 'test', 'fixtures', 'letters', name), 'utf8');
      c.open(uri, text);
      const syms = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const sigs = syms.filter((s) => s.name === 'Chức vụ, họ tên và chữ ký của người có thẩm quyền');
      assert.deepEqual(
        sigs.map((s) => s.detail),
        details,
        JSON.stringify(syms.map((s) => [s.name, s.detail])),
      );
      // in document order, each over its own lines
      assert.ok(sigs[0].range.end.line < sigs[1].range.start.line, JSON.stringify(sigs.map((s) => s.range)));
      const lines = text.split('\n');
      assert.ok(
        sigs.every((s, i) =>
          lines
            .slice(s.range.start.line, s.range.end.line + 1)
            .join('\n')
            .includes(details[i]),
        ),
      );
    }
  });
});
