import { contentEndByContent } from '../../core/guards.js';
import type { Paragraph } from '../../core/model.js';
import { insertAt, replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';
import { endAt } from '../../core/source.js';

// "/.", ".//.", "./", ". /.", "./ .", "…/" — a damaged end mark (not a URL or a date)
const VARIANT = /(?:\.[ \t]*\/+[ \t]*\.?|\/+[ \t]*\.)$/u;

const rule: Rule = {
  id: 'ND-01',
  alias: 'end-mark',
  title: vi('Thiếu dấu kết thúc "./."', 'Missing end mark "./."'),
  provision: 'NĐ 30/2020, Phụ lục III (các mẫu trình bày: quy ước của mẫu)',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Theo các mẫu của Phụ lục III, đoạn cuối cùng của phần nội dung (trước nơi nhận và chữ ký) kết thúc bằng dấu "./.". Dấu này chỉ dùng một lần, ở cuối nội dung.',
    'Following the templates of Phụ lục III, the last paragraph of the content (before Nơi nhận and the signature) ends with "./.". The mark is used once, at the end of the content.',
  ),
  check({ letter, report }) {
    const body = letter.body.filter((p) => p.joined.text.trim());
    if (!body.length || (!letter.noiNhan && !letter.signature)) return; // the page stops before the end
    const last = body[body.length - 1];
    const line = [...last.lines].reverse().find((l) => l.text)!;
    const t = line.text;
    if (!/\.\/\.$/u.test(t)) {
      const v = VARIANT.exec(t);
      if (v) {
        report({
          span: spanOf(line, v.index, t.length),
          message: vi(
            `Dấu kết thúc nội dung viết sai "${v[0]}": phải là "./.".`,
            `The end mark is written "${v[0]}": it must be "./.".`,
          ),
          fix: { title: vi('Sửa thành "./."', 'Write "./."'), edits: [replaceIn(line, v.index, t.length, './.')] },
        });
      } else {
        const p = /[;,:]$/u.exec(t);
        const edit = /\.$/u.test(t)
          ? insertAt(endAt(line, t.length - 1), '/.')
          : p
            ? replaceIn(line, p.index, t.length, './.')
            : insertAt(endAt(line, t.length - 1), './.');
        report({
          span: spanOf(line, Math.max(0, t.length - 1), t.length),
          message: vi(
            'Nội dung văn bản phải kết thúc bằng dấu "./." ở cuối đoạn cuối cùng.',
            'The content must end with "./." at the end of its last paragraph.',
          ),
          // the mark goes after a sentence: not after a Lưu line, a heading or a name read as the last paragraph
          ...(contentEndByContent(t, last.block.kind === 'heading')
            ? { fix: { title: vi('Thêm "./."', 'Add "./."'), edits: [edit] } }
            : {}),
        });
      }
    }
    const others: Paragraph[] = [...letter.canCu, ...body.slice(0, -1)];
    for (const p of others) {
      for (const l of p.lines) {
        const at = l.text.indexOf('./.');
        if (at < 0) continue;
        report({
          span: spanOf(l, at, at + 3),
          severity: 'info',
          message: vi(
            'Dấu "./." chỉ đặt ở cuối nội dung văn bản, không đặt giữa văn bản.',
            '"./." belongs only at the very end of the content, not in the middle.',
          ),
        });
      }
    }
  },
};
export default rule;
