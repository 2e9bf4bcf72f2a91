// A fix never damages text (issue 12), as a property: whole letters mutated as a careless drafter or a copy-paste
// would (a line deleted, duplicated or swapped, NFD, an en dash, an emoji, a CR, a wrapped Tiêu ngữ, odd Nơi nhận
// bullets, a note above the header), then fix-all; the oracle (test/helpers/fixSafety.ts) checks that every change
// lies where a first-run finding named it, that no word changes elsewhere, that no new finding appears, that a second
// run changes nothing, and that line endings and the BOM are kept. A modest count with a fixed seed here; the long
// run is scripts/fuzz-fixes.ts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MUTATIONS, mutate, seeds, unnamedLost, violations, type Op } from './helpers/fixSafety.js';

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

  // counterexamples of the long run (scripts/fuzz-fixes.ts --seed 20261204), each kept so it cannot come back
  const M = (name: (typeof MUTATIONS)[number]) => MUTATIONS.indexOf(name);
  const found: [string, string, Op[]][] = [
    // SKH-01 wrote "-" for the en dash and SKH-04 then found the type code mismatch it could not read before
    [
      '#1135 SKH-04 reads a Số line malformed by its dash',
      'published/sonn-33-gm-2023.md',
      [[M('en dash'), 0.5319, 0.4183]],
    ],
    // the oracle: NN-05's move and NN-03's rewrite of the next line made one changed run across both ranges
    [
      '#1289 a move next to a rewrite ("+" bullets)',
      'published/sogddt-2210-cv-2020.md',
      [
        [M('note above header'), 0.5451, 0.4911],
        [M('Nơi nhận bulleted +'), 0.8231, 0.4621],
        [M('swap lines'), 0.7123, 0.3238],
        [M('en dash'), 0.8064, 0.8824],
      ],
    ],
    // the oracle: NN-03 moved the Lưu line past a CRLF line; the diff showed the other line as changed
    [
      '#5428 the Lưu line moved past a CRLF line',
      'published/sokhdt-namthanh-412-cv-2025.md',
      [
        [M('CR'), 0.8247, 0.1225],
        [M('swap lines'), 0.7754, 0.117],
      ],
    ],
    // the oracle: the word diff of NN-03's move showed "Như trên" as removed and added
    [
      '#5810 the words of a moved line',
      'published/ubnd-phulam-256-cv-2016.md',
      [
        [M('swap lines'), 0.6962, 0.4035],
        [M('duplicate line'), 0.1496, 0.1239],
      ],
    ],
    // the oracle: a duplicated Tiêu ngữ, the second copy fixed by QH-02; the diff aligned the first as changed
    [
      '#6522 a duplicated Tiêu ngữ line',
      'letters/bao-cao-loi.md',
      [
        [M('duplicate line'), 0.0994, 0.3799],
        [M('delete line'), 0.7046, 0.3013],
      ],
    ],
    // the oracle: VH-04 re-cased "Tổng Cục" inside the text NN-02's finding quotes
    [
      '#11346 a finding quoting text a fix re-cased',
      'letters/cong-van-bo.md',
      [
        [M('swap lines'), 0.9898, 0.7704],
        [M('en dash'), 0.1509, 0.8654],
        [M('CR'), 0.8443, 0.8971],
        [M('emoji'), 0.1796, 0.2841],
      ],
    ],
    // the oracle: a line duplicated, one copy in NFD, TXT-01's NFC
    [
      '#13376 a duplicated line, one copy NFD',
      'offices/thpt-lequydon-15-gm-2025.md',
      [
        [M('BOM'), 0.2642, 0.9327],
        [M('emoji'), 0.3175, 0.098],
        [M('NFD line'), 0.6459, 0.145],
        [M('duplicate line'), 0.3024, 0.5654],
        [M('NFD line'), 0.2946, 0.6078],
      ],
    ],
    // the oracle: NB-02's order finding quotes the marker its format fix rewrote ("2 -" → "2.")
    [
      '#16520 a finding quoting a marker a fix rewrote',
      'published/sovhttdl-27-kh-2023.md',
      [[M('duplicate line'), 0.4007, 0.5433]],
    ],
    // NN-03 moved a "– Lưu" line below "- Như trên;", where it read as that item's continuation: the Lưu line lost
    [
      '#19046 NN-03 moves a "–" Lưu line with a hyphen',
      'published/soyte-tanphuoc-91-cv-2023.md',
      [
        [M('swap lines'), 0.6128, 0.261],
        [M('Lưu bulleted –'), 0.2657, 0.7266],
        [M('CR'), 0.026, 0.8207],
      ],
    ],
    // NN-05 did not read "– Như trên;" (the en dash bullet) until NN-02 wrote "-"
    [
      '#18260 NN-05 reads "– Như trên;"',
      'published/soyte-tanphuoc-91-cv-2023.md',
      [
        [M('en dash'), 0.1586, 0.5196],
        [M('emoji'), 0.4085, 0.321],
        [M('swap lines'), 0.151, 0.4432],
      ],
    ],
    // TL-03 ("Về việc", a line misread as the type name) and TL-04 ("V/v", a công văn) undid each other: no
    // convergence
    [
      '#20269 TL-03 and TL-04 never undo each other',
      'published/binhson-1234-ubnd-vp-2021.md',
      [
        [M('swap lines'), 0.1694, 0.6803],
        [M('CR'), 0.272, 0.4731],
        [M('BOM'), 0.4133, 0.2722],
        [M('NFD whole text'), 0.6476, 0.276],
        [M('CR'), 0.0259, 0.1223],
      ],
    ],
    // the oracle: a Lưu line in NFD, recomposed by TXT-01, counted as a second one
    [
      '#23553 a Lưu line recomposed is not a second one',
      'letters/to-trinh-phong.md',
      [
        [M('Lưu bulleted •'), 0.0717, 0.965],
        [M('duplicate line'), 0.8407, 0.0783],
        [M('NFD line'), 0.7778, 0.3769],
      ],
    ],
  ];
  for (const [what, name, ops] of found) {
    it(`counterexample ${what}: no violation`, () => {
      const s = SEEDS.find((x) => x.name === name)!;
      assert.deepEqual(violations(mutate(s.text, ops)).violations, [], `${name} + ${JSON.stringify(ops)}`);
    });
  }

  it('the oracle still sees damage: unnamed text lost, changed or moved out of order', () => {
    const text = 'một hai ba\nbốn năm\nsáu bảy\n';
    const named = [{ start: 4, end: 7 }]; // "hai"
    assert.equal(unnamedLost(text, 'một HAI ba\nbốn năm\nsáu bảy\n', named), null);
    assert.equal(unnamedLost(text, 'một  ba\nbốn năm\nsáu bảy\n', named), null);
    assert.deepEqual(unnamedLost(text, 'một HAI ba\nbốn\nsáu bảy\n', named)?.at, 7);
    assert.deepEqual(unnamedLost(text, 'một HAI ba\nbốn năm\nsáu bảy', named)?.at, 7);
    assert.deepEqual(unnamedLost(text, 'x một hai ba\nbốn năm\nsáu bảy\n', named)?.at, 0);
    // a line moved is a change unless a fix named it
    const lines = 'a\nb\nc\n';
    assert.notEqual(unnamedLost(lines, 'b\na\nc\n', []), null);
    assert.equal(
      unnamedLost(lines, 'b\na\nc\n', [
        { start: 0, end: 2 },
        { start: 4, end: 4 },
      ]),
      null,
    );
  });
});
