import type { Paragraph } from '../../core/model.js';
import { spanOf, spanOfJoined, vi, type Rule } from '../../core/rule.js';

// A point or clause marker after ":" or ";" inside running text: "… như sau: a) … b) …", "…; 2. …"
const INNER = /([:;])[ \t]+(?:([a-zđ])\)|(\d{1,2})\.)(?=[ \t]+\p{L})/gu;
const CLAUSE = new Set(['khoan', 'khoan-par', 'khoan-ml', 'diem', 'diem-dot']);
const LONG_WORDS = 25;

const rule: Rule = {
  id: 'NB-07',
  alias: 'marker-paragraph',
  title: vi('Mỗi khoản, điểm là một đoạn riêng', 'Each clause and point is its own paragraph'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm đ',
  severity: 'warning',
  description: vi(
    'Mỗi khoản, điểm bắt đầu một đoạn (dòng) mới với ký hiệu của nó ("1.", "a)"), không viết nối trong cùng một câu. Chỉ in đậm ký hiệu hoặc tiêu đề ngắn, không in đậm cả một khoản dài.',
    'Each clause or point starts its own paragraph with its marker ("1.", "a)"), not run into one sentence. Bold only the marker or a short heading, not a whole long clause.',
  ),
  check({ letter, report }) {
    const visit = (p: Paragraph) => {
      if (p.quoted) return;
      const key = p.joined.key;
      INNER.lastIndex = 0;
      let m: RegExpExecArray | null;
      let seen = !!p.marker && CLAUSE.has(p.marker.kind);
      while ((m = INNER.exec(key))) {
        const v = m[2] ?? m[3];
        const first = v === 'a' || v === '1';
        if (!((m[1] === ':' && first) || (m[1] === ';' && seen))) continue;
        seen = true;
        const a = m.index + m[0].length - (m[2] ? 2 : m[3].length + 1);
        const label = key.slice(a, m.index + m[0].length);
        report({
          span: spanOfJoined(p.joined, a, m.index + m[0].length),
          message: vi(
            `"${label}" nằm giữa dòng: mỗi ${m[2] ? 'điểm' : 'khoản'} phải bắt đầu một đoạn riêng với ký hiệu của nó.`,
            `"${label}" sits inside a line: each ${m[2] ? 'point' : 'clause'} starts its own paragraph with its marker.`,
          ),
        });
      }
      const mk = p.marker;
      const lines = p.lines.filter((l) => l.text);
      if (
        mk &&
        CLAUSE.has(mk.kind) &&
        lines.length &&
        lines.every((l) => l.bold) &&
        p.joined.text.split(/\s+/).length > LONG_WORDS
      ) {
        report({
          span: spanOf(lines[0]),
          severity: 'info',
          message: vi(
            `Cả ${mk.kind.startsWith('diem') ? 'điểm' : 'khoản'} "${mk.label}" được in đậm: chỉ in đậm ký hiệu hoặc tiêu đề ngắn, phần nội dung để chữ thường.`,
            `The whole ${mk.kind.startsWith('diem') ? 'point' : 'clause'} "${mk.label}" is bold: bold only the marker or a short heading.`,
          ),
        });
      }
    };
    letter.body.forEach(visit);
    letter.annex.forEach(visit);
  },
};
export default rule;
