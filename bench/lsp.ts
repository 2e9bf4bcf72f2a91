// Language-server latency: didChange → publishDiagnostics of that version, for single-character edits on letters
// of 2 KB, 50 KB and 500 KB, driving the BUILT server over stdio (push mode, debounce disabled).
// Run: `npm run bench` (via bench/bench.ts) or `npx tsx bench/lsp.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from '../test/lsp/client.js';

// Body paragraphs of a long letter, all different (as a real one's are: a letter of one paragraph repeated is ~4×
// slower to re-analyse, every copy sharing one memo entry and one recipient of work) — each keeps "Các cơ quan" at
// the start of its line, where the keystrokes land.
const PLACES = [
  'trụ sở làm việc',
  'khu dân cư',
  'trường học',
  'trạm y tế',
  'chợ',
  'nhà văn hóa',
  'bến xe',
  'công viên',
];
const TASKS = ['tổng vệ sinh', 'kiểm tra phòng cháy', 'rà soát hồ sơ', 'trồng cây xanh', 'sửa chữa', 'tuyên truyền'];
// each paragraph cites its own plan, always with the same date and a summary (its citations agree: VD-01 and VD-06
// find nothing)
const paragraph = (i: number) =>
  `Các cơ quan, đơn vị tổ chức ${TASKS[i % TASKS.length]} ${PLACES[(i >> 1) % PLACES.length]} số ${i} vào ` +
  `sáng thứ Bảy, ngày ${1 + (i % 28)}/${1 + (i % 12)}/2024 theo Kế hoạch số ${40 + i}/KH-UBND ngày ` +
  `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}/` +
  `${2013 + (Math.floor(i / 336) % 10)} của UBND tỉnh về ${TASKS[(i >> 2) % TASKS.length]} năm 2024, ` +
  `báo cáo kết quả trước ngày ${1 + ((i * 3) % 28)}/${1 + ((i + 5) % 12)}/2024.\n\n`;

export function letterOfSize(bytes: number): string {
  const base = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8');
  const at = base.indexOf('Yêu cầu các cơ quan');
  const body: string[] = [];
  let size = Buffer.byteLength(base);
  for (let i = 1; size < bytes; i++) {
    const p = paragraph(i);
    body.push(p);
    size += Buffer.byteLength(p);
  }
  return base.slice(0, at) + body.join('') + base.slice(at);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Figures of the run, by the names the gate table uses (ms). */
export type LspFigures = Record<string, number>;

/**
 * `quick`: 2 KB and 500 KB only, fewer edits. Besides the keystroke latency: hovers on a small letter while a 500 KB
 * one is analysed from scratch, and completions on the 500 KB letter right after an edit (both answered between the
 * analysis' slices, or from the last analysis: never after it).
 */
export async function benchLsp(quick = false): Promise<LspFigures> {
  const ws = mkdtempSync(join(tmpdir(), 'vanthu-bench-')); // an empty workspace: no background scan competes
  const c = await new TestClient().start({
    rootPath: ws,
    initializationOptions: { debounce: 0, timing: true, trace: true },
  });
  const figures: LspFigures = {};
  const server = new Map<string, number>(); // `${uri}@${version}` → analyze ms in the server
  const trace = new Set<string>(); // `${state} ${uri}@${version}`
  c.conn.onNotification('$/vanthu/timing', (p: { uri: string; version: number; analyzeMs: number }) => {
    server.set(`${p.uri}@${p.version}`, p.analyzeMs);
    c.notify();
  });
  c.conn.onNotification('$/vanthu/analysis', (p: { uri: string; version: number; state: string }) => {
    trace.add(`${p.state} ${p.uri}@${p.version}`);
    c.notify();
  });
  console.log('\nLanguage server: didChange → publishDiagnostics (push, debounce 0, stdio round trip)');
  const midLine = (text: string) => {
    const lines = text.split('\n');
    return lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('Các cơ quan'));
  };
  const edit = (uri: string, line: number, k: number) =>
    c.change(uri, [
      k % 2 === 0
        ? { range: { start: { line, character: 4 }, end: { line, character: 4 } }, newText: 'x' }
        : { range: { start: { line, character: 4 }, end: { line, character: 5 } }, newText: '' },
    ]);
  try {
    const sizes: (readonly [string, number, number])[] = quick
      ? [
          ['2 KB', 2_000, 30],
          ['500 KB', 500_000, 12],
        ]
      : [
          ['2 KB', 2_000, 60],
          ['50 KB', 50_000, 30],
          ['500 KB', 500_000, 15],
        ];
    for (const [label, size, runs] of sizes) {
      const uri = `file:///bench/letter-${size}.md`;
      const text = letterOfSize(size);
      c.open(uri, text);
      await c.diagnostics(uri, () => true, 120_000);
      const line = midLine(text);
      const times: number[] = [];
      const inServer: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        edit(uri, line, k);
        await c.diagnostics(uri, () => true, 60_000);
        times.push(performance.now() - t0);
        const v = c.docs.get(uri)!.version;
        inServer.push(
          (
            await c.waitFor(
              () => (server.has(`${uri}@${v}`) ? { ms: server.get(`${uri}@${v}`)! } : null),
              10_000,
              'timing',
            )
          ).ms,
        );
      }
      const n = c.published.get(uri)!.diagnostics.length;
      figures[`${label} edit median`] = pct(times, 50);
      figures[`${label} edit p95`] = pct(times, 95);
      console.log(
        `  ${label.padEnd(7)} (${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(3)} KB, ${n} findings): median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms over ${runs} edits; analyze() in the server: median ${pct(inServer, 50).toFixed(1)} ms`,
      );
      if (size !== 500_000) await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    // completion on the 500 KB letter just after an edit: answered from the last analysis while the new one runs
    const bigUri = 'file:///bench/letter-500000.md';
    const bigText = c.text(bigUri);
    const line = midLine(bigText);
    const completions: number[] = [];
    for (let k = 0; k < (quick ? 8 : 15); k++) {
      edit(bigUri, line, k + 1);
      const t0 = performance.now();
      await c.request('textDocument/completion', {
        textDocument: { uri: bigUri },
        position: { line, character: 4 },
      });
      completions.push(performance.now() - t0);
      await c.diagnostics(bigUri, () => true, 60_000);
    }
    await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: bigUri } });

    // hovers on a 2 KB letter while a 500 KB one is analysed from scratch (opened)
    const small = 'file:///bench/small.md';
    const smallText = letterOfSize(2_000);
    c.open(small, smallText);
    await c.diagnostics(small, () => true, 60_000);
    const fresh = 'file:///bench/opened-500000.md';
    c.open(fresh, bigText);
    await c.waitFor(() => trace.has(`started ${fresh}@1`), 60_000, 'the analysis to start');
    const hovers: number[] = [];
    const dateLine = smallText.split('\n').findIndex((l) => /, ngày \d/.test(l));
    while (!trace.has(`done ${fresh}@1`)) {
      const t0 = performance.now();
      await c.request('textDocument/hover', {
        textDocument: { uri: small },
        position: { line: dateLine, character: 3 },
      });
      hovers.push(performance.now() - t0); // sent while the analysis ran, whenever answered
    }
    figures['completion after a 500 KB edit p95'] = pct(completions, 95);
    figures['hover while 500 KB is analysed p95'] = hovers.length ? pct(hovers, 95) : 0;
    console.log(
      `  completion on the 500 KB letter just after an edit: median ${pct(completions, 50).toFixed(1)} ms, p95 ${pct(completions, 95).toFixed(1)} ms (${completions.length} requests)`,
    );
    console.log(
      `  hover on a 2 KB letter while a 500 KB one is analysed from scratch: median ${hovers.length ? pct(hovers, 50).toFixed(1) : '—'} ms, p95 ${hovers.length ? pct(hovers, 95).toFixed(1) : '—'} ms (${hovers.length} hovers; goals: hover/completion p95 ≤ 20 ms, a small letter never delayed > 100 ms)`,
    );
  } finally {
    await c.stop();
    rmSync(ws, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void benchLsp(process.argv.includes('--quick'));
