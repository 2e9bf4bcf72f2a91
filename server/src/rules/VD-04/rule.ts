import { vi, type Edit, type Rule } from '../../core/rule.js';

const NUMERIC = /(?<![\d])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?!\d)/u;
const WORDS = /(ngày|NGÀY|Ngày)([ \t]+)(\d{1,2})([ \t]+(?:tháng|THÁNG)[ \t]+)(\d{1,2})(?!\d)/u;

const rule: Rule = {
  id: 'VD-04',
  alias: 'citation-date-zero',
  title: vi('Ngày tháng trong viện dẫn', 'Dates in citations'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm b (áp dụng tương tự)',
  severity: 'info',
  fixable: true,
  description: vi(
    'Ngày ban hành của văn bản được viện dẫn nên ghi như ngày của văn bản: ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước (ngày 05/01/2023, ngày 19/4/2023). Đây là cách làm phổ biến, không phải quy định bắt buộc đối với viện dẫn.',
    "The date of a cited document is best written like a letter's own date: days below 10 and months 1–2 with a leading zero (ngày 05/01/2023, ngày 19/4/2023). Common practice, not a strict requirement for citations.",
  ),
  check({ letter, report }) {
    const seen = new Set<number>();
    for (const c of letter.citations) {
      const s = c.dateSpan;
      if (!s || seen.has(s.start)) continue;
      seen.add(s.start);
      const raw = letter.src.text.slice(s.start, s.end);
      const edits: Edit[] = [];
      let day: string;
      let month: string;
      let dayAt: number;
      let monthAt: number;
      const n = NUMERIC.exec(raw);
      const w = n ? null : WORDS.exec(raw);
      if (n) {
        [day, month] = [n[1], n[3]];
        dayAt = n.index;
        monthAt = n.index + n[1].length + 1;
      } else if (w) {
        [day, month] = [w[3], w[5]];
        dayAt = w.index + w[1].length + w[2].length;
        monthAt = dayAt + w[3].length + w[4].length;
      } else continue;
      if (day.length === 1 && day !== '0') edits.push({ offset: s.start + dayAt, length: 1, newText: '0' + day });
      if (/^[12]$/.test(month)) edits.push({ offset: s.start + monthAt, length: 1, newText: '0' + month });
      if (!edits.length) continue;
      const fixed = [...edits]
        .reverse()
        .reduce((t, e) => t.slice(0, e.offset - s.start) + e.newText + t.slice(e.offset - s.start + e.length), raw);
      report({
        span: s,
        message: vi(
          `Ngày của văn bản được viện dẫn nên ghi có số 0 cho ngày nhỏ hơn 10 và tháng 1, 2: "${fixed}", không viết "${raw}".`,
          `Write the cited document's date with a leading zero for days below 10 and months 1–2: "${fixed}", not "${raw}".`,
        ),
        fix: { title: vi(`Viết "${fixed}"`, `Write "${fixed}"`), edits },
      });
    }
  },
};
export default rule;
