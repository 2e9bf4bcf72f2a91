import { agencyLinesByContent } from '../../core/guards.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'CQ-01',
  alias: 'agency-upper-case',
  title: vi('Tên cơ quan phải viết in hoa', 'Issuing body in capitals'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 2 điểm b',
  severity: 'error',
  fixable: true,
  description: vi(
    'Tên cơ quan, tổ chức ban hành văn bản và tên cơ quan chủ quản trực tiếp (nếu có) được trình bày bằng chữ in hoa.',
    'The issuing body and its direct governing body (if any) are written in capital letters.',
  ),
  check({ letter, report }) {
    const agency = letter.agency;
    if (!agency) return;
    const src = letter.src.text;
    // upper-case only what reads as the name of a body: not a drafting note or a wrapped Tiêu ngữ in its place
    const byContent = agencyLinesByContent(agency.lines.map((l) => l.text));
    agency.lines.forEach((line, i) => {
      const k = line.key;
      if (!k || k === k.toLocaleUpperCase('vi')) return;
      const span = spanOf(line);
      const original = src.slice(span.start, span.end);
      const upper = original.toLocaleUpperCase('vi');
      report({
        span,
        message: vi(
          `Tên cơ quan phải viết bằng chữ in hoa: "${line.text.toLocaleUpperCase('vi')}", thấy "${line.text}".`,
          `The issuing body must be written in capitals: "${line.text.toLocaleUpperCase('vi')}", found "${line.text}".`,
        ),
        ...(byContent[i] && upper.length === original.length && !/<[a-z]/i.test(original)
          ? {
              fix: {
                title: vi('Viết in hoa', 'Write in capitals'),
                edits: [{ offset: span.start, length: span.end - span.start, newText: upper }],
              },
            }
          : {}),
      });
    });
  },
};
export default rule;
