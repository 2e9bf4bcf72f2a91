import { vi, type Rule } from '../../core/rule.js';

// Generic words that are not a type name ("văn bản số …" names no type).
const GENERIC = /^(?:văn bản|văn bản hợp nhất)$/u;

const rule: Rule = {
  id: 'VH-03',
  alias: 'cited-type-case',
  title: vi('Viết hoa tên loại văn bản được viện dẫn', 'Capitalisation of the type of a cited document'),
  provision: 'NĐ 30/2020, Phụ lục II, Mục V, khoản 6',
  severity: 'info',
  fixable: true,
  description: vi(
    'Khi nói đến một văn bản cụ thể (có số, ký hiệu), viết hoa chữ cái đầu của tên loại văn bản: "Công văn số …", "Kế hoạch số …", "Nghị định số …".',
    'When a specific document (with its number) is cited, its type word is capitalised: "Công văn số …", "Kế hoạch số …", "Nghị định số …".',
  ),
  check({ letter, report }) {
    for (const c of letter.citations) {
      if (!c.kind || !/^\p{Ll}/u.test(c.kind) || GENERIC.test(c.kind.normalize('NFC'))) continue;
      const want = c.kind[0].toLocaleUpperCase('vi') + c.kind.slice(1);
      const start = c.span.start;
      // the citation must start with its type word as written (not, e.g., a number far from its type word)
      if (letter.src.text.slice(start, start + c.kind.length).normalize('NFC') !== c.kind.normalize('NFC')) continue;
      report({
        span: { start, end: start + c.kind.length },
        message: vi(
          `Tên loại của văn bản được viện dẫn viết hoa chữ cái đầu: "${want}${c.text.slice(c.kind.length)}", không viết "${c.text}".`,
          `The type word of a cited document is capitalised: "${want}${c.text.slice(c.kind.length)}", not "${c.text}".`,
        ),
        fix: {
          title: vi(`Viết "${want}"`, `Write "${want}"`),
          edits: [{ offset: start, length: 1, newText: want[0] }],
        },
      });
    }
  },
};
export default rule;
