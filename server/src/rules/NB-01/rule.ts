import type { Paragraph } from '../../core/model.js';
import { spanOfJoined, vi, type Edit, type Rule } from '../../core/rule.js';

// Scheme-B types (sections I., 1., a)): a "Điều n." line there quotes a provision of another text.
const SCHEME_B = new Set([
  'cong-van',
  'ke-hoach',
  'bao-cao',
  'to-trinh',
  'thong-bao',
  'giay-moi',
  'bien-ban',
  'cong-dien',
  'giay-gioi-thieu',
  'giay-nghi-phep',
  'phieu-gui',
  'phieu-chuyen',
  'phieu-bao',
  'thu-cong',
]);
const RESTART = /^(?:\(?[ \t]*(?:ban hành[ \t]+)?kèm theo(?![\p{L}])|phụ[ \t]+lục(?![\p{L}]))/iu;

const rule: Rule = {
  id: 'NB-01',
  alias: 'dieu-sequence',
  title: vi('Số điều không liên tục', 'Article numbers not consecutive'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm d, đ',
  severity: 'error',
  fixable: true,
  description: vi(
    'Các điều được đánh số liên tục bằng chữ số Ả Rập, bắt đầu từ Điều 1, mỗi điều có tên điều: "Số thứ tự của điều dùng chữ số Ả Rập, sau số thứ tự có dấu chấm (.)" (Phụ lục I, Phần I, Mục II, khoản 6 điểm đ; điểm d: điều "phải có tiêu đề"). "Điều 1:" (dấu hai chấm) là cảnh báo. Mỗi văn bản kèm theo (quy chế, phụ lục) đánh số riêng từ Điều 1.',
    'Articles are numbered consecutively in Arabic numerals from Điều 1, each with a title: "the article number is in Arabic numerals, followed by a full stop (.)" (Phụ lục I, Phần I, Mục II, khoản 6 điểm đ; điểm d: an article "must have a title"). "Điều 1:" with a colon is a warning. Each attached text (regulation, annex) is numbered on its own from Điều 1.',
  ),
  check({ letter, report }) {
    if (SCHEME_B.has(letter.type)) return;
    const run = (paras: Paragraph[]) => {
      let expected = 1;
      let prev: string | null = null;
      for (const p of paras) {
        if (RESTART.test(p.joined.key)) {
          expected = 1;
          prev = null;
          continue;
        }
        const mk = p.marker;
        if (!mk || mk.kind !== 'dieu' || p.quoted) continue;
        const n = Number(mk.value);
        const labelSpan = spanOfJoined(p.joined, mk.at[0], mk.at[1]);
        if (n !== expected) {
          report({
            span: labelSpan,
            message:
              n < expected
                ? vi(
                    `"Điều ${n}" trùng hoặc lùi số: sau ${prev ? `"${prev}"` : 'đầu văn bản'} phải là "Điều ${expected}".`,
                    `"Điều ${n}" repeats or goes back: after ${prev ? `"${prev}"` : 'the start'} comes "Điều ${expected}".`,
                  )
                : vi(
                    `Số điều bị nhảy: sau ${prev ? `"${prev}"` : 'đầu văn bản'} phải là "Điều ${expected}", thấy "Điều ${n}".`,
                    `Article numbers skip: after ${prev ? `"${prev}"` : 'the start'} comes "Điều ${expected}", found "Điều ${n}".`,
                  ),
          });
        }
        if (mk.malformed === 'colon') {
          const colon = p.joined.text.lastIndexOf(':', mk.at[1] - 1);
          const num = p.joined.text.slice(0, mk.at[1]).search(/\d+[ \t]*:$/u);
          const numEnd = num + /^\d+/u.exec(p.joined.text.slice(num))![0].length;
          const s = spanOfJoined(p.joined, numEnd, colon + 1);
          const edit: Edit = { offset: s.start, length: s.end - s.start, newText: '.' };
          report({
            span: spanOfJoined(p.joined, colon, colon + 1),
            severity: 'warning',
            message: vi(
              `"Điều ${n}:" — sau số thứ tự của điều có dấu chấm (.), không dùng dấu hai chấm: "Điều ${n}." (khoản 6 điểm đ).`,
              `"Điều ${n}:" — the article number is followed by a full stop (.), not a colon: "Điều ${n}." (khoản 6 điểm đ).`,
            ),
            fix: { title: vi(`Viết "Điều ${n}."`, `Write "Điều ${n}."`), edits: [edit] },
          });
        }
        const title = p.joined.text.slice(mk.at[1]).trim();
        if (!title) {
          report({
            span: labelSpan,
            severity: 'warning',
            message: vi(
              `"Điều ${n}." chưa có tên điều: ghi tên điều ngay sau số điều, trên cùng dòng.`,
              `"Điều ${n}." has no title: write the article's title after its number, on the same line.`,
            ),
          });
        }
        prev = `Điều ${n}`;
        expected = n + 1;
      }
    };
    run(letter.body);
    run(letter.annex);
  },
};
export default rule;
