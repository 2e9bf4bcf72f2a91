// Analysis off the request path (issues 12 and 13): a long document is analysed in slices between other messages,
// a superseded version's analysis is dropped, features that can answer from the last analysis do not wait for the
// current one, and a very long document is checked on open and save only (the client's status bar is told).
// These tests watch the ORDER of events (the server's `$/vanthu/analysis` trace, answers, diagnostics), never times.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { ROOT, TestClient, ensureBuilt } from './client.js';

const BASE = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8');
const PARA =
  'Các cơ quan, đơn vị tổ chức tổng vệ sinh trụ sở làm việc vào sáng thứ Bảy, ngày 23/3/2024 theo Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh.\n\n';

/** The fixture letter with its body grown to about `chars` characters. */
function longLetter(chars: number): string {
  const at = BASE.indexOf('Yêu cầu các cơ quan');
  return BASE.slice(0, at) + PARA.repeat(Math.ceil(chars / PARA.length)) + BASE.slice(at);
}

interface Trace {
  uri: string;
  version: number;
  state: 'started' | 'cancelled' | 'done';
}

describe('language server: analysis off the request path', function () {
  this.timeout(120_000);
  let c: TestClient;
  /** Everything that happened, in the order the client saw it. */
  let events: string[];
  const modes: { uri: string; saveOnly: boolean }[] = [];
  const big = 'file:///tmp/vanthu-analysis/big.md';
  const small = 'file:///tmp/vanthu-analysis/small.md';
  const seen = (e: string) => events.includes(e);
  const dateLine = BASE.split('\n').findIndex((l) => /, ngày \d/.test(l));

  before(async () => {
    ensureBuilt();
    c = await new TestClient().start({ initializationOptions: { trace: true, saveOnlyAbove: 2_000_000 } });
    c.conn.onNotification('$/vanthu/analysis', (p: Trace) => {
      events.push(`${p.state} ${p.uri}@${p.version}`);
      c.notify();
    });
    c.conn.onNotification('vanthu/analysisMode', (p: { uri: string; saveOnly: boolean }) => {
      modes.push(p);
      c.notify();
    });
  });
  after(async () => {
    await c?.stop();
  });
  beforeEach(() => (events = []));
  afterEach(async () => {
    for (const uri of [big, small]) {
      if (!c.docs.has(uri)) continue;
      c.docs.delete(uri);
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  const hoverDate = (uri: string) =>
    c.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: dateLine, character: 3 },
    });

  it('answers a request about a small document while a long one is being analysed', async () => {
    c.open(big, longLetter(600_000));
    await c.waitFor(() => seen(`started ${big}@1`), 30_000, 'the long analysis to start');
    c.open(small, BASE);
    const h = await hoverDate(small);
    events.push('hover answered');
    assert.ok(h, 'a hover for the small letter');
    await c.waitFor(() => seen(`done ${big}@1`), 60_000, 'the long analysis to end');
    assert.ok(
      events.indexOf('hover answered') < events.indexOf(`done ${big}@1`),
      `the small letter's hover came before the long analysis ended: ${events.join(', ')}`,
    );
    await c.diagnostics(big, (ds) => ds.length > 0, 60_000);
  });

  it('drops the analysis of a version superseded by an edit, and publishes the newer one only', async () => {
    c.open(big, longLetter(600_000));
    await c.waitFor(() => seen(`started ${big}@1`), 30_000, 'the first analysis to start');
    const line = BASE.slice(0, BASE.indexOf('Yêu cầu các cơ quan')).split('\n').length + 10;
    c.change(big, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Thêm ' }]);
    await c.diagnostics(big, (ds) => ds.length > 0, 60_000);
    assert.equal(c.published.get(big)?.version, 2);
    assert.ok(seen(`cancelled ${big}@1`), `version 1's analysis dropped: ${events.join(', ')}`);
    assert.ok(!seen(`done ${big}@1`), `version 1's analysis never ended: ${events.join(', ')}`);
    assert.ok(events.indexOf(`cancelled ${big}@1`) < events.indexOf(`done ${big}@2`));
  });

  it('a hover on a long document after an edit answers from the last analysis, without waiting for the new one', async () => {
    c.open(big, longLetter(300_000));
    await c.diagnostics(big, (ds) => ds.length > 0, 60_000);
    const line = BASE.slice(0, BASE.indexOf('Yêu cầu các cơ quan')).split('\n').length + 10;
    c.change(big, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Thêm ' }]);
    const h = await hoverDate(big);
    events.push('hover answered');
    assert.ok(h, 'a hover from the last analysis');
    await c.waitFor(() => seen(`done ${big}@2`), 60_000, 'the new analysis to end');
    assert.ok(
      events.indexOf('hover answered') < events.indexOf(`done ${big}@2`),
      `the hover came before version 2's analysis ended: ${events.join(', ')}`,
    );
  });
});

describe('language server: a very long document is checked on open and save only', function () {
  this.timeout(60_000);
  let c: TestClient;
  const events: string[] = [];
  const modes: { uri: string; saveOnly: boolean }[] = [];
  const long = 'file:///tmp/vanthu-analysis/long.md';
  const other = 'file:///tmp/vanthu-analysis/other.md';
  const seen = (e: string) => events.includes(e);

  before(async () => {
    ensureBuilt();
    // a low threshold keeps the test light: above 6,000 characters a document is "very long"
    c = await new TestClient().start({ initializationOptions: { trace: true, saveOnlyAbove: 6_000 } });
    c.conn.onNotification('$/vanthu/analysis', (p: Trace) => {
      events.push(`${p.state} ${p.uri}@${p.version}`);
      c.notify();
    });
    c.conn.onNotification('vanthu/analysisMode', (p: { uri: string; saveOnly: boolean }) => {
      modes.push(p);
      events.push(`mode ${p.uri} ${p.saveOnly ? 'save-only' : 'live'}`);
      c.notify();
    });
  });
  after(async () => {
    await c?.stop();
  });

  it('analyses it when opened, not as it is typed, again when saved; and tells the client', async () => {
    const text = longLetter(8_000);
    assert.ok(text.length > 6_000);
    c.open(long, text);
    await c.diagnostics(long, () => true, 30_000);
    assert.deepEqual(modes.at(-1), { uri: long, saveOnly: true });
    // an edit that adds a finding (a date without its leading zero)
    const line = text.split('\n').findIndex((l) => l.startsWith('Các cơ quan'));
    c.change(long, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'Ngày 5/3/2024. ' },
    ]);
    // a barrier: another document opened after the edit gets its diagnostics, the long one is still at version 1
    c.open(other, BASE);
    await c.diagnostics(other, () => true, 30_000);
    assert.ok(!seen(`started ${long}@2`), `no analysis of the edited version before saving: ${events.join(', ')}`);
    assert.equal(c.published.get(long)?.version, 1);
    await c.conn.sendNotification('textDocument/didSave', { textDocument: { uri: long } });
    await c.diagnostics(long, () => true, 30_000);
    assert.equal(c.published.get(long)?.version, 2);
    assert.ok(seen(`started ${long}@2`));
    // shortened below the threshold: checked as it is typed again, and the client is told
    const lines = c.text(long).split('\n').length;
    c.change(long, [
      { range: { start: { line: line + 1, character: 0 }, end: { line: lines - 30, character: 0 } }, newText: '' },
    ]);
    await c.diagnostics(long, () => true, 30_000);
    assert.equal(c.published.get(long)?.version, 3);
    assert.deepEqual(modes.at(-1), { uri: long, saveOnly: false });
    assert.ok(events.indexOf(`mode ${long} save-only`) < events.indexOf(`mode ${long} live`));
  });
});
