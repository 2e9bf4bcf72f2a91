import { vi, type Rule } from '../../core/rule.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|\P{M}\p{M}*|\p{M}+/gsu;
/** More decomposed runs than this: the text is NFD throughout, one finding for all of it. */
const MANY = 5;

const rule: Rule = {
  id: 'TXT-01',
  alias: 'unicode-nfc',
  title: vi('Văn bản chưa chuẩn hóa Unicode dựng sẵn (NFC)', 'Text not in Unicode NFC'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục I, khoản 4 (TCVN 6909:2001)',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Chữ tiếng Việt phải dùng Unicode dựng sẵn (NFC). Chữ tổ hợp (chữ cơ sở cộng dấu rời, thường gặp khi sao chép từ macOS hoặc PDF) trông giống hệt nhưng làm hỏng việc tìm kiếm, sắp xếp và so khớp trong hệ thống quản lý văn bản.',
    'Vietnamese text must use precomposed Unicode (NFC). Decomposed letters (a base letter plus separate combining marks, common when pasting from macOS or PDFs) look the same but break search, sorting and matching in document systems.',
  ),
  check({ letter, report }) {
    const text = letter.src.text;
    if (text === text.normalize('NFC')) return;
    const runs: [number, number][] = [];
    for (const m of text.matchAll(TOKEN)) {
      const tok = m[0];
      if (tok === tok.normalize('NFC')) continue;
      const a = m.index!;
      const b = a + tok.length;
      const last = runs[runs.length - 1];
      if (last && /^[ \t]*$/.test(text.slice(last[1], a))) last[1] = b;
      else runs.push([a, b]);
    }
    // a text decomposed throughout (pasted from macOS, a PDF): one finding, one fix for the whole of it
    if (runs.length > MANY) {
      const a = runs[0][0];
      const b = runs[runs.length - 1][1];
      report({
        span: { start: a, end: b },
        message: vi(
          'Văn bản được gõ ở dạng Unicode tổ hợp (dấu rời) ở nhiều chỗ, không phải dạng dựng sẵn (NFC): chuyển cả văn bản sang NFC.',
          'The text is written with decomposed Unicode (separate combining marks) in many places, not precomposed NFC: convert the whole text to NFC.',
        ),
        fix: {
          title: vi('Chuyển cả văn bản sang Unicode dựng sẵn (NFC)', 'Convert the whole text to NFC'),
          edits: [{ offset: a, length: b - a, newText: text.slice(a, b).normalize('NFC') }],
        },
      });
      return;
    }
    for (const [a, b] of runs) {
      const run = text.slice(a, b);
      const nfc = run.normalize('NFC');
      report({
        span: { start: a, end: b },
        message: vi(
          `Chữ "${nfc}" được gõ ở dạng Unicode tổ hợp (dấu rời), không phải dạng dựng sẵn (NFC): chuyển sang NFC.`,
          `"${nfc}" is written with decomposed Unicode (separate combining marks), not precomposed NFC: convert it to NFC.`,
        ),
        fix: {
          title: vi('Chuyển sang Unicode dựng sẵn (NFC)', 'Convert to NFC'),
          edits: [{ offset: a, length: b - a, newText: nfc }],
        },
      });
    }
  },
};
export default rule;
