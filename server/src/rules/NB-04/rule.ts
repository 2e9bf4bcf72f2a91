import type { Item, Paragraph } from '../../core/model.js';
import { fromRoman, toRoman } from '../../core/roman.js';
import { spanOfJoined, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'NB-04',
  alias: 'muc-sequence',
  title: vi('Số mục La Mã không liên tục', 'Roman section numbers not consecutive'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm đ; Mục V',
  severity: 'warning',
  description: vi(
    'Trong văn bản chia mục (công văn, kế hoạch, báo cáo, tờ trình…), các mục được đánh số bằng chữ số La Mã liên tục I, II, III…',
    'In documents divided into sections (công văn, kế hoạch, báo cáo, tờ trình…), sections are numbered with consecutive Roman numerals I, II, III…',
  ),
  check({ letter, report }) {
    const run = (paras: Paragraph[], roots: Item[]) => {
      const index = new Map(paras.map((p, i) => [p, i]));
      const visit = (items: Item[]) => {
        let prev: Item | null = null;
        for (const it of items) {
          if (it.kind === 'muc') {
            const n = fromRoman(it.value);
            const expected = prev ? fromRoman(prev.value) + 1 : 1;
            const restart =
              n === 1 &&
              prev &&
              paras
                .slice((index.get(prev.paragraph) ?? 0) + 1, index.get(it.paragraph))
                .some((p) => /^(?:phần|phụ lục)(?![\p{L}])/iu.test(p.joined.key));
            if (n !== expected && !restart) {
              const mk = it.paragraph.marker!;
              report({
                span: spanOfJoined(it.paragraph.joined, mk.at[0], mk.at[1]),
                message: vi(
                  `Mục "${mk.label}" không liên tục: sau ${prev ? `mục ${prev.value}` : 'đầu văn bản'} phải là mục ${toRoman(expected)}.`,
                  `Section "${mk.label}" is out of sequence: section ${toRoman(expected)} was expected.`,
                ),
              });
            }
            prev = it;
          }
          visit(it.children);
        }
      };
      visit(roots);
    };
    run(letter.body, letter.items);
    run(letter.annex, letter.annexItems);
  },
};
export default rule;
