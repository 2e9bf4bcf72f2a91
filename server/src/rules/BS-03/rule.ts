import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'BS-03',
  alias: 'circulation-mark',
  title: vi('Chỉ dẫn phạm vi lưu hành', 'Circulation mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III, khoản 2 điểm c',
  severity: 'info',
  fixable: true,
  description: vi(
    'Chỉ dẫn về phạm vi lưu hành như "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)" được trình bày bằng chữ in hoa, kiểu chữ đứng, đậm.',
    'Circulation marks such as "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", "TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)" are written in upright bold capitals.',
  ),
  check({ letter, report }) {
    for (const mark of letter.marks) {
      if (mark.kind !== 'circulation') continue;
      const line = mark.line;
      const want = line.key
        .toLocaleUpperCase('vi')
        .replace(/[ \t]+/g, ' ')
        .trim();
      if (line.key === want) continue;
      const span = spanOf(line);
      report({
        span,
        message: vi(
          `Chỉ dẫn phạm vi lưu hành viết bằng chữ in hoa: "${want}", thấy "${line.text}".`,
          `The circulation mark is written in capitals: "${want}", found "${line.text}".`,
        ),
        fix: {
          title: vi(`Viết "${want}"`, `Write "${want}"`),
          edits: [{ offset: span.start, length: span.end - span.start, newText: want }],
        },
      });
    }
  },
};
export default rule;
