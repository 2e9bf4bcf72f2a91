// Language-server latency: didChange → publishDiagnostics of that version, for single-character edits on letters
// of 2 KB, 50 KB and 500 KB, driving the BUILT server over stdio (push mode, debounce disabled).
// Run: `npm run bench` (via bench/bench.ts) or `npx tsx bench/lsp.ts`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient } from '../test/lsp/client.js';

const PARA =
  'Các cơ quan, đơn vị tổ chức tổng vệ sinh trụ sở làm việc vào sáng thứ Bảy, ngày 23/3/2024 theo Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh.\n\n';

export function letterOfSize(bytes: number): string {
  const base = readFileSync(join(ROOT, 'test/fixtures/letters/cong-van.md'), 'utf8');
  const at = base.indexOf('Yêu cầu các cơ quan');
  let body = '';
  while (Buffer.byteLength(base) + Buffer.byteLength(body) < bytes) body += PARA;
  return base.slice(0, at) + body + base.slice(at);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function benchLsp(): Promise<void> {
  const ws = mkdtempSync(join(tmpdir(), 'vanthu-bench-')); // an empty workspace: no background scan competes
  const c = await new TestClient().start({ rootPath: ws, initializationOptions: { debounce: 0, timing: true } });
  const server = new Map<string, number>(); // `${uri}@${version}` → analyze ms in the server
  c.conn.onNotification('$/vanthu/timing', (p: { uri: string; version: number; analyzeMs: number }) => {
    server.set(`${p.uri}@${p.version}`, p.analyzeMs);
    c.notify();
  });
  console.log('\nLanguage server: didChange → publishDiagnostics (push, debounce 0, stdio round trip)');
  try {
    for (const [label, size, runs] of [
      ['2 KB', 2_000, 60],
      ['50 KB', 50_000, 30],
      ['500 KB', 500_000, 15],
    ] as const) {
      const uri = `file:///bench/letter-${size}.md`;
      const text = letterOfSize(size);
      c.open(uri, text);
      await c.diagnostics(uri, () => true, 60_000);
      const lines = text.split('\n');
      const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('Các cơ quan'));
      const times: number[] = [];
      const inServer: number[] = [];
      for (let k = 0; k < runs; k++) {
        const insert = k % 2 === 0;
        const t0 = performance.now();
        c.change(uri, [
          insert
            ? { range: { start: { line, character: 4 }, end: { line, character: 4 } }, newText: 'x' }
            : { range: { start: { line, character: 4 }, end: { line, character: 5 } }, newText: '' },
        ]);
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
      console.log(
        `  ${label.padEnd(7)} (${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(3)} KB, ${n} findings): median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms over ${runs} edits; analyze() in the server: median ${pct(inServer, 50).toFixed(1)} ms`,
      );
      await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await c.stop();
    rmSync(ws, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void benchLsp();
