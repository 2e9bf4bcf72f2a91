// `npm run bench`: speed figures, all in one process so the ratios compare like with like.
//  - ms per letter for bare remark-parse, for analyze(), and for markdownlint (all default rules), on the same letters
//  - a 150 KB and a 500 KB letter-shaped file
//  - the language server's didChange → diagnostics latency (bench/lsp.ts) when the server is built
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyze, clearMemos } from '../server/src/core/analyze.js';
import { bigLetter } from './letters.js';

const root = join(import.meta.dirname, '..');
const letterDirs = [join(root, 'test', 'fixtures', 'letters'), join(root, 'examples')];
const letters = letterDirs.flatMap(d => (existsSync(d) ? readdirSync(d).filter(f => f.endsWith('.md')).map(f => readFileSync(join(d, f), 'utf8')) : []));
const parser = unified().use(remarkParse);

function time(fn: () => void, minMs = 400): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    fn();
    n++;
  }
  return (performance.now() - t0) / n;
}

const row = (name: string, ms: number, base: number) => console.log(`  ${name.padEnd(22)} ${ms.toFixed(3).padStart(9)} ms   ×${(ms / base).toFixed(2)} of remark-parse`);

console.log(`Văn Thư benchmark — Node ${process.version}, ${letters.length} letters`);
const perLetter = (fn: (t: string) => void) => time(() => letters.forEach(fn)) / letters.length;
const tParse = perLetter(t => parser.parse(t));
// cold: nothing memoised from an earlier run (what the CLI does); warm: the same text again (an editor's re-check)
const tAnalyze = perLetter(t => {
  clearMemos();
  analyze(t);
});
const tWarm = perLetter(t => analyze(t));
const tMdl = perLetter(t => markdownlint({ strings: { a: t } }));
console.log('ms per letter:');
row('remark-parse', tParse, tParse);
row('analyze (cold)', tAnalyze, tParse);
row('analyze (re-check)', tWarm, tParse);
row('markdownlint (default)', tMdl, tParse);
console.log(`  analyze / markdownlint = ${(tAnalyze / tMdl).toFixed(2)} (goal ≤ 1)`);

for (const kb of [150, 500]) {
  const big = bigLetter(kb);
  const p = time(() => parser.parse(big), 1000);
  const a = time(() => {
    clearMemos();
    analyze(big);
  }, 1000);
  const m = time(() => markdownlint({ strings: { a: big } }), 1000);
  console.log(`${kb} KB letter (${(Buffer.byteLength(big) / 1024).toFixed(0)} KB, ${analyze(big).diagnostics.length} findings):`);
  row('remark-parse', p, p);
  row('analyze (cold)', a, p);
  row('markdownlint (default)', m, p);
  console.log(`  analyze / markdownlint = ${(a / m).toFixed(2)}`);
}

if (existsSync(join(root, 'bench', 'lsp.ts')) && existsSync(join(root, 'server', 'dist', 'server.js'))) {
  void import('./lsp.js').then((mod: { benchLsp?: () => Promise<void> }) => mod.benchLsp?.());
}
