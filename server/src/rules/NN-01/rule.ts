import { R } from '../../core/patterns.js';
import { replaceIn, spanOf, vi, type Edit, type Rule } from '../../core/rule.js';
import { endAt, startAt } from '../../core/source.js';

/** A paragraph break before `offset`, replacing the spaces typed before it. */
function breakBefore(text: string, offset: number, eol: string): Edit {
  let s = offset;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  return { offset: s, length: offset - s, newText: eol + eol };
}

const TWO_PARTY = new Set(['hop-dong', 'ban-ghi-nho', 'ban-thoa-thuan']);

const HEAD = /^n[ơo]i[ \t]*nh[ậa]n[ \t]*:?/iu;

const rule: Rule = {
  id: 'NN-01',
  alias: 'noi-nhan-heading',
  title: vi('Thiếu "Nơi nhận:"', 'Missing "Nơi nhận:"'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'error',
  fixable: true,
  description: vi(
    'Văn bản phải có phần nơi nhận ở cuối, bên trái: từ "Nơi nhận:" (chữ thường, có dấu hai chấm, đứng riêng một dòng) rồi danh sách nơi nhận, mỗi nơi một dòng.',
    'The document ends with the recipients block at the bottom left: "Nơi nhận:" (regular case, with a colon, on its own line) followed by the recipients, one per line.',
  ),
  check({ letter, report }) {
    const nn = letter.noiNhan;
    if (!nn) {
      // a contract, memorandum or agreement signed by its parties states the copies each keeps instead of a recipient
      // list
      if (TWO_PARTY.has(letter.type)) return;
      // only a finished letter: it is signed or its body is closed by "./."
      const lastBody = letter.body[letter.body.length - 1];
      const ended = lastBody && R.END.test(lastBody.joined.key);
      const sig = letter.signature;
      if (!sig && !ended) return;
      const line = sig ? sig.lines[0] : lastBody.lines[lastBody.lines.length - 1];
      report({
        span: spanOf(line),
        message: vi(
          'Văn bản thiếu phần "Nơi nhận:" (danh sách nơi nhận, dòng cuối "- Lưu: VT, …").',
          'The document has no "Nơi nhận:" block (the recipient list, last line "- Lưu: VT, …").',
        ),
      });
      return;
    }
    const head = nn.head;
    const m = HEAD.exec(head.key)!;
    const written = head.text.slice(0, m[0].length);
    if (written !== 'Nơi nhận:' && head.key.slice(0, m[0].length) !== 'Nơi nhận:') {
      report({
        span: spanOf(head, 0, m[0].length),
        severity: 'warning',
        message: vi(
          `Viết "Nơi nhận:" (chữ thường, dấu hai chấm liền sau), không viết "${written}".`,
          `Write "Nơi nhận:" (regular case, colon right after), not "${written}".`,
        ),
        fix: {
          title: vi('Viết "Nơi nhận:"', 'Write "Nơi nhận:"'),
          edits: [replaceIn(head, 0, m[0].length, 'Nơi nhận:')],
        },
      });
    }
    if (nn.inlineItem) {
      const it = nn.inlineItem;
      report({
        span: { start: startAt(it.joined, 0), end: endAt(it.joined, it.joined.text.length - 1) },
        severity: 'warning',
        message: vi(
          '"Nơi nhận:" đứng riêng một dòng; nơi nhận đầu tiên xuống dòng dưới.',
          '"Nơi nhận:" stands on its own line; put the first recipient on the next line.',
        ),
        fix: {
          title: vi('Xuống dòng sau "Nơi nhận:"', 'Break the line after "Nơi nhận:"'),
          edits: [breakBefore(letter.src.text, startAt(it.joined, 0), letter.src.eol)],
        },
      });
    }
  },
};
export default rule;
