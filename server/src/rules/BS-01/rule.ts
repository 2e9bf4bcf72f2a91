import { checkMarks } from '../../core/marks.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const OK = /^(?:KHẨN|THƯỢNG KHẨN|HỎA TỐC)$/u;
// TT 01/2011 had a fourth level; NĐ 30/2020 has three (Phụ lục I, Phần I, Mục III, khoản 2 điểm b)
const HEN_GIO = /^h[ỏo]a[ \t]+tốc[ \t]+hẹn[ \t]+giờ$/iu;

const rule: Rule = {
  id: 'BS-01',
  alias: 'urgency-mark',
  title: vi('Dấu chỉ mức độ khẩn', 'Urgency mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III, khoản 2 điểm b',
  severity: 'warning',
  fixable: true,
  description: vi(
    '"Văn bản được xác định độ khẩn theo các mức sau: hoả tốc, thượng khẩn, khẩn" (Phụ lục I, Phần I, Mục III, khoản 2 điểm b): dấu "HỎA TỐC", "THƯỢNG KHẨN" hoặc "KHẨN" bằng chữ in hoa, đặt dưới số, ký hiệu văn bản. "HỎA TỐC HẸN GIỜ" là mức của Thông tư 01/2011, không có trong NĐ 30.',
    'The decree knows three urgency levels, "hoả tốc, thượng khẩn, khẩn" (Phụ lục I, Phần I, Mục III, khoản 2 điểm b): the mark "HỎA TỐC", "THƯỢNG KHẨN" or "KHẨN" in capitals, under the number and symbol. "HỎA TỐC HẸN GIỜ" was a level of Thông tư 01/2011 and is not in NĐ 30.',
  ),
  check(ctx) {
    for (const mark of ctx.letter.marks) {
      if (mark.kind !== 'urgency' || !HEN_GIO.test(mark.line.key)) continue;
      ctx.report({
        span: spanOf(mark.line),
        message: vi(
          'Mức độ khẩn "hỏa tốc hẹn giờ" không có trong NĐ 30 (mức của Thông tư 01/2011): NĐ 30 chỉ có các mức "hoả tốc, thượng khẩn, khẩn"; ghi "HỎA TỐC" và nêu thời hạn trong nội dung.',
          'The urgency level "hỏa tốc hẹn giờ" is not in NĐ 30 (a level of Thông tư 01/2011): NĐ 30 knows only "hoả tốc, thượng khẩn, khẩn"; mark it "HỎA TỐC" and state the deadline in the text.',
        ),
      });
    }
    checkMarks(ctx, 'urgency', OK, vi('Dấu mức độ khẩn', 'The urgency mark'), (m) => HEN_GIO.test(m.line.key));
  },
};
export default rule;
