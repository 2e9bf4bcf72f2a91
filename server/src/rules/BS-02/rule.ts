import { spanOf, vi, type Rule } from '../../core/rule.js';

const OK = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT)$/u;

/** Canonical form of a recognised secrecy mark. */
const canon = (key: string): string => key.toLocaleUpperCase('vi').replace(/[ \t]+/g, ' ').trim();

const rule: Rule = {
  id: 'BS-02',
  alias: 'secrecy-mark',
  title: vi('Dấu chỉ độ mật', 'Secrecy mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Độ mật của văn bản chứa bí mật nhà nước ghi một trong các dấu "MẬT", "TỐI MẬT", "TUYỆT MẬT" (Luật Bảo vệ bí mật nhà nước 2018) bằng chữ in hoa, đặt dưới số, ký hiệu văn bản.',
    'A document holding state secrets is marked "MẬT", "TỐI MẬT" or "TUYỆT MẬT" (Law on State Secrets Protection 2018) in capitals, placed under the number and symbol.',
  ),
  check({ letter, report }) {
    for (const mark of letter.marks) {
      if (mark.kind !== 'secrecy') continue;
      const line = mark.line;
      const want = canon(line.key);
      if (!OK.test(line.key)) {
        const span = spanOf(line);
        report({
          span,
          message: vi(
            `Dấu độ mật phải viết in hoa: "${want}", thấy "${line.text}".`,
            `The secrecy mark must be in capitals: "${want}", found "${line.text}".`,
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
