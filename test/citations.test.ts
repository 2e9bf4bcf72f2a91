// Citation extraction (catalogue §1 CITE_*, §3.7.5): kind, number, family, date, issuer, summary, first mention and
// the introducing words. Sentences invented for the tests.
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze.js';
import type { Citation } from '../server/src/core/model.js';

const HEAD = `**ỦY BAN NHÂN DÂN  
HUYỆN ĐÔNG SƠN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**

Số: 51/UBND-VP

Đông Sơn, ngày 14 tháng 5 năm 2025

`;
const FOOT = `

**Nơi nhận:**

- Như trên;
- Lưu: VT, VP.

**CHỦ TỊCH**

**Lương Văn Khải**
`;

function cites(body: string, vv = 'V/v tổ chức thực hiện nhiệm vụ năm 2025'): Citation[] {
  const text = `${HEAD}${vv}\n\nKính gửi: Các phòng, ban thuộc UBND huyện.\n\n${body}${FOOT}`;
  const a = analyze(text, { today: '2025-05-20' });
  assert.ok(a.letter.isLetter, 'the test text is a letter');
  return a.letter.citations;
}
const pick = (cs: Citation[], number: string) => {
  const c = cs.find((x) => x.number === number);
  assert.ok(c, `${number} not found in ${cs.map((x) => x.number).join(', ')}`);
  return c;
};

describe('citation extraction', () => {
  it('reads an upper-case citation in the trích yếu, which is not the first mention', () => {
    const cs = cites(
      'Thực hiện Kế hoạch số 52-KH/HU ngày 07/02/2025 của Ban Thường vụ Huyện ủy về phát triển kinh tế số, UBND huyện đề nghị các đơn vị thực hiện./.',
      'V/V TRIỂN KHAI KẾ HOẠCH SỐ 52-KH/HU NGÀY 07 THÁNG 02 NĂM 2025 CỦA BAN THƯỜNG VỤ HUYỆN ỦY VỀ PHÁT TRIỂN KINH TẾ SỐ',
    );
    const [inTitle, inBody] = cs.filter((c) => c.number === '52-KH/HU');
    assert.equal(inTitle.inTrichYeu, true);
    assert.equal(inTitle.kind, 'KẾ HOẠCH');
    assert.equal(inTitle.family, 'party');
    assert.equal(inTitle.date, '2025-02-07');
    assert.equal(inTitle.issuer, 'BAN THƯỜNG VỤ HUYỆN ỦY');
    assert.equal(inTitle.summary, 'VỀ PHÁT TRIỂN KINH TẾ SỐ');
    assert.equal(inTitle.firstMention, false, "the letter's own trích yếu is not the first mention");
    assert.equal(inBody.firstMention, true);
    assert.equal(cs[inTitle.first], inBody, 'the trích yếu mention links to the first body mention');
  });

  it('tidies spaces inside numbers ("119- KH/TU", "15/ UBND-VX", "88/KH – BCĐ")', () => {
    const cs = cites(
      'Thực hiện Kế hoạch số 119- KH/TU ngày 18/12/2024 của Ban Thường vụ Tỉnh ủy về cải cách hành chính, Công văn số 15/ UBND-VX ngày 03/01/2025 của UBND tỉnh về lịch làm việc và Kế hoạch số 88/KH – BCĐ ngày 10/01/2025 của Ban Chỉ đạo tỉnh về chuyển đổi số, UBND huyện đề nghị các đơn vị thực hiện./.',
    );
    assert.deepEqual(
      cs.map((c) => [c.number, c.family]),
      [
        ['119-KH/TU', 'party'],
        ['15/UBND-VX', 'state'],
        ['88/KH-BCĐ', 'state'],
      ],
    );
    assert.deepEqual(
      cs.map((c) => c.date),
      ['2024-12-18', '2025-01-03', '2025-01-10'],
    );
  });

  it('finds "Quyết định 1234/QĐ-UBND" without "số"', () => {
    const c = pick(
      cites(
        'Thực hiện Quyết định 1234/QĐ-UBND ngày 02/4/2025 của UBND tỉnh về việc giao chỉ tiêu biên chế, UBND huyện đề nghị các đơn vị thực hiện./.',
      ),
      '1234/QĐ-UBND',
    );
    assert.equal(c.kind, 'Quyết định');
    assert.equal(c.so, '1234');
    assert.equal(c.typeCode, 'QĐ');
    assert.equal(c.issuerCode, 'UBND');
    assert.equal(c.issuer, 'UBND tỉnh');
    assert.equal(c.summary, 'về việc giao chỉ tiêu biên chế');
  });

  it('tells Party, state and legal-normative numbers apart', () => {
    const cs = cites(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Kết luận số 1753-KL/TU ngày 19/4/2023 của Ban Thường vụ Tỉnh ủy về công tác cán bộ và Kế hoạch số 14/KH-UBND ngày 20/01/2021 của UBND tỉnh về cải cách hành chính, UBND huyện đề nghị các đơn vị thực hiện./.',
    );
    assert.deepEqual(
      cs.map((c) => [c.kind, c.number, c.family, c.typeCode, c.issuerCode, c.year ?? null]),
      [
        ['Nghị định', '30/2020/NĐ-CP', 'legal', 'NĐ', 'CP', '2020'],
        ['Kết luận', '1753-KL/TU', 'party', 'KL', 'TU', null],
        ['Kế hoạch', '14/KH-UBND', 'state', 'KH', 'UBND', null],
      ],
    );
    assert.deepEqual(
      cs.map((c) => c.issuer),
      ['Chính phủ', 'Ban Thường vụ Tỉnh ủy', 'UBND tỉnh'],
    );
  });

  it('takes the issuer from "<X> có <citation>" and shares it with "… và <citation>"', () => {
    const cs = cites(
      'Sở Tài chính có Công văn số 210/STC-NS ngày 06/5/2025 và Công văn số 215/STC-NS ngày 08/5/2025 về bố trí kinh phí, UBND huyện đề nghị các đơn vị thực hiện./.',
    );
    assert.deepEqual(
      cs.map((c) => [c.number, c.issuer, c.date]),
      [
        ['210/STC-NS', 'Sở Tài chính', '2025-05-06'],
        ['215/STC-NS', 'Sở Tài chính', '2025-05-08'],
      ],
    );
    assert.equal(cs[1].summary, 'về bố trí kinh phí');
  });

  it('takes the issuer from "của <X> tại <citation>", and the date from "Ngày <date>, <X> ban hành <citation>"', () => {
    const cs = cites(
      'Thực hiện chỉ đạo của Chủ tịch UBND tỉnh tại Văn bản số 1520/UBND-NC ngày 09/5/2025 về thời hạn rà soát, UBND huyện đề nghị các đơn vị thực hiện.\n\nNgày 12/5/2025, Sở Nội vụ ban hành Hướng dẫn số 07/HD-SNV về đánh giá công chức; các đơn vị nghiên cứu thực hiện./.',
    );
    assert.deepEqual(
      cs.map((c) => [c.number, c.issuer, c.date]),
      [
        ['1520/UBND-NC', 'Chủ tịch UBND tỉnh', '2025-05-09'],
        ['07/HD-SNV', 'Sở Nội vụ', '2025-05-12'],
      ],
    );
  });

  it('ends the summary where a lower-case main clause starts after "Thực hiện/Căn cứ … ,"', () => {
    const cs = cites(
      'Thực hiện Thông tư số 12/2024/TT-BNV ngày 10/5/2024 của Bộ Nội vụ hướng dẫn chế độ phụ cấp, công chức được hưởng phụ cấp từ ngày 01/7/2024.\n\n' +
        'Căn cứ Công văn số 45/SNV-CCVC ngày 12/3/2024 của Sở Nội vụ về việc rà soát, cập nhật hồ sơ công chức, các cơ quan, đơn vị báo cáo trước ngày 20/3/2024.\n\n' +
        'Triển khai Kế hoạch số 20/KH-UBND ngày 02/02/2024 của UBND tỉnh về hỗ trợ cán bộ, công chức, viên chức, đề nghị các xã thực hiện.\n\n' +
        'Ngoài ra, Quyết định số 88/QĐ-UBND ngày 05/01/2024 của UBND huyện về việc giao chỉ tiêu, dự toán được phân bổ năm 2024 vẫn còn hiệu lực./.',
    );
    assert.equal(pick(cs, '12/2024/TT-BNV').summary, 'hướng dẫn chế độ phụ cấp');
    assert.equal(
      pick(cs, '45/SNV-CCVC').summary,
      'về việc rà soát, cập nhật hồ sơ công chức',
      'backs over the subject list "các cơ quan, đơn vị"',
    );
    assert.equal(
      pick(cs, '20/KH-UBND').summary,
      'về hỗ trợ cán bộ, công chức, viên chức',
      'a list of nouns is no clause',
    );
    assert.match(
      pick(cs, '88/QĐ-UBND').summary ?? '',
      /dự toán được phân bổ năm 2024 vẫn còn hiệu lực$/u,
      'no "Thực hiện …" opening: not cut',
    );
  });

  it('takes the issuer from "đề nghị của <X> (Tờ trình số …)"', () => {
    const c = pick(
      cites(
        'Theo đề nghị của Phòng Nội vụ (Tờ trình số 15/TTr-PNV ngày 02/5/2025), UBND huyện giao các xã thực hiện./.',
      ),
      '15/TTr-PNV',
    );
    assert.equal(c.issuer, 'Phòng Nội vụ');
  });

  it('takes the issuer named in the clause: "<X> triển khai tại <citation>", "được <X> giao tại <citation>"', () => {
    const c = pick(
      cites(
        'Rà soát các nội dung (đã được UBND tỉnh triển khai tại Kế hoạch số 14/KH-UBND ngày 20/01/2021) và báo cáo kết quả./.',
      ),
      '14/KH-UBND',
    );
    assert.equal(c.issuer, 'UBND tỉnh');
    assert.equal(c.summary, null);
    const d = pick(
      cites(
        'Thực hiện nhiệm vụ được Sở Nội vụ giao tại Công văn số 45/SNV-CCVC ngày 02/3/2026, Phòng Văn hóa - Xã hội báo cáo như sau:',
      ),
      '45/SNV-CCVC',
    );
    assert.equal(d.issuer, 'Sở Nội vụ');
    const e = pick(cites('Các đơn vị thực hiện nội dung tại Kế hoạch số 14/KH-UBND ngày 20/01/2026./.'), '14/KH-UBND');
    assert.equal(e.issuer, null, 'no body named: no issuer');
  });

  it('keeps "và" inside an issuer name and a summary that cites another document', () => {
    const cs = cites(
      'Thực hiện Chương trình số 31/CTr-UBND ngày 10/3/2025 của Sở Lao động - Thương binh và Xã hội và Bộ Tư pháp về phối hợp công tác; Kế hoạch số 185-KH/TU ngày 03/01/2025 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư. UBND huyện đề nghị các đơn vị thực hiện./.',
    );
    assert.equal(pick(cs, '31/CTr-UBND').issuer, 'Sở Lao động - Thương binh và Xã hội và Bộ Tư pháp');
    assert.equal(pick(cs, '185-KH/TU').summary, 'thực hiện Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư');
    assert.equal(pick(cs, '37-CT/TW').issuer, 'Ban Bí thư');
  });

  it('takes the nearest type word of a legal number and keeps an abbreviation after the issuer', () => {
    const cs = cites(
      'Luật này thay thế Luật Đường bộ số 23/2008/QH12; phúc đáp Công văn số 77/TCT-PC ngày 02/4/2025 của Tổng công ty Điện lực miền Trung (EVNCPC) về việc cấp điện, UBND huyện có ý kiến như sau: các đơn vị phối hợp thực hiện./.',
    );
    const law = pick(cs, '23/2008/QH12');
    assert.equal(law.kind, 'Luật');
    assert.equal(law.text, 'Luật Đường bộ số 23/2008/QH12');
    const cv = pick(cs, '77/TCT-PC');
    assert.equal(cv.issuer, 'Tổng công ty Điện lực miền Trung (EVNCPC)');
    assert.equal(cv.summary, 'về việc cấp điện');
  });

  it('links later mentions to the first and records where the date is written', () => {
    const cs = cites(
      'Thực hiện Kế hoạch số 40/KH-UBND ngày 5/2/2025 của UBND tỉnh về bảo vệ môi trường, UBND huyện đề nghị:\n\n1. Các xã triển khai Kế hoạch số 40/KH-UBND đúng tiến độ./.',
    );
    assert.deepEqual(
      cs.map((c) => [c.firstMention, c.first]),
      [
        [true, 0],
        [false, 0],
      ],
    );
    assert.equal(cs[0].dateText, 'ngày 5/2/2025');
    assert.ok(cs[0].dateSpan && cs[0].dateSpan.end > cs[0].dateSpan.start);
  });
});
