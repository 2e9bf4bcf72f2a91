// A fix never damages text (issue 12), as a property: whole letters mutated as a careless drafter or a copy-paste
// would (a line deleted, duplicated or swapped, NFD, an en dash, an emoji, a CR, a wrapped Tiêu ngữ, odd Nơi nhận
// bullets, a note above the header), then fix-all; the oracle (test/helpers/fixSafety.ts) checks that every change
// lies where a first-run finding named it, that no word changes elsewhere, that no new finding appears, that a second
// run changes nothing, and that line endings and the BOM are kept. A modest count with a fixed seed here; the long
// run is scripts/fuzz-fixes.ts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MUTATIONS, mutate, seeds, violations, type Op } from './helpers/fixSafety.js';

const SEEDS = seeds();
const frac = fc.nat({ max: 9999 }).map((n) => n / 10000);
const caseArb = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  ops: fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), frac, frac), { minLength: 1, maxLength: 4 }),
});
const describeCase = (c: { seed: number; ops: Op[] }) =>
  `${SEEDS[c.seed].name} + ${c.ops.map(([k, x, y]) => `${MUTATIONS[k]}(${x}, ${y})`).join(', ')}`;

describe('fix safety (property, fast-check)', function () {
  this.timeout(120000);

  it('mutated letters: fix-all changes only what its findings named, adds no finding and converges', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const out = violations(mutate(SEEDS[c.seed].text, c.ops));
        assert.deepEqual(out.violations, [], describeCase(c));
      }),
      { numRuns: 40, seed: 20261204 },
    );
  });

  // the issue's hand-made triggers, on every whole letter of one kind each
  const triggers: [string, Op[]][] = [
    ['a Tiêu ngữ wrapped over two lines', [[MUTATIONS.indexOf('Tiêu ngữ wrapped'), 0, 0.2]]],
    ['only the Lưu line bulleted with "–"', [[MUTATIONS.indexOf('Lưu bulleted –'), 0, 0]]],
    ['only the Lưu line bulleted with "•"', [[MUTATIONS.indexOf('Lưu bulleted •'), 0, 0]]],
    ['all Nơi nhận items bulleted with "+"', [[MUTATIONS.indexOf('Nơi nhận bulleted +'), 0, 0]]],
    ['a note above the header', [[MUTATIONS.indexOf('note above header'), 0, 0.1]]],
    ['a whole text in NFD', [[MUTATIONS.indexOf('NFD whole text'), 0, 0]]],
    ['one CRLF line in an LF letter', [[MUTATIONS.indexOf('CR'), 0.3, 0.1]]],
  ];
  const letters = SEEDS.filter((s) => s.name.startsWith('letters/')).filter((_, i) => i % 6 === 0);
  for (const [name, ops] of triggers) {
    it(`${name}: no damage (${letters.length} letters)`, () => {
      for (const s of letters) assert.deepEqual(violations(mutate(s.text, ops)).violations, [], `${s.name} + ${name}`);
    });
  }
});
