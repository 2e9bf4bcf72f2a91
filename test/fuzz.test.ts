// Broken input never crashes the analysis, and fix-all always converges: random edits of the whole-letter fixtures
// (fixed seed, so a failure reproduces).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll } from '../server/src/core/analyze.js';

const dir = join(import.meta.dirname, 'fixtures', 'letters');
const seeds = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const BITS = [
  '\n',
  '\n\n',
  '**',
  '*',
  '_',
  '\\',
  '<u>',
  '</u>',
  '|',
  '- ',
  '1. ',
  'a) ',
  'Số: ',
  'ngày ',
  ' tháng ',
  'KT. ',
  'TM. ',
  'Nơi nhận:',
  'Kính gửi:',
  'V/v ',
  '```',
  '<!--',
  '-->',
  '# ',
  '> ',
  '\u0301',
  '\ufeff',
  '\r\n',
  '📌',
  'Điều 1.',
  'Căn cứ ',
  '/',
  '-',
  './.',
  'Lưu: VT',
  'QUYẾT ĐỊNH:',
  '\t',
  '   ',
  'Kế hoạch số 1/KH-UBND',
  '12-NQ/TU',
  '30/2020/NĐ-CP',
];

describe('robustness (random edits)', function () {
  this.timeout(120000);
  it('analysis never throws and fix-all converges', () => {
    let x = 20261126;
    const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
    const options = { today: '2026-11-26' };
    for (let i = 0; i < 400; i++) {
      let t = seeds[Math.floor(rand() * seeds.length)];
      for (let k = 1 + Math.floor(rand() * 8); k > 0; k--) {
        const at = Math.floor(rand() * t.length);
        const op = rand();
        if (op < 0.5) t = t.slice(0, at) + BITS[Math.floor(rand() * BITS.length)] + t.slice(at);
        else if (op < 0.8) t = t.slice(0, at) + t.slice(at + Math.floor(rand() * 40));
        else t = t.slice(0, at) + t.slice(Math.floor(rand() * t.length));
      }
      assert.doesNotThrow(() => analyze(t, options), `case ${i}`);
      if (i % 4 === 0) {
        const once = fixAll(t, options).text;
        assert.equal(fixAll(once, options).text, once, `fix-all converges, case ${i}`);
      }
    }
  });
});
