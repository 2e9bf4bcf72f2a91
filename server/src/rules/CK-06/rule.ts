import { signatures, up } from '../../core/footer.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const UNOFFICIAL = /(?<![\p{L}])(PHỤ TRÁCH|THƯỜNG TRỰC|THỨ NHẤT)(?![\p{L}])/u;

const rule: Rule = {
  id: 'CK-06',
  alias: 'unofficial-title',
  title: vi('Chức vụ không có trong quy định', 'Title not created by law'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7',
  severity: 'warning',
  description: vi(
    'Chức vụ ghi ở khối chữ ký là chức danh lãnh đạo chính thức; không ghi các chức danh không do pháp luật quy định như "phó … phụ trách", "phó … thường trực". Cấp phó được giao phụ trách ký "KT." như cấp phó ký thay.',
    'The title in the signature block is the official leadership title; titles not created by law such as "phó … phụ trách" or "phó … thường trực" are not written. A deputy put in charge signs "KT." like any deputy.',
  ),
  check({ letter, report }) {
    for (const sl of signatures(letter).flatMap((s) => s.stack)) {
      if (sl.prefix === 'TM.') continue; // TM. THƯỜNG TRỰC HĐND is a collective
      for (const line of sl.lines) {
        const m = UNOFFICIAL.exec(up(line.key));
        if (!m) continue;
        report({
          span: spanOf(line, m.index, m.index + m[1].length),
          message: vi(
            `"${line.text.slice(m.index, m.index + m[1].length)}" không phải chức danh do pháp luật quy định; ghi chức vụ chính thức (cấp phó được giao phụ trách ký "KT." như cấp phó ký thay).`,
            `"${line.text.slice(m.index, m.index + m[1].length)}" is not a title created by law; write the official title (a deputy in charge signs "KT." like any deputy).`,
          ),
        });
      }
    }
  },
};
export default rule;
