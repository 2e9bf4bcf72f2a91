import type { Paragraph } from '../../core/model.js';
import { spanOf, vi, type Edit, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'ND-03',
  alias: 'paragraph-lower-case',
  title: vi('Đoạn văn bắt đầu bằng chữ thường', 'Paragraph starting in lower case'),
  provision: 'NĐ 30/2020, Phụ lục II, Mục I',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Chữ cái đầu mỗi đoạn văn phải viết hoa. Một đoạn bắt đầu bằng chữ thường thường là do một dòng trống thừa đã cắt đôi đoạn văn (khi sao chép từ PDF, Word): nối lại với đoạn trước.',
    'Every paragraph starts with a capital letter. A paragraph starting in lower case is usually one paragraph split by a stray blank line (pasted from PDF or Word): join it to the one before.',
  ),
  check({ letter, report }) {
    const run = (paras: Paragraph[]) => {
      paras.forEach((p, i) => {
        if (p.marker) return; // a) … y), bullets: markers, not the start of a sentence
        const first = p.lines.find((l) => l.text);
        if (!first) return;
        const k = first.key;
        if (!/^\p{Ll}/u.test(k) || /^v\/v(?![\p{L}])/iu.test(k) || /^[a-zđ](?:\.\d+)+\)/u.test(k)) return;
        const prev = paras[i - 1];
        let fix: { title: ReturnType<typeof vi>; edits: Edit[]; joins: true } | undefined;
        if (prev && prev.block !== p.block && p.lines[0] === first) {
          const pl = [...prev.lines].reverse().find((l) => l.text);
          if (pl) {
            const between = letter.src.text.slice(pl.end, first.start);
            const nl = /\r?\n/.exec(between)?.[0] ?? '\n';
            if (
              /^[ \t]*(?:\r?\n[ \t]*)+$/.test(between) &&
              (between.match(/\n/g) ?? []).length >= 2 &&
              !prev.block.quoted &&
              !p.block.quoted
            ) {
              fix = {
                title: vi(
                  'Nối với đoạn trước (xóa dòng trống)',
                  'Join with the previous paragraph (remove the blank line)',
                ),
                edits: [{ offset: pl.end, length: first.start - pl.end, newText: nl }],
                joins: true, // two paragraphs the rule read as one sentence: only the blank line goes
              };
            }
          }
        }
        const w = /^\S+/u.exec(first.text)?.[0] ?? first.text;
        report({
          span: spanOf(first, 0, w.length),
          message: vi(
            `Đoạn văn bắt đầu bằng chữ thường "${w}": nếu đây là phần tiếp theo của đoạn trước (bị tách bởi dòng trống), hãy nối lại; nếu không, viết hoa chữ cái đầu.`,
            `The paragraph starts in lower case ("${w}"): if it continues the previous paragraph (split by a blank line), join them; otherwise capitalise it.`,
          ),
          fix,
        });
      });
    };
    run(letter.body);
    run(letter.annex);
  },
};
export default rule;
