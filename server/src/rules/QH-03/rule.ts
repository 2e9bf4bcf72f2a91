import { spanOf, vi, type Rule } from '../../core/rule.js';
import { endAt, startAt } from '../../core/source.js';

const rule: Rule = {
  id: 'QH-03',
  alias: 'quoc-hieu-lines',
  title: vi('Quốc hiệu và Tiêu ngữ phải ở hai dòng', 'National title and motto on two lines'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 1 điểm b, c',
  severity: 'error',
  fixable: true,
  description: vi(
    'Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở dòng trên, Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" ở dòng riêng ngay dưới; không viết chung một dòng, không đảo thứ tự.',
    'The national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" goes on the upper line and the motto "Độc lập - Tự do - Hạnh phúc" on its own line right below; not on one line, not reversed.',
  ),
  check({ letter, report }) {
    const qh = letter.quocHieu;
    if (!qh) return;
    if (qh.merged && qh.quocHieu && qh.tieuNguAt !== undefined) {
      const line = qh.quocHieu;
      let qEnd = qh.tieuNguAt;
      while (qEnd > 0 && line.text[qEnd - 1] === ' ') qEnd--;
      const src = letter.src;
      const from = qEnd > 0 ? endAt(line, qEnd - 1) : line.start;
      const to = startAt(line, qh.tieuNguAt);
      const gap = src.text.slice(from, to);
      const m = /^(\S*)[ \t]*(\S*)$/.exec(gap);
      const quoted = /^[ \t]*>/.test(line.raw);
      report({
        span: spanOf(line, qh.tieuNguAt),
        message: vi(
          'Quốc hiệu và Tiêu ngữ phải ở hai dòng riêng: xuống dòng trước "Độc lập - Tự do - Hạnh phúc".',
          'The national title and the motto go on separate lines: break the line before "Độc lập - Tự do - Hạnh phúc".',
        ),
        related: [{ span: spanOf(line, 0, qEnd), message: vi('Quốc hiệu', 'National title') }],
        ...(m && !quoted && from < to
          ? {
              fix: {
                title: vi('Tách Tiêu ngữ xuống dòng dưới', 'Move the motto to the next line'),
                edits: [{ offset: from, length: to - from, newText: `${m[1]}  ${src.eol}${m[2]}` }],
              },
            }
          : {}),
      });
      return;
    }
    if (qh.reversed && qh.quocHieu && qh.tieuNgu) {
      report({
        span: spanOf(qh.tieuNgu),
        message: vi(
          'Tiêu ngữ phải đứng ngay dưới Quốc hiệu, không đứng trên: đặt "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" lên trước.',
          'The motto goes right under the national title, not above it: put "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" first.',
        ),
        related: [{ span: spanOf(qh.quocHieu), message: vi('Quốc hiệu', 'National title') }],
      });
    }
  },
};
export default rule;
