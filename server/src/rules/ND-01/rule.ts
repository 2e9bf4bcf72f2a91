import { contentEndByContent } from '../../core/guards.js';
import type { Paragraph } from '../../core/model.js';
import { dmy } from '../../core/letterdate.js';
import { partyGuidance } from '../../core/party.js';
import { insertAt, replaceIn, spanOf, vi, type Rule, type RuleContext } from '../../core/rule.js';
import { endAt } from '../../core/source.js';

/**
 * The Party profile (catalogue §8.1, §8.5): HD 05 reportedly ends the content with "." and not "./." (one
 * practitioner's source); the HD 36 rule was not read. Unverified for both: an info under HD 05 only, and no fix.
 */
function checkParty({ letter, report, today, party }: RuleContext): void {
  const g = partyGuidance(letter, today, party);
  if (g.hd !== 'hd05') return;
  const body = letter.body.filter((p) => p.joined.text.trim());
  if (!body.length || (!letter.noiNhan && !letter.signature)) return;
  const line = [...body[body.length - 1].lines].reverse().find((l) => l.text)!;
  const at = line.text.lastIndexOf('./.');
  if (at < 0 || at !== line.text.length - 3) return;
  report({
    span: spanOf(line, at, at + 3),
    severity: 'info',
    message: vi(
      `Hướng dẫn 05-HD/VPTW (áp dụng từ ${dmy(g.hd05)}) được cho là kết thúc nội dung văn bản của Đảng bằng dấu chấm "." và không dùng "./."; điều này chưa được đối chiếu văn bản gốc (một nguồn thực hành), nên chỉ là thông tin.`,
      `Hướng dẫn 05-HD/VPTW (applied from ${dmy(g.hd05)}) reportedly ends the content of a Party document with "." and not "./."; this is not checked against the original (one practitioner's source), so it is an info only.`,
    ),
  });
}

// "/.", ".//.", "./", ". /.", "./ .", "…/" — a damaged end mark (not a URL or a date)
const VARIANT = /(?:\.[ \t]*\/+[ \t]*\.?|\/+[ \t]*\.)$/u;

const rule: Rule = {
  id: 'ND-01',
  alias: 'end-mark',
  title: vi('Thiếu dấu kết thúc "./."', 'Missing end mark "./."'),
  provision:
    'NĐ 30/2020, Phụ lục III (các mẫu trình bày: quy ước của mẫu); văn bản Đảng: Hướng dẫn 05-HD/VPTW (chưa đối chiếu)',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Theo các mẫu của Phụ lục III, đoạn cuối cùng của phần nội dung (trước nơi nhận và chữ ký) kết thúc bằng dấu "./.". Dấu này chỉ dùng một lần, ở cuối nội dung. Văn bản của Đảng: Hướng dẫn 05-HD/VPTW được cho là kết thúc bằng dấu "." (không dùng "./."), chưa được đối chiếu văn bản gốc: chỉ báo thông tin, không sửa.',
    'Following the templates of Phụ lục III, the last paragraph of the content (before Nơi nhận and the signature) ends with "./.". The mark is used once, at the end of the content. A Party document: Hướng dẫn 05-HD/VPTW reportedly ends with "." (no "./."), not checked against the original: an info only, no fix.',
  ),
  check(ctx) {
    const { letter, report } = ctx;
    if (letter.family === 'party') return checkParty(ctx);
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
