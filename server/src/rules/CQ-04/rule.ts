import { spanOf, vi, type Rule } from '../../core/rule.js';

const LOCAL = /^(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)(?![\p{L}])/u;

const rule: Rule = {
  id: 'CQ-04',
  alias: 'agency-parent-needless',
  title: vi('Không cần cơ quan chủ quản phía trên UBND/HĐND', 'No governing body above an UBND/HĐND'),
  provision: 'Thực tiễn, không có trong NĐ 30/2020 (Phụ lục I, Phần I, Mục II, khoản 2)',
  severity: 'info',
  description: vi(
    'Ủy ban nhân dân và Hội đồng nhân dân các cấp tự đứng tên trên văn bản của mình; ghi thêm cơ quan cấp trên (ví dụ "UBND TỈNH ...") phía trên là không thông thường.',
    'People\'s Committees and Councils at every level head their own documents; a higher body (e.g. "UBND TỈNH ...") above them is unusual.',
  ),
  check({ letter, report }) {
    const agency = letter.agency;
    if (!agency || !agency.parentLines.length || !agency.issuerLines.length) return;
    if (!LOCAL.test(agency.name.toLocaleUpperCase('vi'))) return;
    const a = agency.parentLines[0];
    report({
      span: { start: spanOf(a).start, end: spanOf(agency.parentLines[agency.parentLines.length - 1]).end },
      message: vi(
        `"${agency.name}" tự đứng tên trên văn bản: thường không ghi cơ quan cấp trên "${agency.parent}" phía trên.`,
        `"${agency.name}" heads its own documents: the higher body "${agency.parent}" is not normally written above it.`,
      ),
    });
  },
};
export default rule;
