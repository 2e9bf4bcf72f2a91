import type { Paragraph } from '../../core/model.js';
import { isUpper } from '../../core/recognise.js';
import { spanOf, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

const KINDS: Record<string, [string, string]> = {
  phan: ['phần', 'part'],
  chuong: ['chương', 'chapter'],
  'muc-qp': ['mục', 'section'],
};

const rule: Rule = {
  id: 'NB-06',
  alias: 'heading-title-caps',
  title: vi('Tên phần, chương, mục phải in hoa', 'Part, chapter and section titles in capitals'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm d, đ',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Trong văn bản chia điều, "Phần", "Chương", "Mục", "Tiểu mục" và số thứ tự đứng riêng một dòng; tên của phần, chương, mục viết ở dòng tiếp theo bằng chữ in hoa.',
    'In an article-structured document, "Phần", "Chương", "Mục", "Tiểu mục" and the number stand on their own line; the title follows on the next line in capitals.',
  ),
  check({ letter, report }) {
    const run = (paras: Paragraph[]) => {
      paras.forEach((p, i) => {
        const mk = p.marker;
        if (!mk || !(mk.kind in KINDS) || p.quoted) return;
        const [vw, ew] = KINDS[mk.kind];
        const rest = p.lines.filter((l) => l.text).slice(1);
        const title: Line | undefined =
          rest[0] ?? (paras[i + 1] && !paras[i + 1].marker ? paras[i + 1].lines.find((l) => l.text) : undefined);
        if (!title) {
          report({
            span: spanOfJoined(p.joined, mk.at[0], mk.at[1]),
            message: vi(
              `"${mk.label}" chưa có tên ${vw}: ghi tên ở dòng tiếp theo, bằng chữ in hoa.`,
              `"${mk.label}" has no ${ew} title: write it on the next line, in capitals.`,
            ),
          });
          return;
        }
        if (isUpper(title.key) || !/\p{Ll}/u.test(title.key)) return;
        const up = title.text.toLocaleUpperCase('vi');
        const s = spanOf(title);
        const rawSame = letter.src.text.slice(s.start, s.end) === title.text;
        report({
          span: s,
          message: vi(
            `Tên ${vw} "${title.text}" phải viết in hoa: "${up}".`,
            `The ${ew} title "${title.text}" must be in capitals: "${up}".`,
          ),
          fix: rawSame
            ? {
                title: vi('Viết in hoa', 'Write in capitals'),
                edits: [{ offset: s.start, length: s.end - s.start, newText: up }],
              }
            : undefined,
        });
      });
    };
    run(letter.body);
    run(letter.annex);
  },
};
export default rule;
