// Cross-references through the BUILT language server on a generated workspace of 1,000 letters (bench/xref.ts's
// generator): time to a complete index (work-done progress end), then hover and references latency on citations.
// Run: npx tsx bench/xref-lsp.ts [N]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestClient, uriOf } from '../test/lsp/client.js';
import { generateLetters } from './xref.js';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

export async function benchXrefLsp(n = 1000): Promise<{
  n: number;
  indexMs: number;
  hoverMedianMs: number;
  hoverP95Ms: number;
  referencesMedianMs: number;
  referencesP95Ms: number;
  refsPerQuery: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-xref-bench-'));
  const c = new TestClient();
  try {
    const files = [...generateLetters(n)];
    for (const [name, text] of files)
      writeFileSync(join(dir, name.replace(/[\\/]/g, '_').replace(/(\.md)?$/, '.md')), text);
    const t0 = performance.now();
    await c.start({ rootPath: dir });
    await c.waitFor(
      () => c.progress.some((p) => (p as { value: { kind: string } }).value.kind === 'end'),
      120_000,
      'the index',
    );
    const indexMs = performance.now() - t0;
    // open a late letter (it cites earlier ones) and query each of its citations
    const [name, text] = files[files.length - 1];
    const uri = uriOf(join(dir, name.replace(/[\\/]/g, '_').replace(/(\.md)?$/, '.md')));
    c.open(uri, text);
    const lines = text.split('\n');
    const at = lines.flatMap((l, line) =>
      [...l.matchAll(/số (\d+[^\s,;]*)/gu)].map((m) => ({ line, character: m.index! + 4 })),
    );
    const hover: number[] = [];
    const refs: number[] = [];
    let count = 0;
    for (let k = 0; k < 40; k++) {
      const position = at[k % at.length];
      let t = performance.now();
      await c.request('textDocument/hover', { textDocument: { uri }, position });
      hover.push(performance.now() - t);
      t = performance.now();
      const r = await c.request<unknown[]>('textDocument/references', {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      });
      refs.push(performance.now() - t);
      count += r?.length ?? 0;
    }
    return {
      n,
      indexMs: Math.round(indexMs),
      hoverMedianMs: +pct(hover.slice(1), 50).toFixed(2),
      hoverP95Ms: +pct(hover.slice(1), 95).toFixed(2),
      referencesMedianMs: +pct(refs.slice(1), 50).toFixed(2),
      referencesP95Ms: +pct(refs.slice(1), 95).toFixed(2),
      refsPerQuery: Math.round(count / 40),
    };
  } finally {
    await c.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && /bench[\\/]xref-lsp\.ts$/.test(process.argv[1])) {
  const n = Number(process.argv[2] ?? 1000);
  void benchXrefLsp(n).then((r) => console.log(JSON.stringify(r)));
}
