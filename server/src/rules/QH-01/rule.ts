import { R } from '../../core/patterns.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const WHOLE = new RegExp(R.QH_LOOSE.source + '$', 'iu');

const rule: Rule = {
  id: 'QH-01',
  alias: 'quoc-hieu',
  title: vi('Quốc hiệu không đúng', 'Wrong national title (Quốc hiệu)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 1 điểm a',
  severity: 'error',
  fixable: true,
  description: vi(
    `Quốc hiệu phải viết đúng và đủ "${QH}" bằng chữ in hoa (viết "HOÀ" cũng được chấp nhận); không viết tắt, không viết thường.`,
    `The national title must read "${QH}" in full and in capitals ("HOÀ" is accepted too); no abbreviation, no lower case.`,
  ),
  check({ letter, report }) {
    const qh = letter.quocHieu;
    const line = qh?.quocHieu;
    if (!line) return;
    let end = qh.merged && qh.tieuNguAt !== undefined ? qh.tieuNguAt : line.text.length;
    while (end > 0 && line.text[end - 1] === ' ') end--;
    const part = line.key.slice(0, end);
    if (R.QH.test(part)) return;
    const found = line.text.slice(0, end);
    const upper = part === part.toLocaleUpperCase('vi');
    report({
      span: spanOf(line, 0, end),
      message: upper
        ? vi(
            `Quốc hiệu phải viết đúng, đủ: "${QH}", thấy "${found}".`,
            `The national title must read "${QH}" in full, found "${found}".`,
          )
        : vi(
            `Quốc hiệu phải viết bằng chữ in hoa: "${QH}", thấy "${found}".`,
            `The national title must be in capitals: "${QH}", found "${found}".`,
          ),
      ...(WHOLE.test(part)
        ? { fix: { title: vi(`Sửa thành "${QH}"`, `Replace with "${QH}"`), edits: [replaceIn(line, 0, end, QH)] } }
        : {}),
    });
  },
};
export default rule;
