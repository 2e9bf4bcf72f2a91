// Catalogue §9: the expected diagnostics of the seed draft (a copy of shared/corpus/seed.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze.js';

const text = readFileSync(join(import.meta.dirname, 'fixtures', 'seed.md'), 'utf8');
const a = analyze(text, { today: '2023-05-20' });
const at = (rule: string) => a.diagnostics.filter((d) => d.rule === rule);
const onLine = (rule: string, line: number) => at(rule).filter((d) => d.start.line + 1 === line);

describe('seed draft (catalogue §9)', () => {
  it('is recognised as a công văn of the state family', () => {
    assert.equal(a.letter.family, 'state');
    assert.equal(a.letter.type, 'cong-van');
  });
  it('Số: /UBND → SKH-03 info (blank number) and SKH-05 warning (no drafting-unit code)', () => {
    assert.deepEqual(
      onLine('SKH-03', 9).map((d) => d.severity),
      ['info'],
    );
    assert.deepEqual(
      onLine('SKH-05', 9).map((d) => d.severity),
      ['warning'],
    );
  });
  it('date line → DD-03 info only (blank day); month 5 needs no zero', () => {
    assert.deepEqual(
      onLine('DD-03', 11).map((d) => d.severity),
      ['info'],
    );
    assert.equal(at('DD-02').length, 0);
    assert.equal(at('DD-01').length, 0);
  });
  it('VD-01: 1753-KL/TU lacks a summary; 14/KH-UBND lacks issuer and summary; 27-CT/TU lacks a summary', () => {
    const vd = at('VD-01').map((d) => `${d.start.line + 1}:${text.slice(d.span.start, d.span.end)}`);
    assert.ok(
      vd.some((s) => s.startsWith('24:') && s.includes('1753-KL/TU')),
      vd.join('; '),
    );
    assert.ok(
      vd.some((s) => s.startsWith('32:') && s.includes('14/KH-UBND')),
      vd.join('; '),
    );
    assert.ok(
      vd.some((s) => s.startsWith('58:') && s.includes('27-CT/TU')),
      vd.join('; '),
    );
    assert.ok(!vd.some((s) => /2167\/UBND-KTTH|01-CTr\/TU|03-NQ\/TU/.test(s)), 'complete citations are not reported');
    // a missing date or issuer is a warning; a missing summary only info (issue 14: almost no letter writes it)
    assert.ok(at('VD-01').every((d) => d.severity === (/trích yếu/u.test(d.message.vi) ? 'info' : 'warning')));
  });
  it('ND-03 on the stray paragraph "hàng năm của Thị ủy…" (line 34)', () => {
    assert.deepEqual(
      at('ND-03').map((d) => d.start.line + 1),
      [34],
    );
    assert.equal(at('ND-03')[0].severity, 'warning');
  });
  it('ND-02 info on IUU, not on UBND/HĐND', () => {
    const nd02 = at('ND-02').map((d) => text.slice(d.span.start, d.span.end));
    assert.ok(nd02.includes('IUU'), nd02.join(','));
    assert.ok(!nd02.includes('UBND') && !nd02.includes('HĐND'));
  });
  it('NB-07 info on the bold khoản 4 and 5', () => {
    const lines = at('NB-07').map((d) => d.start.line + 1);
    assert.ok(lines.includes(54) && lines.includes(60), lines.join(','));
    assert.ok(at('NB-07').every((d) => d.severity === 'info'));
  });
  it('NN-04 info on "- Lưu: VT."', () => {
    assert.deepEqual(
      at('NN-04').map((d) => [d.start.line + 1, d.severity]),
      [[71, 'info']],
    );
  });
  it('no error at all, and nothing on the parts the catalogue lists as correct', () => {
    assert.deepEqual(
      a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule),
      [],
    );
    for (const rule of [
      'QH-01',
      'QH-02',
      'QH-03',
      'CQ-01',
      'CQ-02',
      'TL-04',
      'KG-02',
      'KG-03',
      'NB-03',
      'ND-01',
      'NN-05',
      'CK-01',
      'CK-02',
      'CK-03',
      'CK-08',
      'ND-04',
    ]) {
      assert.deepEqual(
        at(rule).map((d) => d.start.line + 1),
        [],
        rule,
      );
    }
  });
});
