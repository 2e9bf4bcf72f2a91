import { vi, type Rule } from '../../core/rule.js';
import { plausible } from '../TXT-02/rule.js';

// Invisible format characters that PDF readers and word processors leave in copied text: soft hyphen, zero-width
// space / non-joiner / joiner, word joiner, and a byte-order mark that is not at the start of the file.
// eslint-disable-next-line no-misleading-character-class -- each invisible character is meant one by one
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]+/gu;
const NAMES: Record<string, [string, string]> = {
  '\u00ad': ['gạch nối mềm', 'soft hyphen'],
  '\u200b': ['khoảng trắng độ rộng 0', 'zero-width space'],
  '\u200c': ['ký tự không nối độ rộng 0', 'zero-width non-joiner'],
  '\u200d': ['ký tự nối độ rộng 0', 'zero-width joiner'],
  '\u2060': ['ký tự nối từ', 'word joiner'],
  '\ufeff': ['dấu thứ tự byte (BOM)', 'byte-order mark'],
};
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The letters of the word that ends at `a` / starts at `b` in `text`. */
const wordBefore = (text: string, a: number) => /[\p{L}\p{M}]*$/u.exec(text.slice(Math.max(0, a - 12), a))![0];
const wordAfter = (text: string, b: number) => /^[\p{L}\p{M}]*/u.exec(text.slice(b, b + 12))![0];

const rule: Rule = {
  id: 'TXT-03',
  alias: 'invisible-characters',
  title: vi(
    'Ký tự ẩn trong chữ (gạch nối mềm, khoảng trắng độ rộng 0)',
    'Invisible characters inside words (soft hyphen, zero-width space)',
  ),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục I, khoản 4 (TCVN 6909:2001)',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Văn bản dán từ PDF hoặc trang web thường mang theo ký tự ẩn (gạch nối mềm U+00AD, khoảng trắng độ rộng 0 U+200B …) nằm giữa hoặc sát các chữ. Trên màn hình không thấy, nhưng chúng làm chữ không tìm kiếm, so khớp được trong hệ thống quản lý văn bản (giống chữ chưa chuẩn hóa NFC). Xóa ký tự đó; nếu nó đứng giữa hai âm tiết thì thay bằng dấu cách.',
    'Text pasted from PDFs or web pages often carries invisible characters (soft hyphen U+00AD, zero-width space U+200B …) inside or next to words. They do not show, but the words can no longer be searched or matched by document systems (as with non-NFC text). Remove the character; between two syllables, put a space instead.',
  ),
  check({ letter, report }) {
    const text = letter.src.text;
    // eslint-disable-next-line no-misleading-character-class -- as INVISIBLE
    if (!/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/u.test(text)) return;
    for (const m of text.matchAll(INVISIBLE)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (a === 0 && m[0] === '\ufeff') continue; // a BOM at the start of the file is the editor's business
      const left = text[a - 1] ?? '';
      const right = text[b] ?? '';
      // joiners inside emoji sequences and the like: only characters touching a letter or digit
      if (!LETTER.test(left) && !LETTER.test(right)) continue;
      // "dữ\u00adliệu": two whole syllables that do not make one → the invisible character stood for a space
      const w1 = wordBefore(text, a);
      const w2 = wordAfter(text, b);
      const space = !!w1 && !!w2 && plausible(w1) && plausible(w2) && !plausible(w1 + w2);
      const names = [...new Set(m[0])].map((c) => NAMES[c]);
      const word = `${w1}${w2}`;
      report({
        span: { start: a, end: b },
        message: vi(
          `Ký tự ẩn (${names.map((n) => n[0]).join(', ')}) ${space ? `giữa "${w1}" và "${w2}"` : w1 && w2 ? `trong chữ "${word}"` : `sát chữ "${word}"`}, thường do dán từ PDF: ${space ? 'thay bằng dấu cách' : 'xóa ký tự này'} để chữ tìm kiếm, so khớp được.`,
          `An invisible character (${names.map((n) => n[1]).join(', ')}) ${space ? `between "${w1}" and "${w2}"` : w1 && w2 ? `inside "${word}"` : `next to "${word}"`}, usually pasted from a PDF: ${space ? 'replace it by a space' : 'remove it'} so that the word can be searched and matched.`,
        ),
        fix: {
          title: space
            ? vi('Thay ký tự ẩn bằng dấu cách', 'Replace the invisible character by a space')
            : vi('Xóa ký tự ẩn', 'Remove the invisible character'),
          edits: [{ offset: a, length: b - a, newText: space ? ' ' : '' }],
        },
      });
    }
  },
};
export default rule;
