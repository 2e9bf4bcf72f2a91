import type { Paragraph } from '../../core/model.js';
import { fromRoman, toRoman } from '../../core/roman.js';
import { spanOfJoined, vi, type Rule } from '../../core/rule.js';

const WORD: Record<string, string> = { phan: 'Phần', chuong: 'Chương', 'muc-qp': 'Mục' };

const rule: Rule = {
  id: 'NB-05',
  alias: 'numeral-kind',
  title: vi('Sai loại chữ số của phần, chương, mục', 'Wrong kind of numeral for a part, chapter or section'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm đ',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Trong văn bản chia điều: phần và chương đánh số bằng chữ số La Mã (Chương II); mục, tiểu mục và điều đánh số bằng chữ số Ả Rập (Mục 1, Điều 1).',
    'In an article-structured document, parts and chapters take Roman numerals (Chương II); sections, subsections and articles take Arabic numerals (Mục 1, Điều 1).',
  ),
  check({ letter, report }) {
    const articles = [...letter.body, ...letter.annex].some((p) => p.marker?.kind === 'dieu');
    const visit = (p: Paragraph) => {
      const mk = p.marker;
      if (!mk || !(mk.kind in WORD) || p.quoted) return;
      const arabic = /^\d+$/.test(mk.value);
      const roman = /^[IVXLC]+$/.test(mk.value);
      let want: string | null = null;
      if ((mk.kind === 'phan' || mk.kind === 'chuong') && arabic && Number(mk.value) > 0)
        want = toRoman(Number(mk.value));
      if (mk.kind === 'muc-qp' && roman && articles) want = String(fromRoman(mk.value));
      if (!want) return;
      const at = mk.label.lastIndexOf(mk.value);
      const s = spanOfJoined(p.joined, at, at + mk.value.length);
      const word = mk.label.slice(0, at).trim();
      const roman2 = mk.kind !== 'muc-qp';
      report({
        span: s,
        message: roman2
          ? vi(
              `${word} đánh số bằng chữ số La Mã: viết "${word} ${want}", không viết "${mk.label}".`,
              `A ${mk.kind === 'phan' ? 'part' : 'chapter'} takes a Roman numeral: write "${word} ${want}", not "${mk.label}".`,
            )
          : vi(
              `${word} trong văn bản chia điều đánh số bằng chữ số Ả Rập: viết "${word} ${want}", không viết "${mk.label}".`,
              `A section of an article-structured document takes an Arabic numeral: write "${word} ${want}", not "${mk.label}".`,
            ),
        fix: {
          title: vi(`Viết "${word} ${want}"`, `Write "${word} ${want}"`),
          edits: [{ offset: s.start, length: s.end - s.start, newText: want }],
        },
      });
    };
    letter.body.forEach(visit);
    letter.annex.forEach(visit);
  },
};
export default rule;
