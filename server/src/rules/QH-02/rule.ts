import { R } from '../../core/patterns.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const TN = 'Độc lập - Tự do - Hạnh phúc';

const rule: Rule = {
  id: 'QH-02',
  alias: 'tieu-ngu',
  title: vi('Tiêu ngữ không đúng', 'Wrong motto (Tiêu ngữ)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 1 điểm b',
  severity: 'error',
  fixable: true,
  description: vi(
    `Tiêu ngữ phải là "${TN}": chỉ viết hoa chữ đầu mỗi cụm, các cụm nối bằng gạch nối (-) có một khoảng trắng mỗi bên.`,
    `The motto must read "${TN}": capital only at the start of each phrase, phrases joined by a hyphen-minus with one space on each side.`,
  ),
  check({ letter, report }) {
    const qh = letter.quocHieu;
    if (!qh?.tieuNgu) return;
    const line = qh.tieuNgu;
    const a = qh.merged ? (qh.tieuNguAt ?? 0) : 0;
    const text = line.key.slice(a);
    if (R.TN.test(text)) return;
    const dash = /[–—‐]/.test(text) || /\S-|-\S/.test(text);
    // rewrite the line only when it holds the whole motto: a Tiêu ngữ wrapped over two lines ("Độc lập - Tự do -" ⏎
    // "Hạnh phúc") would get its last phrase twice
    const bare = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase();
    const whole = /doc[ \t]*lap/.test(bare) && /tu[ \t]*do/.test(bare) && /hanh[ \t]*phuc/.test(bare);
    report({
      span: spanOf(line, a),
      message: dash
        ? vi(
            `Tiêu ngữ phải nối các cụm bằng " - " (gạch nối, một khoảng trắng mỗi bên): "${TN}".`,
            `The motto's phrases must be joined by " - " (hyphen with spaces): "${TN}".`,
          )
        : vi(
            `Tiêu ngữ phải viết đúng: "${TN}", thấy "${line.text.slice(a)}".`,
            `The motto must read "${TN}", found "${line.text.slice(a)}".`,
          ),
      ...(whole
        ? {
            fix: {
              title: vi(`Sửa thành "${TN}"`, `Replace with "${TN}"`),
              edits: [replaceIn(line, a, line.text.length, TN)],
            },
          }
        : {}),
    });
  },
};
export default rule;
