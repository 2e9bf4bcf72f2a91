import { isDeputyTitle, signatures, up } from '../../core/footer.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const norm = (s: string) => up(s).replace(/\s+/g, ' ').trim();

const rule: Rule = {
  id: 'CK-03',
  alias: 'kt-deputy',
  title: vi('Sau "KT." phải là chức vụ cấp phó', '"KT." must be followed by a deputy title'),
  provision: 'NĐ 30/2020, Điều 13 khoản 1; Phụ lục I, Phần I, Mục II, khoản 7 điểm b',
  severity: 'error',
  description: vi(
    'Cấp phó ký thay người đứng đầu ghi "KT." trước chức vụ của người đứng đầu (KT. GIÁM ĐỐC), dòng dưới là chức vụ của cấp phó (PHÓ GIÁM ĐỐC). Không ghi "KT." trước chức vụ cấp phó, và dòng dưới không được lặp lại chức vụ người đứng đầu.',
    'A deputy signing for the head writes "KT." before the head\'s title (KT. GIÁM ĐỐC) and the deputy\'s own title below it (PHÓ GIÁM ĐỐC). "KT." never precedes a deputy title, and the line below must not repeat the head\'s title.',
  ),
  check({ letter, report }) {
    for (const sig of signatures(letter))
      sig.stack.forEach((sl, i) => {
        if (sl.prefix !== 'KT.') return;
        const head = norm(sl.rest);
        const restAt = sl.line.text.length - sl.line.text.slice(sl.prefixAt?.[1] ?? 0).trimStart().length;
        if (isDeputyTitle(head)) {
          // the head whose deputy this is: PHÓ GIÁM ĐỐC → GIÁM ĐỐC, THỨ TRƯỞNG → BỘ TRƯỞNG
          const chief = /^THỨ[ \t]+TRƯỞNG(?![\p{L}])/u.test(head)
            ? head.replace(/^THỨ[ \t]+TRƯỞNG/u, 'BỘ TRƯỞNG')
            : head.replace(/^(?:PHÓ|P\.)[ \t]*/u, '');
          report({
            span: spanOf(sl.line, restAt),
            message: vi(
              `"KT." phải đứng trước chức vụ của người đứng đầu (ví dụ "KT. ${chief}"), không đứng trước chức vụ cấp phó "${head}".`,
              `"KT." goes before the head's title (e.g. "KT. ${chief}"), not before the deputy title "${head}".`,
            ),
          });
          return;
        }
        const next = sig.stack[i + 1];
        if (next?.prefix) return; // CK-02 reports a prefix here
        if (!next) {
          report({
            span: spanOf(sl.line),
            message: vi(
              `Sau "KT. ${head}" phải có dòng chức vụ của cấp phó ký thay (ví dụ "PHÓ ${head}").`,
              `"KT. ${head}" must be followed by the deputy's title (e.g. "PHÓ ${head}").`,
            ),
          });
          return;
        }
        const title = norm(next.text);
        if (title === head) {
          report({
            span: spanOf(next.line),
            message: vi(
              `Dòng dưới "KT. ${head}" là chức vụ của cấp phó ký thay, không lặp lại chức vụ người đứng đầu "${title}".`,
              `The line under "KT. ${head}" is the deputy's title; it must not repeat the head's title "${title}".`,
            ),
          });
        } else if (/^P\.[ \t]*\p{Lu}/u.test(title)) {
          // "P.GIÁM ĐỐC", "P. CHỦ TỊCH": the deputy's title abbreviated
          const full = title.replace(/^P\.[ \t]*/u, 'PHÓ ');
          report({
            span: spanOf(next.line),
            message: vi(
              `Chức vụ của cấp phó ký thay ghi đầy đủ "${full}", không viết tắt "${next.text}".`,
              `Write the deputy's title in full, "${full}", not "${next.text}".`,
            ),
          });
        } else if (!isDeputyTitle(title)) {
          report({
            span: spanOf(next.line),
            message: vi(
              `Sau "KT. ${head}" phải là chức vụ cấp phó (PHÓ …${/BỘ TRƯỞNG/u.test(head) ? ', THỨ TRƯỞNG' : ''}), thấy "${next.text}".`,
              `"KT. ${head}" must be followed by a deputy title (PHÓ …${/BỘ TRƯỞNG/u.test(head) ? ', THỨ TRƯỞNG' : ''}), found "${next.text}".`,
            ),
          });
        }
      });
  },
};
export default rule;
