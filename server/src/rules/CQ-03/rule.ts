import { spanOf, vi, type Rule } from '../../core/rule.js';

const SUBORDINATE = /^(?:SỞ|PHÒNG|CHI CỤC|TRUNG TÂM|BAN QUẢN LÝ|TRƯỜNG|VĂN PHÒNG)(?![\p{L}])/u;
// bodies with no governing body above them
const TOP = /^VĂN PHÒNG (?:CHÍNH PHỦ|QUỐC HỘI|CHỦ TỊCH NƯỚC|TRUNG ƯƠNG)(?![\p{L}])/u;

const rule: Rule = {
  id: 'CQ-03',
  alias: 'agency-parent-missing',
  title: vi('Thiếu tên cơ quan chủ quản', 'Governing body missing'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 2 điểm a',
  severity: 'info',
  description: vi(
    'Cơ quan trực thuộc (sở, phòng, chi cục, trung tâm, ban quản lý, trường, văn phòng) ghi tên cơ quan chủ quản trực tiếp ở dòng trên tên cơ quan ban hành, ví dụ "UBND TỈNH ..." trên "SỞ ...".',
    'A subordinate body (department, office, sub-department, centre, board, school) shows its direct governing body on the line above its own name, e.g. "UBND TỈNH ..." above "SỞ ...".',
  ),
  check({ letter, report }) {
    const agency = letter.agency;
    if (!agency || agency.parentLines.length) return;
    const first = agency.issuerLines[0];
    if (!first) return;
    const name = agency.name.toLocaleUpperCase('vi');
    if (!SUBORDINATE.test(name) || TOP.test(name)) return;
    report({
      span: spanOf(first),
      message: vi(
        `"${agency.name}" là cơ quan trực thuộc: ghi tên cơ quan chủ quản trực tiếp ở dòng trên (ví dụ "UBND TỈNH ...").`,
        `"${agency.name}" is a subordinate body: add its direct governing body on the line above (e.g. "UBND TỈNH ...").`,
      ),
    });
  },
};
export default rule;
