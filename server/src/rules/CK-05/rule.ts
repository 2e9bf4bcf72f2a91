import { signatures, up } from '../../core/footer.js';
import { personNameLike, titleByContent } from '../../core/guards.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'CK-05',
  alias: 'title-capitals',
  title: vi('Quyền hạn, chức vụ phải in hoa', 'Authority and title lines must be in capitals'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7 điểm đ',
  severity: 'error',
  fixable: true,
  description: vi(
    'Quyền hạn ký (TM., KT., …) và chức vụ của người ký trình bày bằng chữ in hoa, đứng (PHÓ CHỦ TỊCH). Họ tên người ký viết chữ thường, không thuộc quy định này.',
    "The signing authority (TM., KT., …) and the signer's title are set in capitals (PHÓ CHỦ TỊCH). The signer's name is in regular case and is not covered here.",
  ),
  check({ letter, report }) {
    for (const sl of signatures(letter).flatMap((s) => s.stack)) {
      sl.lines.forEach((line, k) => {
        let a = 0;
        if (k === 0 && sl.prefixAt) a = sl.prefixAt[1] + /^[ \t]*/.exec(line.text.slice(sl.prefixAt[1]))![0].length;
        const part = line.text.slice(a);
        if (!part || part === up(part)) return;
        const want = up(part);
        // capitalise a title (or its wrapped rest), never a signer's name read into the stack
        const byContent = k === 0 ? titleByContent(part) : titleByContent(sl.lines[0].text) && !personNameLike(part);
        report({
          span: spanOf(line, a),
          message: vi(
            `Chức vụ, quyền hạn ký phải viết in hoa: "${want}", không viết "${part}".`,
            `The title must be in capitals: "${want}", not "${part}".`,
          ),
          ...(byContent
            ? {
                fix: {
                  title: vi(`Viết in hoa "${want}"`, `Capitalise: "${want}"`),
                  edits: [replaceIn(line, a, line.text.length, want)],
                },
              }
            : {}),
        });
      });
    }
  },
};
export default rule;
