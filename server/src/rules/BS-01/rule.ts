import { spanOf, vi, type Rule } from '../../core/rule.js';

const OK = /^(?:KHẨN|THƯỢNG KHẨN|HỎA TỐC(?: HẸN GIỜ)?)$/u;

/** Canonical form of a recognised urgency mark. */
const canon = (key: string): string => key.toLocaleUpperCase('vi').replace(/[ \t]+/g, ' ').trim();

const rule: Rule = {
  id: 'BS-01',
  alias: 'urgency-mark',
  title: vi('Dấu chỉ mức độ khẩn', 'Urgency mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Mức độ khẩn của văn bản ghi một trong các dấu "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" bằng chữ in hoa, đặt dưới số, ký hiệu văn bản.',
    'The urgency of a document is marked "KHẨN", "THƯỢNG KHẨN" or "HỎA TỐC" in capitals, placed under the number and symbol.',
  ),
  check({ letter, report }) {
    for (const mark of letter.marks) {
      if (mark.kind !== 'urgency') continue;
      const line = mark.line;
      const want = canon(line.key);
      if (!OK.test(line.key)) {
        const span = spanOf(line);
        report({
          span,
          message: vi(
            `Dấu mức độ khẩn phải viết in hoa: "${want}", thấy "${line.text}".`,
            `The urgency mark must be in capitals: "${want}", found "${line.text}".`,
          ),
          fix: { title: vi(`Viết "${want}"`, `Write "${want}"`), edits: [{ offset: span.start, length: span.end - span.start, newText: want }] },
        });
      } else if (letter.so && mark.line.start < letter.so.line.start) {
        report({
          span: spanOf(line),
          message: vi(
            `Dấu "${line.text}" đặt dưới số, ký hiệu văn bản (dòng ${letter.so.line.line + 1}), không đặt trên.`,
            `The mark "${line.text}" goes under the number and symbol (line ${letter.so.line.line + 1}), not above it.`,
          ),
          related: [{ span: spanOf(letter.so.line), message: vi('Số, ký hiệu', 'Number and symbol') }],
        });
      }
    }
  },
};
export default rule;
