// An edited document is analysed with its BlockCache and the per-paragraph memos (as the language server does): after
// any sequence of edits its findings — spans, messages, severities, fixes, related information — and its letter's
// citations must be exactly those of a fresh analysis of the same text. Property test (fast-check, modest count).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, BlockCache, type Analysis } from '../server/src/core/analyze.js';
import { seeds } from './helpers/fixSafety.js';

const SEEDS = seeds();
const OPTIONS = { today: '2026-11-26' };

/** Text an edit inserts: characters, line breaks, markers and parts of a letter, whole copied paragraphs. */
const SNIPPETS = [
  'a',
  ' ',
  'x',
  '\n',
  '\n\n',
  '.',
  '“',
  '”',
  '"',
  '**',
  '1. ',
  'a) ',
  '- ',
  '> ',
  'Số: 5/UBND-VP\n',
  'ngày 9 tháng 1 năm 2024',
  'Kế hoạch số 40/KH-UBND ngày 15/02/2024 của UBND tỉnh',
  'Quyết định số 1502/QĐ-UBND ngày 10/6/2021 của UBND tỉnh',
  'Quyết định số 1520/QĐ-UBND ngày 10/6/2021 của UBND tỉnh',
  'Điều 2. ',
  'Kính gửi: ',
  '- Lưu: VT.\n',
  '**Nơi nhận:**\n',
  '```\n',
  '<!-- x\n',
  ' -->',
  'ĐỀ NGHỊ',
  'V/v ',
];

interface Edit {
  at: number;
  del: number;
  insert: { snippet: number } | { from: number; length: number };
}

/** One edit: where (a fraction of the text), how much to delete, and what to insert (a snippet or a copied span). */
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: 9999 }).map((n) => n / 10000),
  del: fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 30 }), fc.nat({ max: 400 })),
  insert: fc.oneof(
    fc.nat({ max: SNIPPETS.length - 1 }).map((i) => ({ snippet: i })),
    fc.record({ from: fc.nat({ max: 9999 }).map((n) => n / 10000), length: fc.nat({ max: 300 }) }),
  ),
});

function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  let ins: string;
  if ('snippet' in e.insert) ins = SNIPPETS[e.insert.snippet];
  else {
    const from = Math.floor(e.insert.from * text.length);
    ins = text.slice(from, from + e.insert.length);
  }
  return text.slice(0, at) + ins + text.slice(at + e.del);
}

/** Everything the server publishes or serves from an analysis, as plain data. */
function observable(a: Analysis) {
  return {
    isLetter: a.letter.isLetter,
    type: a.letter.type,
    diagnostics: a.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      message: d.message,
      span: d.span,
      start: d.start,
      end: d.end,
      fix: d.fix,
      related: d.related,
    })),
    // every field of every citation, the paragraph by its place and text
    citations: a.letter.citations.map(({ paragraph, ...c }) => ({
      ...c,
      paragraph: paragraph && { base: paragraph.joined.base, text: paragraph.joined.text, quoted: paragraph.quoted },
    })),
  };
}

describe('incremental analysis equals a fresh one (property, fast-check)', function () {
  this.timeout(600_000);
  it('after random edit sequences on every kind of letter, findings and citations are those of analyze()', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: SEEDS.length - 1 }),
        fc.array(editArb, { minLength: 1, maxLength: 8 }),
        (seed, edits) => {
          const cache = new BlockCache();
          let text = SEEDS[seed].text;
          analyze(text, OPTIONS, cache);
          edits.forEach((e, i) => {
            text = apply(text, e);
            const inc = analyze(text, OPTIONS, cache);
            const fresh = analyze(text, OPTIONS);
            assert.deepEqual(observable(inc), observable(fresh), `${SEEDS[seed].name}, after edit ${i + 1}`);
          });
        },
      ),
      { numRuns: Number(process.env.INCREMENTAL_RUNS ?? 60), seed: Number(process.env.INCREMENTAL_SEED ?? 1213) },
    );
  });
});
