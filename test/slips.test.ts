// Injected slips (issue 14): every slip of test/helpers/slips.ts written into every clean whole letter of
// test/fixtures/published and test/fixtures/offices must be reported by its rule on the injected line, and must not
// make any other line draw a new warning or error. The matrix (recall per slip) is printed, also by `npm run corpus`.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cleanLetters, inject, matrix, SLIPS, type Outcome } from './helpers/slips.js';

const root = join(import.meta.dirname, 'fixtures');

describe('injected slips (every clean letter × every slip the catalogue describes)', function () {
  this.timeout(120000);
  const letters = cleanLetters(
    [join(root, 'published'), join(root, 'offices'), join(root, 'letters')],
    ['nd30', 'qppl'],
  );
  let outcomes: Outcome[] = [];
  before(() => {
    outcomes = letters.flatMap(inject);
    console.log(matrix(outcomes).lines.join('\n'));
  });

  it('holds at least 30 clean letters', () => assert.ok(letters.length >= 30, `${letters.length}`));

  it('each slip applies somewhere and is found at its line in ≥ 95 % of the letters', () => {
    for (const r of matrix(outcomes).rows) {
      assert.ok(r.total > 0, `${r.slip}: applies to no letter`);
      const missed = outcomes.filter((o) => o.slip === r.slip && !o.found).map((o) => `${o.letter}:${o.line}`);
      assert.ok(r.found / r.total >= 0.95, `${r.slip}: ${r.found}/${r.total}, missed ${missed.join(', ')}`);
    }
    assert.equal(matrix(outcomes).rows.length, SLIPS.length);
  });

  it('one slip, one place: no new warning or error on another line', () => {
    const noisy = outcomes
      .filter((o) => o.elsewhere.length)
      .map((o) => `${o.letter} / ${o.slip}@${o.line}: ${o.elsewhere.join(', ')}`);
    assert.deepEqual(noisy, []);
  });
});
