// The round trip over every whole-letter fixture: Markdown → layout → .docx (the export) → import → the same letter
// model, the same findings (rule and message, so the same place) and every word.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';
import { layoutLetter } from '../server/src/core/layout/index.js';
import { renderDocx } from '../server/src/export/index.js';
import { importDocx, originOf } from '../server/src/docx/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'letters');
const today = '2026-12-01';
/** The model without source lines (a Word paragraph is not a Markdown line) */
const model = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(model)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'line' && k !== 'file')
            .map(([k, x]) => [k, model(x)]),
        )
      : v;
/** The words a reader sees: the text of the Markdown tree (markup and HTML comments are not words). */
function words(md: string): string[] {
  const out: string[] = [];
  const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
    // a word has a letter or a digit: list markers and a table's pipes are layout
    if ((n.type === 'text' || n.type === 'inlineCode') && n.value)
      out.push(...n.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)));
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(unified().use(remarkParse).parse(md) as never);
  return out.sort(); // the two-column header is read cell by cell: the order of its lines may change
}

describe('docx round trip: Markdown → export .docx → import', function () {
  this.timeout(120000);
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    it(f, async () => {
      const md = readFileSync(join(dir, f), 'utf8');
      const a = analyze(md, { today });
      const imported = importDocx(await renderDocx(layoutLetter(a.letter)));
      const b = analyze(imported.markdown, { today });
      assert.deepEqual(words(imported.markdown), words(md), 'no word lost');
      const msgs = (x: typeof a) => x.diagnostics.map((d) => `${d.rule} ${d.message.vi}`).sort();
      assert.deepEqual(model(inspectLetter(b.letter, f)), model(inspectLetter(a.letter, f)));
      assert.deepEqual(msgs(b), msgs(a));
      // every finding lands in the Word paragraph whose text holds what it points at
      for (const d of b.diagnostics) {
        const o = originOf(imported.spans, d.span.start);
        const at = imported.markdown
          .slice(d.span.start, Math.min(d.span.end, d.span.start + 12))
          .split('\n')[0]
          .replace(/[*\\]/g, '')
          .trim();
        const text = imported.spans.find((s) => s.paragraph === o?.paragraph)?.text ?? '';
        assert.ok(text.includes(at), `${d.rule} at "${at}" → paragraph ${o?.paragraph}: "${text}"`);
      }
    });
  }
});
