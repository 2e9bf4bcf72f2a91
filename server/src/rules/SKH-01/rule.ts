import { R } from '../../core/patterns.js';
import { minimalEdit, replaceIn, spanOf, vi, type Rule, type Text } from '../../core/rule.js';

/** The state-form candidate of a malformed Số line ("Số 12/QĐ - UBND" → "Số: 12/QĐ-UBND"), or null. */
function candidate(text: string): string | null {
  const m = /^Số(?![\p{L}])[ \t]*[:.]?[ \t]*(?<num>\d+)?(?<rest>.*)$/u.exec(text);
  if (!m) return null;
  const num = m.groups!.num ?? '';
  let rest = m.groups!.rest.trim().replace(/[ \t]*[.;,]+$/u, '');
  if (!num) rest = rest.replace(/^[.…_ \t]+(?=\/)/u, '');
  if (!rest.startsWith('/')) {
    if (!num || !/^\p{Lu}/u.test(rest)) return null;
    rest = '/' + rest;
  }
  const sym = rest
    .slice(1)
    .replace(/[ \t]*[-–—‐][ \t]*/gu, '-')
    .replace(/[ \t]*\/[ \t]*/gu, '/')
    .trim();
  if (/[ \t]/.test(sym)) return null; // a space inside a group: not sure where the group ends
  const c = `Số: ${num}/${sym}`;
  return R.SO.test(c) || R.SO_QPPL.test(c) ? c : null;
}

function cause(text: string): Text {
  const after = text.replace(/^Số[ \t]*[:.]?[ \t]*/u, '');
  if (/^Số[ \t]+:/u.test(text)) return vi('thừa khoảng trắng trước dấu hai chấm', 'a space before the colon');
  if (/^Số\./u.test(text))
    return vi('dùng dấu chấm thay cho dấu hai chấm sau "Số"', 'a full stop instead of the colon after "Số"');
  if (!/^Số[ \t]*:/u.test(text)) return vi('thiếu dấu hai chấm sau "Số"', 'no colon after "Số"');
  if (/[–—‐]/u.test(after))
    return vi('dùng dấu gạch ngang dài (–) thay cho gạch nối (-)', 'an en/em dash instead of a hyphen (-)');
  if (!after.includes('/'))
    return vi('thiếu dấu gạch chéo (/) giữa số và ký hiệu', 'no slash (/) between the number and the symbol');
  if (/\/[ \t]|[ \t]-|-[ \t]|\d[ \t]+\//u.test(after))
    return vi('có khoảng trắng quanh dấu "/" hoặc "-"', 'spaces around "/" or "-"');
  if (/[.;,]$/u.test(after)) return vi('có dấu câu ở cuối dòng', 'punctuation at the end of the line');
  if (/\/[^/.]*\p{L}\.\p{Lu}/u.test(after))
    return vi(
      'dùng dấu chấm thay cho gạch nối (-) giữa các nhóm chữ viết tắt',
      'a dot instead of the hyphen (-) between the groups of abbreviations',
    );
  if (/\/[^/]*[ \t]/u.test(after)) return vi('có khoảng trắng bên trong ký hiệu', 'a space inside the symbol');
  if (/\/[^\p{Lu}]/u.test(after))
    return vi('ký hiệu phải bắt đầu bằng chữ in hoa', 'the symbol must start with a capital letter');
  return vi('không đúng dạng "Số: 12/QĐ-UBND"', 'not in the form "Số: 12/QĐ-UBND"');
}

const rule: Rule = {
  id: 'SKH-01',
  alias: 'so-format',
  title: vi('Số, ký hiệu sai định dạng', 'Malformed number and symbol line'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm c',
  severity: 'error',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Dòng số, ký hiệu viết "Số:" (có dấu hai chấm), số bằng chữ số Ả Rập, dấu "/" giữa số và ký hiệu, dấu "-" giữa các nhóm chữ viết tắt, không có khoảng trắng bên trong (ví dụ "Số: 12/QĐ-UBND"). Văn bản hành chính của Nhà nước không dùng dạng "12-QĐ/..." của văn bản Đảng. Khoản 3 điểm c: "sau từ “Số” có dấu hai chấm (:)"; "Giữa số và ký hiệu văn bản có dấu gạch chéo (/), giữa các nhóm chữ viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ." Dấu chấm trong một nhóm sau dấu gạch nối đầu tiên ("Số: 26/TB-VP.UBND") nghị định không quy định nhưng nhiều cơ quan vẫn dùng: chỉ là cảnh báo. Văn bản của Đảng (Hướng dẫn 36-HD/VPTW) ghi "Số 05-NQ/ĐU": dạng của Nhà nước là cảnh báo, dấu hai chấm sau "Số" là thông tin.',
    'The number line reads "Số:" with a colon, an Arabic number, a slash before the symbol and hyphens between its groups, with no spaces inside (e.g. "Số: 12/QĐ-UBND"). State documents do not use the Party form "12-QĐ/...". Khoản 3 điểm c prescribes only the colon, the "/" and the "-". A dot inside a group after the first hyphen ("Số: 26/TB-VP.UBND") is not provided for, but many offices issue such codes: a warning only. A Party document (Hướng dẫn 36-HD/VPTW) writes "Số 05-NQ/ĐU": the state form is a warning, a colon after "Số" an info.',
  ),
  check({ letter, report }) {
    const so = letter.so;
    if (!so) return;
    const line = so.line;
    if (letter.family === 'party') {
      // the Party profile (catalogue §8.5; Hướng dẫn 36-HD/VPTW, HD 05 reported unchanged): "Số 05-NQ/ĐU"
      if (so.form === 'party') {
        const colon = /^Số[ \t]*:/u.exec(line.key);
        if (colon)
          report({
            span: spanOf(line, colon[0].length - 1, colon[0].length),
            severity: 'info',
            message: vi(
              `Văn bản của Đảng ghi "Số ${so.number || '…'}-${so.symbol}" không có dấu hai chấm sau "Số" (Hướng dẫn 36-HD/VPTW, Hướng dẫn 05-HD/VPTW được cho là giữ nguyên; trang web thường in thêm dấu hai chấm).`,
              `A Party document writes "Số ${so.number || '…'}-${so.symbol}" without a colon after "Số" (Hướng dẫn 36-HD/VPTW, reportedly unchanged in HD 05; web pages often add one).`,
            ),
          });
      } else if ((so.form === 'state' || so.form === 'qppl') && /^[\p{Lu}][\p{L}]*-/u.test(so.symbol)) {
        const [type, ...body] = so.symbol.split('-');
        const want = `Số ${so.number || '…'}-${type}/${body.join('-')}`;
        report({
          span: spanOf(line),
          severity: 'warning',
          message: vi(
            `Văn bản của Đảng ghi số theo dạng "số-LOẠI/CƠ QUAN" ("${want}"), không theo dạng văn bản hành chính của Nhà nước "${line.text}" (Hướng dẫn 36-HD/VPTW).`,
            `A Party document numbers as "number-TYPE/BODY" ("${want}"), not in the state form "${line.text}" (Hướng dẫn 36-HD/VPTW).`,
          ),
        });
      }
      return;
    }
    if (so.form === 'party') {
      report({
        span: spanOf(line),
        message: vi(
          `Văn bản hành chính của Nhà nước ghi số theo dạng "Số: 12/QĐ-UBND" (số, "/", ký hiệu), không theo dạng văn bản Đảng "${line.text}".`,
          `A state document writes its number as "Số: 12/QĐ-UBND" (number, "/", symbol), not in the Party form "${line.text}".`,
        ),
      });
      return;
    }
    if (so.dotted) {
      const at = so.symbolAt ?? [0, line.text.length];
      const dot = line.key.indexOf('.', at[0]);
      report({
        span: dot >= 0 ? spanOf(line, dot, dot + 1) : spanOf(line),
        severity: 'warning',
        message: vi(
          `Ký hiệu "${so.symbol}" có dấu chấm: "giữa các nhóm chữ viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách chữ" (Phụ lục I, Phần I, Mục II, khoản 3 điểm c). Nếu cơ quan đã quy định mã có dấu chấm, có thể tắt quy tắc này cho văn bản.`,
          `The symbol "${so.symbol}" contains a dot: "the groups of abbreviations in a symbol are joined by a hyphen (-), without spaces" (Phụ lục I, Phần I, Mục II, khoản 3 điểm c). If the body's own codes use the dot, turn this rule off for the letter.`,
        ),
      });
    }
    if ((so.form === 'state' || so.form === 'qppl') && so.number && so.numberAt) {
      // R.SO tolerates spaces before "/" (for a blank number); after a number they are a format error
      const gap = /^[ \t]+(?=\/)/u.exec(line.key.slice(so.numberAt[1]));
      if (gap) {
        const [a, b] = [so.numberAt[1], so.numberAt[1] + gap[0].length];
        report({
          span: spanOf(line, so.numberAt[0], b + 1),
          message: vi(
            `Dòng số, ký hiệu sai định dạng: có khoảng trắng giữa số và dấu "/". Viết liền "${so.number}${line.text.slice(b)}".`,
            `Malformed number line: a space between the number and the "/". Write "${so.number}${line.text.slice(b)}" without spaces.`,
          ),
          fix: { title: vi('Bỏ khoảng trắng', 'Remove the space'), edits: [replaceIn(line, a, b, '')] },
        });
      }
      return;
    }
    if (so.form !== 'malformed') return;
    const c = cause(line.key);
    const fixed = candidate(line.text);
    report({
      span: spanOf(line),
      message: vi(
        `Dòng số, ký hiệu sai định dạng: ${c.vi}. Viết theo dạng "Số: 12/QĐ-UBND"${fixed ? `, tức "${fixed}"` : ''}.`,
        `Malformed number line: ${c.en}. Write it as "Số: 12/QĐ-UBND"${fixed ? `, i.e. "${fixed}"` : ''}.`,
      ),
      ...(fixed
        ? { fix: { title: vi(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [minimalEdit(line, fixed)] } }
        : {}),
    });
  },
};
export default rule;
