// What a crawler does to a published letter's layout, read back by `inspect`: the two-column header flattened onto
// single lines, a signer's military rank, a body-only tờ trình, a date line without "năm", numbers listed under one
// date.
import assert from 'node:assert/strict';
import { analyze } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';

const inspect = (text: string) => {
  const a = analyze(text, { today: '2026-11-26' });
  return { m: inspectLetter(a.letter, 'x.md') as Record<string, any>, a };
};

const FLAT = `ỦY BAN NHÂN DÂN TỈNH LONG KHÊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc
-------- ---------------
Số: 45/SCT-QLTM Long Khê, ngày 05 tháng 02 năm 2024
V/v bình ổn thị trường dịp Tết

Kính gửi: Các doanh nghiệp phân phối; Ủy ban nhân dân các huyện.

Sở Công Thương đề nghị các đơn vị bảo đảm nguồn hàng dịp Tết Nguyên đán./.

Nơi nhận:
- Như trên;
- Lưu: VT, QLTM.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

(Đã ký)

Thượng tá Lê Văn Cường
`;

describe('crawled layouts', () => {
  it('splits a flattened two-column header into cơ quan, Quốc hiệu, number and date', () => {
    const { m, a } = inspect(FLAT);
    assert.equal(m.type, 'cong-van');
    assert.deepEqual(m.issuer, { name: 'SỞ CÔNG THƯƠNG', parent: 'ỦY BAN NHÂN DÂN TỈNH LONG KHÊ', line: 1 });
    assert.equal(m.soKyHieu.text, '45/SCT-QLTM');
    assert.equal(m.date.iso, '2024-02-05');
    assert.deepEqual(m.recipients, ['Các doanh nghiệp phân phối', 'Ủy ban nhân dân các huyện']);
    assert.deepEqual(
      a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule),
      [],
    );
  });

  it("keeps a signer's rank out of the name", () => {
    const { m } = inspect(FLAT);
    assert.equal(m.signature.name, 'Lê Văn Cường');
    assert.equal(m.signature.rank, 'Thượng tá');
    assert.equal(m.signature.authority, 'KT.');
  });

  it('a merged "CỘNG HÒA … Độc lập - Tự do - Hạnh phúc" line stays one part (QH-03)', () => {
    const text = FLAT.replace(
      /^.*\n.*\n/,
      '**ỦY BAN NHÂN DÂN  \nTỈNH LONG KHÊ**\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n',
    );
    assert.ok(inspect(text).a.diagnostics.some((d) => d.rule === 'QH-03'));
  });

  it('reads a body-only page that submits ("kính trình … xem xét") as a tờ trình', () => {
    const { m } = inspect(`Kính gửi: Hội đồng nhân dân huyện Long Hồ.

Ủy ban nhân dân huyện kính trình Hội đồng nhân dân huyện xem xét, thông qua Đề án như sau:

1. Phạm vi: toàn huyện.

2. Thời gian thực hiện: năm 2025./.
`);
    assert.equal(m.type, 'to-trinh');
  });

  it('reads the year of a date line missing "năm"', () => {
    const { m } = inspect(FLAT.replace('ngày 05 tháng 02 năm 2024', 'ngày 05 tháng 02 2024'));
    assert.equal(m.date.iso, '2024-02-05');
  });

  it('numbers listed before one date share it: "các Nghị quyết số 05/NQ-HĐND, 06/NQ-HĐND ngày …"', () => {
    const { m } = inspect(
      FLAT.replace(
        'Sở Công Thương đề nghị',
        'Thực hiện các Nghị quyết số 05/NQ-HĐND, 06/NQ-HĐND ngày 10/12/2023 của Hội đồng nhân dân tỉnh về bình ổn giá, Sở Công Thương đề nghị',
      ),
    );
    const dates = Object.fromEntries(m.citations.map((c: any) => [c.number, [c.date, c.issuer]]));
    assert.deepEqual(dates['05/NQ-HĐND'], ['2023-12-10', 'Hội đồng nhân dân tỉnh']);
    assert.deepEqual(dates['06/NQ-HĐND'], ['2023-12-10', 'Hội đồng nhân dân tỉnh']);
  });

  it('legal-normative numbers listed under one type word each keep their own date: "các Quyết định số A/2019/… ngày …, số B/2020/… ngày …"', () => {
    const { m } = inspect(
      FLAT.replace(
        'Sở Công Thương đề nghị',
        'Thực hiện các Quyết định số 10/2019/QĐ-UBND ngày 05/3/2019, số 22/2020/QĐ-UBND ngày 15/7/2020 của Ủy ban nhân dân tỉnh về quản lý chợ, Sở Công Thương đề nghị',
      ),
    );
    const dates = Object.fromEntries(m.citations.map((c: any) => [c.number, [c.date, c.issuer]]));
    assert.deepEqual(dates['10/2019/QĐ-UBND'], ['2019-03-05', 'Ủy ban nhân dân tỉnh']);
    assert.deepEqual(dates['22/2020/QĐ-UBND'], ['2020-07-15', 'Ủy ban nhân dân tỉnh']);
  });
  it('splits a flattened "Số: … V/v …" row: the number, the trích yếu (with its wrapped line) and the date', () => {
    const one = inspect(
      FLAT.replace(
        /Số: 45.*\nV\/v.*\n/,
        'Số: 45/SCT-QLTM V/v bình ổn thị trường Long Khê, ngày 05 tháng 02 năm 2024\n',
      ),
    );
    assert.equal(one.m.soKyHieu.text, '45/SCT-QLTM');
    assert.equal(one.m.title.summary, 'bình ổn thị trường');
    assert.equal(one.m.date.iso, '2024-02-05');
    const wrapped = inspect(
      FLAT.replace(
        /Số: 45.*\nV\/v.*\n/,
        'Số: 45/SCT-QLTM V/v bình ổn thị trường\ndịp Tết Nguyên đán\nLong Khê, ngày 05 tháng 02 năm 2024\n',
      ),
    );
    assert.equal(wrapped.m.title.summary, 'bình ổn thị trường dịp Tết Nguyên đán');
    assert.equal(wrapped.m.date.iso, '2024-02-05');
    for (const { a } of [one, wrapped])
      assert.deepEqual(
        a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule),
        [],
      );
  });
});
