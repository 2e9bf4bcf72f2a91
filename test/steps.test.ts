// A long letter's analysis in steps (analyzeInSteps, what the language server runs between other messages): the
// rules that read every paragraph warm their memos a slice of paragraphs per step (`LetterRule.prepare`), the
// citations are gathered a slice per step, and the result is that of analyze(). Counted, never timed.
import assert from 'node:assert/strict';
import { analyze, analyzeInSteps, BlockCache, clearMemos, type Analysis } from '../server/src/core/analyze.js';
import { RULES } from '../server/src/rules/index.js';
import type { Joined } from '../server/src/core/source.js';
import type { Letter } from '../server/src/core/model.js';
import { letterOfSize } from '../bench/lsp.js';

const OPTIONS = { today: '2024-06-01' };

describe('analysis in steps (long letters)', function () {
  this.timeout(120_000);
  it('no step warms more than a slice of paragraphs for a rule, each paragraph once, and findings equal analyze()', () => {
    const text = letterOfSize(300_000);
    const seen = new Map<string, number[]>(); // rule → characters of paragraphs prepared in each step
    let step = 0;
    const wrapped: [(typeof RULES)[number], unknown][] = [];
    for (const r of RULES) {
      if (r.scope === 'workspace' || !r.prepare) continue;
      const prepare = r.prepare;
      wrapped.push([r, prepare]);
      r.prepare = (j: Joined, l: Letter) => {
        const per = seen.get(r.id) ?? [];
        per[step] = (per[step] ?? 0) + j.text.length;
        seen.set(r.id, per);
        prepare(j, l);
      };
    }
    try {
      clearMemos();
      const steps = analyzeInSteps(text, OPTIONS, new BlockCache());
      let a: Analysis;
      for (;;) {
        const r = steps.next();
        step++;
        if (r.done) {
          a = r.value;
          break;
        }
      }
      assert.ok(seen.size >= 3, `rules with prepare: ${[...seen.keys()]}`);
      const paragraphs = [...a.letter.canCu, ...a.letter.body, ...a.letter.annex];
      const total = paragraphs.reduce((n, p) => n + p.joined.text.length, 0);
      const longest = Math.max(...paragraphs.map((p) => p.joined.text.length));
      for (const [id, per] of seen) {
        const counts = per.filter((x) => x !== undefined);
        assert.equal(
          counts.reduce((x, y) => x + y, 0),
          total,
          `${id}: every paragraph prepared once`,
        );
        assert.ok(counts.length >= 8, `${id}: prepared over ${counts.length} steps`);
        assert.ok(Math.max(...counts) <= 25_000 + longest, `${id}: at most a slice per step (${Math.max(...counts)})`);
      }
      assert.ok(step > 100, `${step} steps`);
      assert.deepEqual(a.diagnostics, analyze(text, OPTIONS).diagnostics);
      assert.deepEqual(
        a.letter.citations.map((c) => [c.number, c.span, c.first, c.firstMention]),
        analyze(text, OPTIONS).letter.citations.map((c) => [c.number, c.span, c.first, c.firstMention]),
      );
    } finally {
      for (const [r, prepare] of wrapped) (r as { prepare: unknown }).prepare = prepare;
    }
  });

  it('a short letter gets no extra steps (no slices of preparation)', () => {
    const text = letterOfSize(2_000);
    let n = 0;
    const steps = analyzeInSteps(text, OPTIONS, new BlockCache());
    while (!steps.next().done) n++;
    const rules = RULES.filter((r) => r.scope !== 'workspace' && (r.families ?? ['state']).includes('state')).length;
    assert.ok(n <= rules + 4, `${n} steps for ${rules} rules`);
  });
});
