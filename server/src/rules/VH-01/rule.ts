import { sentenceStartAt, textUnits } from '../../core/units.js';
import { memoByJoined, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Joined } from '../../core/source.js';

// "Khoản 2", "Điểm a" written with a capital in mid-sentence; "điều 5", "chương II" written in lower case.
const UPPER = /(?<![\p{L}\p{N}])(Khoản|Điểm)[ \t]+(?:\d+|[a-zđ])(?![\p{L}\p{N}])/gu;
const LOWER = /(?<![\p{L}\p{N}])(điều|chương)[ \t]+(?:\d+|[IVXLC]+)(?![\p{L}\p{N}])/gu;

const upperIn = (j: Joined) => [...j.key.matchAll(UPPER)].filter((m) => !sentenceStartAt(j.text, m.index));
const lowerIn = (j: Joined) => [...j.key.matchAll(LOWER)];
// [memo namespace, scan, should the word be lower case]
const SCANS: [string, (j: Joined) => RegExpExecArray[], boolean][] = [
  ['VH-01 upper', upperIn, true],
  ['VH-01 lower', lowerIn, false],
];

const rule: Rule = {
  id: 'VH-01',
  alias: 'article-reference-case',
  title: vi(
    'Viết hoa khi viện dẫn phần, chương, điều, khoản, điểm',
    'Capitalisation of references to parts, chapters, articles, clauses and points',
  ),
  provision: 'NĐ 30/2020, Phụ lục II, Mục V, khoản 7',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Khi viện dẫn các phần của văn bản, viết hoa chữ cái đầu của Phần, Chương, Mục, Tiểu mục, Điều; viết thường khoản, điểm (ví dụ: "điểm a khoản 2 Điều 5"). Quy định này khác với Thông tư 01/2011/TT-BNV trước đây, vốn viết hoa cả Khoản, Điểm.',
    'When citing parts of a document, Phần, Chương, Mục, Tiểu mục and Điều are capitalised while khoản and điểm are lower case ("điểm a khoản 2 Điều 5"), unlike the earlier Circular 01/2011/TT-BNV.',
  ),
  check({ letter, report }) {
    for (const { j } of textUnits(letter)) {
      for (const [ns, scan, lower] of SCANS) {
        for (const m of memoByJoined(ns, j, scan)) {
          const word = m[1];
          const want = (lower ? word[0].toLocaleLowerCase('vi') : word[0].toLocaleUpperCase('vi')) + word.slice(1);
          const wanted = `${want}${m[0].slice(word.length)}`;
          const span = spanOfJoined(j, m.index, m.index + word.length);
          report({
            span,
            message: lower
              ? vi(
                  `Khi viện dẫn, "${want}" viết thường: "${wanted}", không viết "${m[0]}".`,
                  `In a reference "${want}" is written in lower case: "${wanted}", not "${m[0]}".`,
                )
              : vi(
                  `Khi viện dẫn, "${want}" viết hoa chữ cái đầu: "${wanted}", không viết "${m[0]}".`,
                  `In a reference "${want}" is capitalised: "${wanted}", not "${m[0]}".`,
                ),
            fix: {
              title: lower
                ? vi(`Viết thường "${want}"`, `Write "${want}"`)
                : vi(`Viết hoa "${want}"`, `Write "${want}"`),
              edits: [{ offset: span.start, length: 1, newText: want[0] }],
            },
          });
        }
      }
    }
  },
};
export default rule;
