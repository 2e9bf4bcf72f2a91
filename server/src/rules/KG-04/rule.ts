import { spanOf, vi, type Rule } from '../../core/rule.js';

const DONG = /^(?:-[ \t]+)?(đồng[ \t]+kính[ \t]+gửi|đồng[ \t]+gửi)(?![\p{L}])/iu;

const rule: Rule = {
  id: 'KG-04',
  alias: 'dong-kinh-gui',
  title: vi('Không dùng "Đồng kính gửi"', 'Do not use "Đồng kính gửi"'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm b, d (không quy định "Đồng kính gửi")',
  severity: 'info',
  description: vi(
    'Nghị định 30/2020 không quy định thành phần "Đồng kính gửi". Cơ quan, đơn vị nhận để biết hoặc phối hợp được ghi ở phần "Nơi nhận".',
    'NĐ 30/2020 provides no "Đồng kính gửi" (co-addressees) component. Bodies that receive the document for information go in "Nơi nhận".',
  ),
  check({ letter, report }) {
    const seen = new Set<number>();
    for (const b of letter.blocks) {
      if (b.kind === 'html' || b.kind === 'code') continue;
      for (const l of b.lines) {
        if (seen.has(l.line)) continue;
        seen.add(l.line);
        const m = DONG.exec(l.key);
        if (!m) continue;
        const a = m[0].length - m[1].length;
        report({
          span: spanOf(l, a, m[0].length),
          message: vi(
            `"${l.text.slice(a, m[0].length)}" không có trong thể thức văn bản: ghi các cơ quan, đơn vị này ở phần "Nơi nhận".`,
            `"${l.text.slice(a, m[0].length)}" is not a component of the format: list these bodies under "Nơi nhận".`,
          ),
        });
      }
    }
  },
};
export default rule;
