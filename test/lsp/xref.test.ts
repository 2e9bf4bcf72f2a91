// Cross-references through the language server: a temporary workspace of letters citing each other and a registry.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  CodeAction,
  CodeLens,
  CompletionItem,
  Diagnostic,
  DocumentLink,
  Hover,
  Location,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient, uriOf } from './client.js';
import { CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH, letter, REGISTRY_YAML } from '../xref/letters.js';

/** Cites 14/KH-UBND without its date, issuer and summary (VD-01: the index knows them), then a short form. */
const NHAC_VIEC = letter({
  agency: ['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH'],
  so: '30/UBND-VP',
  place: 'Sơn Tịnh',
  date: ['02', '04', '2024'],
  summary: 'nhắc việc triển khai kế hoạch',
  body: [
    'Để thực hiện Kế hoạch số 14/KH-UBND, UBND huyện đề nghị các phòng khẩn trương triển khai.',
    '1. Các phòng báo cáo kết quả thực hiện Kế hoạch nêu trên trước ngày 30/4/2024./.',
  ],
});

const at = (text: string, needle: string, delta = 0) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `"${needle}" in the fixture`);
  return { line, character: lines[line].indexOf(needle) + delta };
};

describe('language server: cross-references across the workspace', function () {
  this.timeout(30000);
  let dir: string;
  let c: TestClient;
  const f = (n: string) => join(dir, n);
  const u = (n: string) => uriOf(f(n));
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-xref-'));
    writeFileSync(f('ke-hoach-huyen.md'), KE_HOACH_HUYEN);
    writeFileSync(f('ke-hoach-tinh.md'), KE_HOACH_TINH);
    writeFileSync(f('cong-van-sau.md'), CONG_VAN_SAU);
    writeFileSync(f('nhac-viec.md'), NHAC_VIEC);
    writeFileSync(f('vanban.yaml'), REGISTRY_YAML);
    c = await new TestClient().start({
      rootPath: dir,
      settings: { citationUrlTemplate: 'https://vanban.example/{number}', citationLens: 'all' },
    });
    for (const n of ['ke-hoach-huyen.md', 'cong-van-sau.md', 'nhac-viec.md'])
      c.open(
        u(n),
        { 'ke-hoach-huyen.md': KE_HOACH_HUYEN, 'cong-van-sau.md': CONG_VAN_SAU, 'nhac-viec.md': NHAC_VIEC }[n]!,
      );
  });
  after(async () => {
    await c?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds the index in the background with work-done progress, and reports registry problems in the registry file', async () => {
    await c.waitFor(
      () => c.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'),
      10000,
      'the end of the indexing progress',
    );
    const reg = await c.waitFor(() => c.published.get(u('vanban.yaml'))?.diagnostics, 10000, 'registry diagnostics');
    assert.ok(reg.length >= 2, JSON.stringify(reg));
    assert.ok(
      reg.every((d) => d.source === 'vanthu' && d.range.start.line > 0),
      JSON.stringify(reg),
    );
  });

  it('hovers a citation with a card: kind, number, date, issuer, summary, status, source and citing letters', async () => {
    const h = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: at(CONG_VAN_SAU, '14/KH-UBND', 2),
    });
    const v = (h.contents as { value: string }).value;
    assert.match(v, /\*\*Kế hoạch số 14\/KH-UBND\*\*/);
    assert.match(v, /Ngày ban hành:\* 20\/03\/2024/);
    assert.match(v, /Cơ quan ban hành:\* Ủy ban nhân dân huyện Sơn Tịnh/i);
    assert.match(v, /Trích yếu:\* Triển khai công tác bảo vệ môi trường/);
    assert.match(v, /Nguồn:\* văn bản \[ke-hoach-huyen\.md\]/);
    assert.match(v, /Được viện dẫn trong:\* 2 văn bản/);
    assert.match(v, /⚠ Ngày ghi khác nhau: 20\/03\/2024 \(ke-hoach-huyen\.md\); 21\/03\/2024 \(cong-van-sau\.md\)/);
    // a replaced document: status names the replacement
    const h2 = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: at(CONG_VAN_SAU, '110/2004/NĐ-CP', 1),
    });
    const v2 = (h2.contents as { value: string }).value;
    assert.match(v2, /hết hiệu lực, được thay thế bởi Nghị định số 30\/2020\/NĐ-CP/);
    assert.match(v2, /Nguồn:\* danh mục văn bản \[vanban\.yaml\]/);
    // the short form and the letter's own Số line
    const h3 = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri: u('nhac-viec.md') },
      position: at(NHAC_VIEC, 'Kế hoạch nêu trên', 3),
    });
    assert.match((h3.contents as { value: string }).value, /Kế hoạch số 14\/KH-UBND/);
    const h4 = await c.request<Hover>('textDocument/hover', {
      textDocument: { uri: u('ke-hoach-huyen.md') },
      position: at(KE_HOACH_HUYEN, 'Số: 14/KH-UBND', 6),
    });
    assert.match((h4.contents as { value: string }).value, /Được viện dẫn trong:\* 2 văn bản/);
  });

  it("goes to the defining letter's Số line, or the registry entry", async () => {
    const d = await c.request<Location>('textDocument/definition', {
      textDocument: { uri: u('nhac-viec.md') },
      position: at(NHAC_VIEC, '14/KH-UBND', 1),
    });
    assert.equal(d.uri, u('ke-hoach-huyen.md'));
    assert.deepEqual(d.range.start, at(KE_HOACH_HUYEN, 'Số: 14/KH-UBND'));
    const s = await c.request<Location>('textDocument/definition', {
      textDocument: { uri: u('nhac-viec.md') },
      position: at(NHAC_VIEC, 'Kế hoạch nêu trên', 2),
    });
    assert.equal(s.uri, u('ke-hoach-huyen.md'), 'the short form goes there too');
    const r = await c.request<Location>('textDocument/definition', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: at(CONG_VAN_SAU, '110/2004', 1),
    });
    assert.equal(r.uri, u('vanban.yaml'));
    assert.equal(
      r.range.start.line,
      REGISTRY_YAML.split('\n').findIndex((l) => l.includes('110/2004')) - 1,
      'the entry ("- kind: …")',
    );
  });

  it('finds every reference across files, short forms included', async () => {
    const pos = at(CONG_VAN_SAU, '14/KH-UBND', 1);
    const refs = await c.request<Location[]>('textDocument/references', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: pos,
      context: { includeDeclaration: false },
    });
    const files = refs.map((r) => r.uri.slice(r.uri.lastIndexOf('/') + 1));
    // cong-van-sau: the citation; nhac-viec: the citation and "Kế hoạch nêu trên"; ke-hoach-huyen cites itself
    // ("Kế hoạch này" is the letter itself, not a citation)
    assert.deepEqual(
      files.filter((x) => x !== 'ke-hoach-huyen.md'),
      ['cong-van-sau.md', 'nhac-viec.md', 'nhac-viec.md'],
      JSON.stringify(refs),
    );
    const nv = refs.filter((r) => r.uri === u('nhac-viec.md'));
    assert.deepEqual(nv[1].range.start, at(NHAC_VIEC, 'Kế hoạch nêu trên'));
    const withDecl = await c.request<Location[]>('textDocument/references', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: pos,
      context: { includeDeclaration: true },
    });
    assert.equal(withDecl.length, refs.length + 1);
    assert.ok(
      withDecl.some(
        (r) => r.uri === u('ke-hoach-huyen.md') && r.range.start.line === at(KE_HOACH_HUYEN, 'Số: 14/KH-UBND').line,
      ),
    );
  });

  it('links citations to the workspace letter, the registry URL or the URL template', async () => {
    const links = await c.request<DocumentLink[]>('textDocument/documentLink', {
      textDocument: { uri: u('ke-hoach-huyen.md') },
    });
    const byNumber = new Map(
      links.map((l) => [
        KE_HOACH_HUYEN.split('\n')[l.range.start.line].slice(l.range.start.character, l.range.end.character),
        l.target,
      ]),
    );
    assert.equal(byNumber.get('40/KH-UBND'), `${u('ke-hoach-tinh.md')}#L${at(KE_HOACH_TINH, 'Số: 40').line + 1}`);
    assert.equal(byNumber.get('1753-KL/TU'), 'https://vanban.example/1753-KL%2FTU');
    const sau = await c.request<DocumentLink[]>('textDocument/documentLink', {
      textDocument: { uri: u('cong-van-sau.md') },
    });
    assert.ok(
      sau.some((l) => l.target === 'https://vanban.chinhphu.vn/nd30') === false,
      'the replaced decree has no URL',
    );
    assert.ok(
      sau.some((l) => l.target === `${u('ke-hoach-huyen.md')}#L${at(KE_HOACH_HUYEN, 'Số: 14').line + 1}`),
      JSON.stringify(sau),
    );
  });

  it('searches documents by number and by words of the summary (workspace symbols)', async () => {
    const byNumber = await c.request<SymbolInformation[]>('workspace/symbol', { query: '14/KH-UBND' });
    assert.match(byNumber[0].name, /^Kế hoạch 14\/KH-UBND/);
    assert.equal(byNumber[0].location.uri, u('ke-hoach-huyen.md'));
    const byWords = await c.request<SymbolInformation[]>('workspace/symbol', { query: 'to cong tac' });
    assert.ok(
      byWords.some((s) => /99\/QĐ-UBND/.test(s.name) && s.location.uri === u('vanban.yaml')),
      JSON.stringify(byWords.map((s) => s.name)),
    );
  });

  it('completes after "Kế hoạch số ": the full first mention, then the number alone', async () => {
    const uri = u('nhac-viec.md');
    const doc = c.docs.get(uri)!;
    const end = doc.positionAt(doc.getText().indexOf('1. Các phòng'));
    c.change(uri, [{ range: { start: end, end }, newText: 'Căn cứ Kế hoạch số \n\n' }]);
    const pos = { line: end.line, character: 'Căn cứ Kế hoạch số '.length };
    const items = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: pos,
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.ok(items.length >= 2);
    assert.ok(
      items.slice(0, 2).every((i) => /Kế hoạch/.test(i.detail ?? '')),
      'plans first: ' + JSON.stringify(items.map((i) => i.detail)),
    );
    const k14 = items.find((i) => i.label === '14/KH-UBND')!;
    assert.equal((k14.textEdit as { newText: string }).newText, '14/KH-UBND', 'already cited above: short form');
    const k40 = items.find((i) => i.label === '40/KH-UBND')!;
    assert.equal(
      (k40.textEdit as { newText: string }).newText,
      '40/KH-UBND ngày 15/02/2024 của Ủy ban nhân dân tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024',
    );
    // not after other words
    const none = await c.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: end.line, character: 'Căn cứ'.length },
      context: { triggerKind: 2, triggerCharacter: ' ' },
    });
    assert.deepEqual(none, []);
    c.change(uri, [{ range: { start: end, end: { line: end.line + 2, character: 0 } }, newText: '' }]);
  });

  it('shows code lenses: replaced, conflicting, and citation counts', async () => {
    const lenses = await c.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri: u('cong-van-sau.md') },
    });
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('⚠ đã được thay thế bởi Nghị định số 30/2020/NĐ-CP'), JSON.stringify(titles));
    assert.ok(titles.includes('⚠ thông tin ngày/cơ quan ban hành không thống nhất'), JSON.stringify(titles));
    assert.ok(
      titles.includes('chưa xác định văn bản'),
      '"Quyết định nêu trên" (citationLens "all"): ' + JSON.stringify(titles),
    );
    const kh = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: u('ke-hoach-huyen.md') } });
    assert.ok(
      kh.some((l) => l.command?.title === 'được viện dẫn trong 1 văn bản'),
      JSON.stringify(kh.map((l) => l.command?.title)),
    );
  });

  it('reports XR diagnostics with related information in the other file', async () => {
    const ds = await c.diagnostics(
      u('cong-van-sau.md'),
      (ds) => ds.some((d) => d.code === 'XR-02') && ds.some((d) => d.code === 'XR-04'),
    );
    const x2 = ds.find((d) => d.code === 'XR-02')!;
    assert.match(
      x2.message as string,
      /14\/KH-UBND được ghi ngày 21\/03\/2024 nhưng văn bản gốc .*ghi ngày 20\/03\/2024/,
    );
    assert.equal(x2.relatedInformation?.[0].location.uri, u('ke-hoach-huyen.md'));
    assert.equal(x2.relatedInformation?.[0].location.range.start.line, at(KE_HOACH_HUYEN, 'Số: 14').line);
    assert.equal(
      x2.codeDescription?.href,
      `${pathToFileURL(join(ROOT, 'README.md')).href}#xr-02`,
      'the rule table of the README shipped with the server',
    );
    const x4 = ds.find((d) => d.code === 'XR-04')!;
    assert.match(
      x4.message as string,
      /110\/2004\/NĐ-CP đã hết hiệu lực, được thay thế bởi Nghị định số 30\/2020\/NĐ-CP/,
    );
    assert.ok(
      ds.some((d) => d.code === 'XR-05'),
      'the unresolved "Quyết định nêu trên"',
    );
    const kh = await c.diagnostics(u('ke-hoach-huyen.md'));
    assert.ok(
      kh.some((d) => d.code === 'XR-03' && /99\/QĐ-UBND ban hành ngày 01\/04\/2024/.test(d.message as string)),
      JSON.stringify(kh.map((d) => d.code + ' ' + d.message)),
    );
    assert.ok(!ds.some((d) => d.code === 'XR-01'), 'no separate XR-01');
  });

  it('fixes VD-01 from the index (date, issuer and summary of the defining letter)', async () => {
    const uri = u('nhac-viec.md');
    const ds = await c.diagnostics(uri, (ds) => ds.some((d) => d.code === 'VD-01'));
    const vd = ds.filter((d) => d.code === 'VD-01');
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: vd[0].range,
      context: { diagnostics: vd },
    });
    const fix = actions.find((a) => a.title.startsWith('Điền'));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.title, 'Điền ngày/cơ quan/trích yếu từ ke-hoach-huyen.md');
    c.applyWorkspaceEdit(fix.edit!);
    assert.match(
      c.text(uri),
      /Kế hoạch số 14\/KH-UBND ngày 20\/03\/2024 của Ủy ban nhân dân huyện Sơn Tịnh triển khai công tác bảo vệ môi trường năm 2024, UBND huyện/,
    );
    await c.diagnostics(uri, (ds) => !ds.some((d) => d.code === 'VD-01'));
  });

  it('follows closed files: a changed date on disk re-checks the open letters that cite it', async () => {
    const fixed = CONG_VAN_SAU.replace('14/KH-UBND ngày 21/3/2024', '14/KH-UBND ngày 20/3/2024');
    // the defining letter is closed; its date changes on disk to 21/3 → cong-van-sau now agrees
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u('ke-hoach-huyen.md') } });
    writeFileSync(
      f('ke-hoach-huyen.md'),
      KE_HOACH_HUYEN.replace('ngày 20 tháng 03 năm 2024', 'ngày 21 tháng 03 năm 2024'),
    );
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: u('ke-hoach-huyen.md'), type: 2 }],
    });
    await c.diagnostics(u('cong-van-sau.md'), (ds) => !ds.some((d) => d.code === 'XR-02'));
    assert.ok(fixed);
    // the file deleted: the citation no longer resolves to it
    unlinkSync(f('ke-hoach-huyen.md'));
    await c.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: u('ke-hoach-huyen.md'), type: 3 }],
    });
    const d = await c.request<Location | null>('textDocument/definition', {
      textDocument: { uri: u('cong-van-sau.md') },
      position: at(CONG_VAN_SAU, '14/KH-UBND', 1),
    });
    assert.notEqual(d?.uri, u('ke-hoach-huyen.md'));
  });
});

export const _unused: Diagnostic[] = [];
