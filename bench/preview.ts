// The page preview's update per keystroke on a 20-page letter: analysis (incremental, as the server keeps it) +
// layout + the message to the webview (JSON), in process and through the built server (`vanthu/preview` after a
// didChange, stdio round trip). Goal: ≤ 50 ms at the median. Run: `npm run bench` or `npx tsx bench/preview.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, BlockCache } from '../server/src/core/analyze.js';
import { layoutLetter } from '../server/src/core/layout/index.js';
import { previewOf } from '../server/src/lsp/preview.js';
import type { PreviewDoc } from '../server/src/lsp/previewProtocol.js';
import { TestClient, uriOf } from '../test/lsp/client.js';
import { letterOfSize } from './lsp.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(0.95 * xs.length) - 1)];

/** The smallest generated letter that lays out on at least `pages` pages. */
export function letterOfPages(pages: number): { text: string; pages: number } {
  let size = 20_000;
  for (;;) {
    const text = letterOfSize(size);
    const n = layoutLetter(analyze(text).letter).pages.length;
    if (n >= pages) return { text, pages: n };
    size = Math.ceil(size * Math.max(1.05, pages / Math.max(1, n)));
  }
}

/** One keystroke in the middle of the letter: insert a character, or delete the one inserted before. */
function keystroke(text: string, at: number, k: number): string {
  return k % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
}

export async function benchPreview(runs = 40): Promise<void> {
  const { text: base, pages } = letterOfPages(20);
  const at = base.indexOf('Các cơ quan', Math.floor(base.length / 2)) + 4;
  console.log(
    `\nPreview update per keystroke (${pages}-page letter, ${(base.length / 1024).toFixed(0)} K chars; goal ≤ 50 ms median):`,
  );
  const cache = new BlockCache();
  let text = base;
  analyze(text, {}, cache);
  const total: number[] = [];
  const parts = { analyze: [] as number[], layout: [] as number[], json: [] as number[] };
  let bytes = 0;
  for (let k = 0; k < runs; k++) {
    text = keystroke(text, at, k);
    const t0 = performance.now();
    const a = analyze(text, {}, cache);
    const t1 = performance.now();
    const doc = previewOf(a, 'file:///bench/letter.md', k + 2, 'vi');
    const t2 = performance.now();
    const json = JSON.stringify({ type: 'layout', doc, cursor: at });
    const t3 = performance.now();
    bytes = json.length;
    parts.analyze.push(t1 - t0);
    parts.layout.push(t2 - t1);
    parts.json.push(t3 - t2);
    total.push(t3 - t0);
  }
  console.log(
    `  in process: median ${median(total).toFixed(1)} ms (p95 ${p95(total).toFixed(1)}) = analyze ${median(parts.analyze).toFixed(1)} + ` +
      `layout ${median(parts.layout).toFixed(1)} + message ${median(parts.json).toFixed(1)} ms; message ${(bytes / 1024).toFixed(0)} KB`,
  );

  const ws = mkdtempSync(join(tmpdir(), 'vanthu-bench-preview-'));
  const c = await new TestClient().start({ rootPath: ws, initializationOptions: { debounce: 0 } });
  try {
    const uri = uriOf(join(ws, 'letter.md'));
    c.open(uri, base);
    await c.request<PreviewDoc>('vanthu/preview', { textDocument: { uri } });
    const lines = base.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('Các cơ quan'));
    const rt: number[] = [];
    for (let k = 0; k < runs; k++) {
      const t0 = performance.now();
      c.change(uri, [
        k % 2 === 0
          ? { range: { start: { line, character: 4 }, end: { line, character: 4 } }, newText: 'x' }
          : { range: { start: { line, character: 4 }, end: { line, character: 5 } }, newText: '' },
      ]);
      const doc = await c.request<PreviewDoc>('vanthu/preview', { textDocument: { uri } });
      rt.push(performance.now() - t0);
      if (doc.version !== k + 2) throw new Error(`preview of version ${doc.version}, expected ${k + 2}`);
    }
    console.log(
      `  through the server (didChange + vanthu/preview, stdio): median ${median(rt).toFixed(1)} ms (p95 ${p95(rt).toFixed(1)})`,
    );
  } finally {
    await c.stop().catch(() => {});
    rmSync(ws, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void benchPreview();
