// Export figures (issue 7): the layout (the preview's cost per update), HTML and .docx of the seed and of a
// 20-page letter. Goal: the 20-page letter exported in ≤ 300 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../server/src/core/analyze.js';
import { layoutLetter } from '../server/src/core/layout/index.js';
import { renderDocx, renderHtml } from '../server/src/export/index.js';
import { bigLetter } from './letters.js';

const root = join(import.meta.dirname, '..');

async function timeAsync(fn: () => Promise<unknown> | unknown, minMs = 600): Promise<{ median: number; n: number }> {
  for (let i = 0; i < 2; i++) await fn(); // warm up
  const runs: number[] = [];
  const t0 = performance.now();
  while (performance.now() - t0 < minMs || runs.length < 5) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { median: runs[runs.length >> 1], n: runs.length };
}

export async function benchExport(): Promise<void> {
  const letters: [string, string][] = [
    ['seed', readFileSync(join(root, 'test', 'fixtures', 'seed.md'), 'utf8')],
    ['20-page letter', bigLetter(60)],
  ];
  console.log('\nExport (median ms; goal: the 20-page letter ≤ 300 ms for .docx and for HTML):');
  for (const [name, text] of letters) {
    const letter = analyze(text).letter;
    const layout = layoutLetter(letter);
    const parser = unified().use(remarkParse);
    const base = await timeAsync(() => parser.parse(text));
    const a = await timeAsync(() => analyze(text));
    const l = await timeAsync(() => layoutLetter(letter));
    const h = await timeAsync(() => renderHtml(layout));
    const d = await timeAsync(() => renderDocx(layout));
    const html = a.median + l.median + h.median;
    const docx = a.median + l.median + d.median;
    console.log(
      `  ${name.padEnd(15)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB, ${layout.pages.length} pages): analyze ${a.median.toFixed(1)}, ` +
        `layout ${l.median.toFixed(1)} (the preview's update), HTML ${h.median.toFixed(1)}, .docx ${d.median.toFixed(1)} → ` +
        `export .docx ${docx.toFixed(0)} ms, HTML ${html.toFixed(0)} ms${name === '20-page letter' ? (docx <= 300 && html <= 300 ? ' (goal met)' : ' (goal MISSED)') : ''}`,
    );
    console.log(
      `  ${''.padEnd(15)} ×remark-parse (${base.median.toFixed(1)} ms): layout ×${(l.median / base.median).toFixed(2)}, .docx ×${(d.median / base.median).toFixed(2)}, analyze ×${(a.median / base.median).toFixed(2)}`,
    );
  }
}
