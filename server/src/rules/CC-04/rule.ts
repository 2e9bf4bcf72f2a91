import { R } from '../../core/patterns.js';
import { spanOf, vi, type Edit, type Rule } from '../../core/rule.js';

// A second basis inside a line: "…; Căn cứ …", "…, Xét đề nghị …"
const INNER = /[;,.][ \t]+(?=(Căn cứ|Xét đề nghị|Theo đề nghị)(?![\p{L}]))/gu;

const rule: Rule = {
  id: 'CC-04',
  alias: 'can-cu-one-per-line',
  title: vi('Mỗi căn cứ phải xuống dòng riêng', 'One legal basis per line'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm a',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Mỗi căn cứ ban hành (và dòng "Theo đề nghị …", "Xét đề nghị …" sau cùng) bắt đầu một dòng riêng; không viết hai căn cứ nối tiếp trên một dòng.',
    'Each legal basis (and the closing "Theo đề nghị …" / "Xét đề nghị …" line) starts its own line; do not run two bases together on one line.',
  ),
  check({ letter, report }) {
    const eol = letter.src.eol;
    for (const p of letter.canCu) {
      const lines = p.lines.filter((l) => l.text);
      lines.forEach((l, li) => {
        INNER.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = INNER.exec(l.key))) {
          const a = m.index + 1; // the spaces after the punctuation
          const b = m.index + m[0].length;
          const s = spanOf(l, a, b);
          const raw = letter.src.text.slice(s.start, s.end);
          const edits: Edit[] = /^[ \t]+$/.test(raw)
            ? [{ offset: s.start, length: s.end - s.start, newText: '  ' + eol }]
            : [];
          report({
            span: spanOf(l, b, b + m[1].length),
            message: vi(
              `"${m[1]}" bắt đầu một căn cứ mới nhưng viết nối trên cùng dòng: mỗi căn cứ phải xuống dòng riêng.`,
              `"${m[1]}" starts another basis on the same line: put each basis on its own line.`,
            ),
            fix: edits.length
              ? { title: vi('Xuống dòng trước căn cứ này', 'Break the line before this basis'), edits }
              : undefined,
          });
        }
        // a basis typed on the next source line without a line break renders on the same line
        const prev = lines[li - 1];
        if (prev && !prev.hardBreak && (R.CANCU.test(l.key) || /^(?:Xét|Theo)[ \t]+đề[ \t]+nghị/u.test(l.key))) {
          report({
            span: spanOf(l, 0, l.key.indexOf(' ', 5) > 0 ? l.key.indexOf(' ', 5) : l.text.length),
            message: vi(
              'Căn cứ này nằm cùng đoạn với căn cứ trước mà không có ngắt dòng, nên khi in sẽ nối liền: mỗi căn cứ phải xuống dòng riêng.',
              'This basis continues the previous one without a line break, so it prints on the same line: put each basis on its own line.',
            ),
            fix: {
              title: vi('Ngắt dòng trước căn cứ này', 'Break the line before this basis'),
              edits: [{ offset: prev.end, length: 0, newText: '  ' }],
            },
          });
        }
      });
    }
  },
};
export default rule;
