import { insertAt, spanOf, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import { endAt, startAt } from '../../core/source.js';

/** At most `n` characters, cut at a word boundary. */
const clip = (s: string, n: number) =>
  s.length <= n ? s : s.slice(0, s.lastIndexOf(' ', n) > 0 ? s.lastIndexOf(' ', n) : n) + ' …';

const rule: Rule = {
  id: 'TL-04',
  alias: 'cong-van-vv',
  title: vi('Công văn thiếu hoặc viết sai "V/v"', 'Công văn without a correct "V/v"'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 5 điểm b',
  severity: 'error',
  fixable: true,
  description: vi(
    'Trích yếu nội dung của công văn đặt dưới số, ký hiệu, mở đầu bằng chữ viết tắt "V/v" (về việc), viết đúng "V/v" rồi đến nội dung, không có dấu hai chấm.',
    'The summary of a công văn sits under the number and opens with the abbreviation "V/v" (về việc), spelled exactly "V/v" and followed by the content without a colon.',
  ),
  check({ letter, report }) {
    if (letter.type !== 'cong-van') return;
    const ty = letter.trichYeu;
    if (!ty || !ty.text.trim()) {
      const at = letter.date?.line ?? letter.so?.line;
      if (!at) return;
      report({
        span: spanOf(at),
        message: vi(
          'Công văn phải có trích yếu nội dung mở đầu bằng "V/v" (ví dụ "V/v tổ chức Hội nghị …"), đặt dưới số, ký hiệu.',
          'A công văn needs a summary introduced by "V/v" (e.g. "V/v tổ chức Hội nghị …") under the number line.',
        ),
      });
      return;
    }
    const j = ty.joined;
    if (!ty.vv || !ty.vvAt) {
      const first = j.text.search(/\S/);
      // "Về chính sách …": "V/v" stands for "về việc", so it replaces the "Về" ("V/v chính sách …")
      const ve = /^[Vv]ề[ \t]+(?=\S)/u.exec(j.text.slice(first));
      if (ve) {
        const shown = clip(j.text.slice(first + ve[0].length).trim(), 40);
        const span = spanOfJoined(j, first, first + 2);
        report({
          span,
          message: vi(
            `Trích yếu của công văn phải mở đầu bằng "V/v" (về việc): viết "V/v ${shown}".`,
            `The summary of a công văn must open with "V/v" (về việc): write "V/v ${shown}".`,
          ),
          fix: {
            title: vi('Viết "V/v"', 'Write "V/v"'),
            edits: [{ offset: span.start, length: span.end - span.start, newText: 'V/v' }],
          },
        });
        return;
      }
      const w = /^(\p{L})(\p{Ll}*)[ \t]+(\p{L})/u.exec(j.text.slice(first));
      // "Tổ chức …" → "V/v tổ chức …" (a capitalised common word; names and abbreviations keep their case)
      const lower = !!w && w[1] !== w[1].toLocaleLowerCase('vi') && w[3] === w[3].toLocaleLowerCase('vi');
      const shown = clip(
        (lower ? j.text[first].toLocaleLowerCase('vi') : j.text[first]) + j.text.slice(first + 1).trim(),
        40,
      );
      report({
        span: spanOfJoined(j, first, Math.min(j.text.length, first + Math.max(1, j.text.slice(first).search(/\s|$/)))),
        message: vi(
          `Trích yếu của công văn phải mở đầu bằng "V/v": viết "V/v ${shown}".`,
          `The summary of a công văn must open with "V/v": write "V/v ${shown}".`,
        ),
        fix: {
          title: vi('Thêm "V/v"', 'Add "V/v"'),
          edits: lower
            ? [
                {
                  offset: startAt(j, first),
                  length: endAt(j, first) - startAt(j, first),
                  newText: 'V/v ' + j.text[first].toLocaleLowerCase('vi'),
                },
              ]
            : [insertAt(startAt(j, first), 'V/v ')],
        },
      });
      return;
    }
    const [a, b] = ty.vvAt;
    const token = j.text.slice(a, b);
    const colon = /^[ \t]*:[ \t]*/u.exec(j.text.slice(b));
    if (token === 'V/v' && !colon) return;
    // "V/V TRIỂN KHAI …": the whole summary upper-cased (by a publisher) is no misspelt "V/v"
    const rest = j.text.slice(b);
    if (token === 'V/V' && !colon && /\p{L}/u.test(rest) && rest === rest.toLocaleUpperCase('vi')) return;
    const end = b + (colon ? colon[0].length : 0);
    const span = spanOfJoined(j, a, end);
    const repl = { offset: span.start, length: span.end - span.start, newText: colon ? 'V/v ' : 'V/v' };
    if (/^về việc$/iu.test(token)) {
      report({
        span: spanOfJoined(j, a, b),
        severity: 'info',
        message: vi(
          `Trích yếu của công văn theo mẫu viết tắt "V/v", không viết đầy đủ "${token}".`,
          `The template writes the công văn summary with the abbreviation "V/v", not "${token}" in full.`,
        ),
        fix: { title: vi('Viết "V/v"', 'Write "V/v"'), edits: [repl] },
      });
      return;
    }
    const shown = j.text.slice(a, end).trim();
    report({
      span: spanOfJoined(j, a, colon ? b + colon[0].trimEnd().length : b),
      severity: 'warning',
      message: vi(
        `Viết đúng "V/v" (V hoa, v thường, dấu gạch chéo, không có dấu hai chấm), không viết "${shown}".`,
        `Write exactly "V/v" (capital V, small v, a slash, no colon), not "${shown}".`,
      ),
      fix: { title: vi('Viết "V/v"', 'Write "V/v"'), edits: [repl] },
    });
  },
};
export default rule;
