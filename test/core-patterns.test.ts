// The small helpers of core/patterns.ts, each directly (mutation testing, issue 12: they were read through the rules'
// fixtures only).
import assert from 'node:assert/strict';
import { ci, DIEM_ORDER, nextDiem, titleCase } from '../server/src/core/patterns.js';

describe('core/patterns helpers', () => {
  it('ci: each letter in either case, other characters as they are', () => {
    assert.equal(ci('số 1'), '[sS][ốỐ] 1');
    const re = new RegExp(`^${ci('kế hoạch')}$`, 'u');
    for (const s of ['kế hoạch', 'KẾ HOẠCH', 'Kế Hoạch']) assert.ok(re.test(s), s);
    assert.ok(!re.test('ke hoach'));
    assert.equal(ci('/-.'), '/-.');
  });

  it('nextDiem: the point letters in the decree order (đ after d, no f, j, w, z)', () => {
    assert.equal(nextDiem('a'), 'b');
    assert.equal(nextDiem('d'), 'đ');
    assert.equal(nextDiem('đ'), 'e');
    assert.equal(nextDiem('e'), 'g');
    assert.equal(nextDiem('i'), 'k');
    assert.equal(nextDiem('v'), 'x');
    assert.equal(nextDiem('x'), 'y');
    assert.equal(nextDiem('y'), undefined);
    assert.equal(DIEM_ORDER.length, 23);
  });

  it('titleCase: an upper-case place as written in a sentence', () => {
    assert.equal(titleCase('ĐỨC PHỔ'), 'Đức Phổ');
    assert.equal(titleCase('SƠN  TỊNH'), 'Sơn Tịnh');
    assert.equal(titleCase('EA H’LEO'), 'Ea H’leo');
    assert.equal(titleCase('hà nội'), 'Hà Nội');
  });
});
