// The units an agency block names (core/places.ts: DD-04 and DD-06 read them) and the letter's province. Mutation
// testing (issue 12, npm run mutate) showed these read through the rules' fixtures only; here each branch directly.
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze.js';
import { agencyMentions, letterProvince, unmappedProvince, type UnitMention } from '../server/src/core/places.js';
import { letter } from './xref/letters.js';

const stateLetter = (agency: [string, string]) =>
  analyze(
    letter({ agency, so: '12/UBND-VP', place: 'Sơn Tịnh', date: ['02', '04', '2024'], summary: 'x', body: ['Nd./.'] }),
  ).letter;
const partyLetter = (committee: string) =>
  analyze(
    `**ĐẢNG CỘNG SẢN VIỆT NAM**\n\n**${committee}**\n\nSố 12-CV/TU\n\nQuảng Ngãi, ngày 02 tháng 4 năm 2024\n\n**KẾT LUẬN**\n\nNội dung.\n`,
  ).letter;
const seen = (ms: UnitMention[]) => ms.map((m) => [m.kind, m.type, m.name, m.line.key.slice(m.at[0], m.at[1])]);

describe('agency block units (core/places.ts)', () => {
  it('the unit under "ỦY BAN NHÂN DÂN", a UBND line, a unit inside another body, a thị xã', () => {
    assert.deepEqual(seen(agencyMentions(stateLetter(['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH']))), [
      ['gov', 'huyện', 'SƠN TỊNH', 'HUYỆN SƠN TỊNH'],
    ]);
    assert.deepEqual(seen(agencyMentions(stateLetter(['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ']))), [
      ['gov', 'tỉnh', 'QUẢNG NGÃI', 'TỈNH QUẢNG NGÃI'],
    ]);
    assert.deepEqual(
      seen(agencyMentions(stateLetter(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'BẢO HIỂM XÃ HỘI TỈNH QUẢNG NGÃI']))),
      [['other', 'tỉnh', 'QUẢNG NGÃI', 'TỈNH QUẢNG NGÃI']],
    );
    assert.deepEqual(seen(agencyMentions(stateLetter(['UBND THỊ XÃ ĐỨC PHỔ', 'PHÒNG VĂN HÓA - XÃ HỘI']))), [
      ['gov', 'thị xã', 'ĐỨC PHỔ', 'THỊ XÃ ĐỨC PHỔ'],
    ]);
    // the range is the whole unit phrase of the line, from its type word
    const [m] = agencyMentions(stateLetter(['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ']));
    assert.deepEqual(m.at, [5, 20]);
  });

  it('never units: TỈNH ĐOÀN, XÃ HỘI; a Party committee only in a Party letter', () => {
    assert.deepEqual(agencyMentions(stateLetter(['TỈNH ĐOÀN QUẢNG NGÃI', 'BAN TUYÊN GIÁO'])), []);
    assert.deepEqual(agencyMentions(stateLetter(['ỦY BAN NHÂN DÂN', 'XÃ HỘI AN'])), []);
    assert.deepEqual(agencyMentions(stateLetter(['HUYỆN ỦY SƠN TỊNH', 'BAN TUYÊN GIÁO'])), []);
    const tu = partyLetter('TỈNH ỦY QUẢNG NGÃI');
    assert.equal(tu.family, 'party');
    assert.deepEqual(seen(agencyMentions(tu)), [['party', 'tỉnh', 'QUẢNG NGÃI', 'TỈNH ỦY QUẢNG NGÃI']]);
    assert.deepEqual(seen(agencyMentions(partyLetter('HUYỆN ỦY SƠN TỊNH'))), [
      ['party', 'huyện', 'SƠN TỊNH', 'HUYỆN ỦY SƠN TỊNH'],
    ]);
  });

  it('a province or city no date knows: unmapped (a thành phố inside another body does not count)', () => {
    assert.equal(unmappedProvince(agencyMentions(stateLetter(['UBND TỈNH ATLANTIS', 'SỞ Y TẾ']))), true);
    assert.equal(unmappedProvince(agencyMentions(stateLetter(['UBND THÀNH PHỐ ATLANTIS', 'PHÒNG KỸ THUẬT']))), true);
    const other = agencyMentions(stateLetter(['CÔNG TY ĐIỆN LỰC THÀNH PHỐ ATLANTIS', 'PHÒNG KỸ THUẬT']));
    assert.deepEqual(
      other.map((m) => m.kind),
      ['other'],
    );
    assert.equal(unmappedProvince(other), false);
    assert.equal(unmappedProvince(agencyMentions(stateLetter(['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ']))), false);
    assert.equal(unmappedProvince([]), false);
  });

  it("the letter's province: the one valid on the date, else one that had ended by then, else the configured one", () => {
    const qn = agencyMentions(stateLetter(['UBND TỈNH QUẢNG NGÃI', 'SỞ Y TẾ']));
    assert.equal(letterProvince(qn, '2024-04-02')?.name, 'Quảng Ngãi');
    // Quảng Nam: merged on 2025-07-01 — on a later date the ended province is still the letter's
    const qnam = agencyMentions(stateLetter(['UBND TỈNH QUẢNG NAM', 'SỞ Y TẾ']));
    assert.equal(letterProvince(qnam, '2024-01-01')?.name, 'Quảng Nam');
    const later = letterProvince(qnam, '2026-01-01');
    assert.equal(later?.name, 'Quảng Nam');
    assert.equal(later?.validTo, '2025-07-01');
    // on the very day it ended (validTo is exclusive) it is the ended one, not none
    assert.equal(letterProvince(qnam, '2025-07-01')?.validTo, '2025-07-01');
    // a district names no province: the configured one, or none
    const huyen = agencyMentions(stateLetter(['ỦY BAN NHÂN DÂN', 'HUYỆN SƠN TỊNH']));
    assert.equal(letterProvince(huyen, '2024-04-02'), undefined);
    assert.equal(letterProvince(huyen, '2024-04-02', 'Quảng Ngãi')?.name, 'Quảng Ngãi');
    assert.equal(letterProvince([], '2024-01-01', 'Quảng Ngãi')?.name, 'Quảng Ngãi');
    // the named province wins over the configured one
    assert.equal(letterProvince(qn, '2024-04-02', 'Bình Định')?.name, 'Quảng Ngãi');
  });
});
