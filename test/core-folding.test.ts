// Tone-mark placement (the old "HOÀ", "UỶ", "thuý" against the decree's "HÒA", "ỦY", "thúy") is folded before
// recognition: a letter typed with either placement is read the same and gets the same findings. Mutation testing
// showed that switching the folding off failed no test (issue 12).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze.js';
import { foldTones } from '../server/src/core/source.js';

const root = join(import.meta.dirname, '..');
const letter = readFileSync(join(root, 'test', 'fixtures', 'letters', 'cong-van.md'), 'utf8');

describe('tone placement folding (HOÀ/HÒA, UỶ/ỦY)', () => {
  it('folds the old placement to the decree form, keeping case and length', () => {
    assert.equal(foldTones('CỘNG HOÀ'), 'CỘNG HÒA');
    assert.equal(foldTones('UỶ BAN'), 'ỦY BAN');
    assert.equal(foldTones('hoà thuý khoẻ Hoà'), 'hòa thúy khỏe Hòa');
    assert.equal(foldTones('HoÀ'), 'HòA');
    for (const s of ['CỘNG HOÀ', 'UỶ BAN', 'thuý']) assert.equal(foldTones(s).length, s.length);
    // only at the end of a syllable: "hoàn", "toán", "quý" are left alone
    assert.equal(foldTones('hoàn thành toán học'), 'hoàn thành toán học');
    assert.equal(foldTones('ĐÃ HÒA'), 'ĐÃ HÒA');
  });

  it('a letter typed with HOÀ and UỶ is read as the same letter, with the same findings', () => {
    const old = letter.replace('CỘNG HÒA', 'CỘNG HOÀ').replace(/ỦY/g, 'UỶ');
    assert.notEqual(old, letter);
    const a = analyze(letter);
    const b = analyze(old);
    assert.ok(b.letter.isLetter);
    assert.deepEqual(
      b.diagnostics.map((d) => d.rule),
      a.diagnostics.map((d) => d.rule),
    );
    assert.equal(b.letter.agency?.lines[0].key, a.letter.agency?.lines[0].key);
    assert.ok(b.letter.quocHieu?.quocHieu);
    assert.equal(b.letter.quocHieu?.quocHieu?.key, a.letter.quocHieu?.quocHieu?.key);
  });
});
