import { signatures, up } from '../../core/footer.js';
import type { SigLine } from '../../core/model.js';
import { titleByContent } from '../../core/guards.js';
import { minimalEdit, spanOf, vi, type Fix, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

// "PHỤ TRÁCH" anywhere in a title line; "ĐIỀU HÀNH" after a deputy title (PHÓ …): PLI.II.7b and Đ.13.1 say how such a
// deputy signs. "THƯỜNG TRỰC", "THỨ NHẤT": NĐ 30 names neither (practice of TT 01/2011) — info.
const IN_CHARGE = /(?<![\p{L}])(PHỤ TRÁCH|ĐIỀU HÀNH)(?![\p{L}])/u;
const NOT_NAMED = /(?<![\p{L}])(THƯỜNG TRỰC|THỨ NHẤT)(?![\p{L}])/u;
// the whole title line of a deputy in charge: "PHÓ GIÁM ĐỐC PHỤ TRÁCH" → head "GIÁM ĐỐC"
const DEPUTY_IN_CHARGE = /^(?:PHÓ|P\.)[ \t]*(?<head>\p{Lu}[\p{Lu} \t]*?)[ \t]+(?:PHỤ TRÁCH|ĐIỀU HÀNH)$/u;

/**
 * The KT. stack for a deputy in charge, when the title line is that alone and nothing above says KT. already. Under
 * TM. (S4) and under TL. (S7: "TL. CHỦ TỊCH" ⏎ "KT. CHÁNH VĂN PHÒNG" ⏎ "PHÓ CHÁNH VĂN PHÒNG" — Đ.13.4: "Người được
 * ký thừa lệnh được giao lại cho cấp phó ký thay", and PLI.II.7b: the deputy in charge signs as a deputy signing for
 * the head), the line above read by content as the authority line. Never under TUQ. (Đ.13.3: "Người được ký thừa ủy
 * quyền không được ủy quyền lại cho người khác ký").
 */
function ktFix(sl: SigLine, prev: SigLine | undefined, eol: string): Fix | undefined {
  if (sl.prefix || sl.lines.length !== 1) return undefined;
  const line: Line = sl.line;
  const m = DEPUTY_IN_CHARGE.exec(up(line.text));
  if (!m || IN_CHARGE.test(m.groups!.head) || NOT_NAMED.test(m.groups!.head)) return undefined;
  const head = line.text.slice(line.text.length - m[0].length).replace(/^(?:PHÓ|P\.)[ \t]*/u, '');
  const headTitle = head.replace(/[ \t]+(?:PHỤ TRÁCH|ĐIỀU HÀNH)$/u, '');
  const deputy = `PHÓ ${headTitle}`;
  if (prev?.prefix === 'KT.') {
    // "KT. GIÁM ĐỐC" is there already: only the unofficial word goes
    return { title: vi(`Viết "${deputy}"`, `Write "${deputy}"`), edits: [minimalEdit(line, deputy)] };
  }
  if (prev && prev.prefix !== 'TM.' && !(prev.prefix === 'TL.' && prev.rest && titleByContent(prev.rest)))
    return undefined;
  const to = `KT. ${headTitle}  ${eol}${deputy}`;
  return {
    title: vi(`Ký thay: "KT. ${headTitle}" / "${deputy}"`, `Sign for the head: "KT. ${headTitle}" / "${deputy}"`),
    edits: [minimalEdit(line, to)],
  };
}

const rule: Rule = {
  id: 'CK-06',
  alias: 'unofficial-title',
  title: vi('Chức vụ không có trong quy định', 'Title not created by law'),
  provision: 'NĐ 30/2020, Điều 13 khoản 1; Phụ lục I, Phần I, Mục II, khoản 7 điểm b, c',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Phụ lục I, Phần I, Mục II, khoản 7 điểm b: "Trường hợp cấp phó được giao phụ trách hoặc điều hành thì thực hiện ký như cấp phó ký thay cấp trưởng" (Điều 13 khoản 1): không ghi "phó … phụ trách", "phó … điều hành" mà ký "KT. <cấp trưởng>" / "PHÓ …". Điểm c: "không ghi những chức vụ mà Nhà nước không quy định". "Thường trực", "thứ nhất" NĐ 30 không nhắc đến (thực tiễn theo Thông tư 01/2011): chỉ là thông tin.',
    'Phụ lục I, Phần I, Mục II, khoản 7 điểm b (and Điều 13 khoản 1): a deputy put in charge of the body signs as a deputy signing for the head, so "phó … phụ trách", "phó … điều hành" become "KT. <head>" / "PHÓ …". Điểm c: titles the State has not created are not written. "Thường trực", "thứ nhất" are not named by NĐ 30 (practice of Thông tư 01/2011): informational only.',
  ),
  check({ letter, report }) {
    const eol = letter.src.eol;
    for (const sig of signatures(letter)) {
      sig.stack.forEach((sl, i) => {
        if (sl.prefix === 'TM.') return; // TM. THƯỜNG TRỰC HĐND is a collective
        const deputy = /^(?:PHÓ|P\.)/u.test(up(sl.rest || sl.text).trim());
        for (const line of sl.lines) {
          const key = up(line.key);
          const a = IN_CHARGE.exec(key);
          if (a && (a[1] === 'PHỤ TRÁCH' || deputy)) {
            const word = line.text.slice(a.index, a.index + a[1].length);
            const fix = ktFix(sl, sig.stack[i - 1], eol);
            // under TUQ. a deputy cannot sign for the authorised unit head: no KT. stack to offer (Đ.13.3)
            const tuq = sig.stack.slice(0, i).some((x) => x.prefix === 'TUQ.');
            const tl = sig.stack[i - 1]?.prefix === 'TL.';
            report({
              span: spanOf(line, a.index, a.index + a[1].length),
              message: vi(
                `"${word}" không ghi trong chức vụ: "cấp phó được giao phụ trách hoặc điều hành thì thực hiện ký như cấp phó ký thay cấp trưởng" (Phụ lục I, Phần I, Mục II, khoản 7 điểm b) — ${
                  tuq
                    ? 'nhưng dưới "TUQ." không ký thay: "Người được ký thừa ủy quyền không được ủy quyền lại cho người khác ký" (Điều 13 khoản 3) — văn bản do chính người được ủy quyền ký.'
                    : tl
                      ? 'dưới "TL." cũng vậy, "Người được ký thừa lệnh được giao lại cho cấp phó ký thay" (Điều 13 khoản 4): ghi "KT. <chức vụ người đứng đầu đơn vị>" rồi "PHÓ …".'
                      : 'ghi "KT. <chức vụ cấp trưởng>" rồi "PHÓ …".'
                }`,
                `"${word}" is not part of the title: a deputy put in charge "signs as a deputy signing for the head" (Phụ lục I, Phần I, Mục II, khoản 7 điểm b) — ${
                  tuq
                    ? 'but under "TUQ." nobody signs for the authorised head: "the authorised person may not authorise another to sign" (Điều 13 khoản 3) — the authorised head signs in person.'
                    : tl
                      ? 'under "TL." too, "the person signing by order may hand it to a deputy signing for them" (Điều 13 khoản 4): write "KT. <unit head\'s title>" then "PHÓ …".'
                      : 'write "KT. <head\'s title>" then "PHÓ …".'
                }`,
              ),
              ...(fix ? { fix } : {}),
            });
          }
          const b = NOT_NAMED.exec(key);
          if (b) {
            const word = line.text.slice(b.index, b.index + b[1].length);
            report({
              span: spanOf(line, b.index, b.index + b[1].length),
              severity: 'info',
              message: vi(
                `"${word}" trong chức vụ người ký: NĐ 30/2020 không quy định (thực tiễn theo Thông tư 01/2011); chức vụ ghi trên văn bản là chức vụ lãnh đạo chính thức, "không ghi những chức vụ mà Nhà nước không quy định" (khoản 7 điểm c).`,
                `"${word}" in the signer's title: NĐ 30/2020 does not name it (practice of Thông tư 01/2011); the title is the official leadership post, and "titles the State has not created are not written" (khoản 7 điểm c).`,
              ),
            });
          }
        }
      });
    }
  },
};
export default rule;
