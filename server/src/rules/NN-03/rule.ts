import {
  isLuuItem,
  isPartyLuu,
  luuWellFormed,
  noiNhanItems,
  ownLines,
  paraLines,
  paraSpan,
  replaceInPara,
} from '../../core/footer.js';
import { hasLuuLine } from '../../core/guards.js';
import type { Paragraph } from '../../core/model.js';
import { insertAt, vi, type Fix, type Rule } from '../../core/rule.js';

/** The canonical form of a malformed Lưu line, from "Lưu" to its final period (a drafter code after it is kept). */
function canonical(p: Paragraph): { a: number; b: number; text: string } | null {
  const t = p.joined.text;
  const m = /Lưu[ \t]*:?[ \t]*/iu.exec(t);
  if (!m) return null;
  // an odd bullet before it ("+ Lưu", "• Lưu", "– Lưu") becomes the hyphen
  const odd = /^[+•–—*·][ \t]*$/u.test(t.slice(0, m.index));
  const a = odd ? 0 : m.index;
  const from = m.index + m[0].length;
  const body = t.slice(from);
  let main = body;
  let b = t.length;
  const fin = /[ \t]*\.[ \t]*$/u.exec(body);
  if (fin) {
    main = body.slice(0, fin.index);
  } else {
    const tail = /\.(?=[ \t]+\S[^.]*$|\d[\p{L}\d()]*$)/u.exec(body);
    if (tail) {
      main = body.slice(0, tail.index);
      b = from + tail.index + 1;
    }
  }
  main = main.replace(/[ \t]*[,;]+[ \t]*$/u, '');
  let parts = main
    .split(/[ \t]*[,;][ \t]*/u)
    .map((x) =>
      x
        .replace(/\([ \t]+/g, '(')
        .replace(/[ \t]+\)/g, ')')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  // "VT" first; "Văn thư" is VT
  parts = parts.map((x) => (/^(?:vt|văn thư)$/iu.test(x) ? 'VT' : x.replace(/^vt(?=[ \t]*\()/iu, 'VT')));
  const vt = parts.findIndex((x) => /^VT(?![\p{L}])/u.test(x));
  if (vt > 0) parts.unshift(...parts.splice(vt, 1));
  else if (vt < 0) parts.unshift('VT');
  return { a, b, text: `${odd ? '- ' : ''}Lưu: ${parts.join(', ')}.` };
}

const rule: Rule = {
  id: 'NN-03',
  alias: 'luu-line',
  title: vi('Dòng "Lưu:" thiếu, sai vị trí hoặc sai định dạng', 'The "Lưu:" line is missing, misplaced or malformed'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'error',
  fixable: true,
  description: vi(
    'Dòng cuối của nơi nhận là "- Lưu: VT, <đơn vị soạn thảo>." (có dấu hai chấm, VT đứng đầu, kết thúc bằng dấu chấm; số bản lưu ghi khi cần). Mỗi văn bản có đúng một dòng "Lưu:" và dòng này đứng cuối.',
    'The last recipient line is "- Lưu: VT, <drafting unit>." (a colon, VT first, a final full stop; the number of filed copies where needed). There is exactly one "Lưu:" line and it comes last.',
  ),
  check({ letter, report }) {
    const nn = letter.noiNhan;
    if (!nn) return;
    const items = noiNhanItems(nn);
    const luu = items.filter(isLuuItem);
    const last = items[items.length - 1];
    const eol = letter.src.eol;
    if (!luu.length) {
      const at = last ?? null;
      report({
        span: at ? paraSpan(at) : { start: nn.head.start, end: nn.head.end },
        message: vi(
          'Nơi nhận thiếu dòng cuối "- Lưu: VT, <đơn vị soạn thảo>."',
          'The recipients lack the last line "- Lưu: VT, <drafting unit>."',
        ),
        fix:
          // a Lưu line the recogniser joined into another item (an odd bullet) is there: never add a second one
          at && ownLines(at, nn) && !hasLuuLine(letter, nn)
            ? {
                title: vi('Thêm "- Lưu: VT."', 'Add "- Lưu: VT."'),
                edits: [insertAt(paraLines(letter, at).start + paraLines(letter, at).raw.length, `${eol}- Lưu: VT.`)],
              }
            : undefined,
      });
      return;
    }
    luu.slice(1).forEach((p) => {
      report({
        span: paraSpan(p),
        message: vi('Nơi nhận chỉ có một dòng "Lưu:".', 'The recipients have a single "Lưu:" line.'),
      });
    });
    const first = luu[0];
    if (first !== last && luu.length === 1) {
      let fix: Fix | undefined;
      if (ownLines(first, nn) && ownLines(last, nn)) {
        const from = paraLines(letter, first);
        const to = paraLines(letter, last);
        fix = {
          title: vi('Chuyển dòng "Lưu:" xuống cuối', 'Move the "Lưu:" line to the end'),
          edits: [
            { offset: from.start, length: from.end - from.start, newText: '' },
            // with its bullet a hyphen: below the other items a "–", "•" or "+" line reads as the one above's
            // continuation or sub-item, and the recipients would lose their Lưu line (issue 12)
            insertAt(to.start + to.raw.length, eol + from.raw.replace(/^([ \t]*)[–—•+*](?=[ \t])/u, '$1-')),
          ],
        };
      }
      report({
        span: paraSpan(first),
        message: vi(
          'Dòng "Lưu:" phải là dòng cuối cùng của nơi nhận.',
          'The "Lưu:" line must be the last recipient line.',
        ),
        fix,
      });
    }
    if (isPartyLuu(first)) return; // NN-06: Party notation
    if (luuWellFormed(first.joined.key)) return;
    const c = canonical(first);
    const t = first.joined.text;
    const what: string[] = [];
    if (!/Lưu:/u.test(first.joined.key))
      what.push(/lưu[ \t]*:/iu.test(t) ? 'viết "Lưu:"' : 'thiếu dấu hai chấm sau "Lưu"');
    if (!/Lưu[ \t]*:?[ \t]*VT(?![\p{L}])/u.test(first.joined.key)) what.push('"VT" phải đứng đầu');
    if (!/\.(?:[ \t]+\S.*|\d[\p{L}\d()]*)?$/u.test(t)) what.push('thiếu dấu chấm cuối');
    else if (/[ \t]\.[ \t]*$|\([ \t]|[ \t]\)/u.test(t)) what.push('thừa khoảng trắng');
    if (/,(?![ ])|[ \t],|,[ ][ \t]/u.test(t.replace(/\.[^.]*\S[^.]*$/u, '.')))
      what.push('sau dấu phẩy cách một khoảng trắng');
    const whatEn = what.map(
      (w) =>
        ({
          'viết "Lưu:"': 'write "Lưu:"',
          'thiếu dấu hai chấm sau "Lưu"': 'no colon after "Lưu"',
          '"VT" phải đứng đầu': '"VT" comes first',
          'thiếu dấu chấm cuối': 'no final full stop',
          'thừa khoảng trắng': 'stray spaces',
          'sau dấu phẩy cách một khoảng trắng': 'one space after each comma',
        })[w] ?? w,
    );
    const fixed = c ? t.slice(0, c.a) + c.text + t.slice(c.b) : null;
    report({
      span: paraSpan(first),
      severity: 'warning',
      message: vi(
        `Dòng lưu viết "- Lưu: VT, <đơn vị soạn thảo>."${what.length ? ` (${what.join('; ')})` : ''}.`,
        `The filing line reads "- Lưu: VT, <drafting unit>."${whatEn.length ? ` (${whatEn.join('; ')})` : ''}.`,
      ),
      fix:
        c && fixed && luuWellFormed(fixed.replace(/^[-+•][ \t]*/u, '- '))
          ? { title: vi(`Viết "${c.text}"`, `Write "${c.text}"`), edits: [replaceInPara(first, c.a, c.b, c.text)] }
          : undefined,
    });
  },
};
export default rule;
