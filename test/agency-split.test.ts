// The agency block: which lines are the cơ quan chủ quản and which the issuing body (recognise.ts agencyOf), for the
// bodies an UBND or a ministry sets up besides its sở and phòng (Hội đồng, Ban, Tổ, Đoàn …).
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze.js';

const letter = (agency: string) =>
  `${agency}

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  
Độc lập - Tự do - Hạnh phúc**

Số: 15/HĐTĐKT-VP

Quảng Ngãi, ngày 16 tháng 11 năm 2026

V/v hướng dẫn xét tặng danh hiệu thi đua năm 2026

Kính gửi: Các sở, ban, ngành thuộc tỉnh.

Đề nghị các cơ quan, đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 15 tháng 12 năm 2026./.

***Nơi nhận:***

- Như trên;
- Lưu: VT, VP.

**CHỦ TỊCH**

**Nguyễn Văn Bình**
`;

const split = (agency: string) => {
  const a = analyze(letter(agency), { today: '2026-11-26' }).letter.agency!;
  return [a.parent, a.name];
};

describe('agency block: chủ quản and issuing body', () => {
  it('a Hội đồng under the UBND, one bold paragraph with a hard break', () => {
    assert.deepEqual(split('**UBND TỈNH QUẢNG NGÃI  \nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG**'), [
      'UBND TỈNH QUẢNG NGÃI',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    ]);
  });

  it('the same in regular weight, two paragraphs', () => {
    assert.deepEqual(split('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'), [
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    ]);
  });

  it('a Ban chỉ đạo, a Tổ công tác, an Đoàn kiểm tra', () => {
    for (const body of ['BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ', 'TỔ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', 'ĐOÀN KIỂM TRA LIÊN NGÀNH'])
      assert.deepEqual(split(`**UBND TỈNH QUẢNG NGÃI  \n${body}**`), ['UBND TỈNH QUẢNG NGÃI', body]);
  });

  it('the Hội đồng nhân dân and a wrapped UBND name stay one body', () => {
    assert.deepEqual(split('**HỘI ĐỒNG NHÂN DÂN  \nTỈNH QUẢNG NGÃI**'), [null, 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI']);
    assert.deepEqual(split('**ỦY BAN NHÂN DÂN  \nTỈNH QUẢNG NGÃI**'), [null, 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI']);
  });
});
