import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'QH-04',
  alias: 'mixed-party-state-header',
  title: vi('Lẫn tiêu đề của Đảng với Quốc hiệu', 'Party heading mixed with the national title'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 1',
  severity: 'error',
  families: ['state', 'party'],
  description: vi(
    'Văn bản của cơ quan nhà nước dùng Quốc hiệu và Tiêu ngữ; văn bản của tổ chức Đảng dùng tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM". Một văn bản không được có cả hai.',
    'A state document carries the national title and motto; a Party document carries "ĐẢNG CỘNG SẢN VIỆT NAM". One document cannot carry both.',
  ),
  check({ letter, report }) {
    const head = letter.partyHead;
    const qh = letter.quocHieu?.quocHieu;
    if (!head || !qh) return;
    report({
      span: spanOf(head),
      message: vi(
        'Văn bản có cả tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" và Quốc hiệu: văn bản nhà nước chỉ dùng Quốc hiệu và Tiêu ngữ, văn bản của Đảng chỉ dùng tiêu đề Đảng; bỏ một trong hai.',
        'The document carries both "ĐẢNG CỘNG SẢN VIỆT NAM" and the national title: a state document uses only the national title and motto, a Party document only the Party heading; remove one.',
      ),
      related: [{ span: spanOf(qh), message: vi('Quốc hiệu', 'National title') }],
    });
  },
};
export default rule;
