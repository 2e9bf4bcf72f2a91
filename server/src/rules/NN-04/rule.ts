import { isLuuItem, isPartyLuu, noiNhanItems, paraSpan } from '../../core/footer.js';
import { vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'NN-04',
  alias: 'luu-unit',
  title: vi('"Lưu: VT" thiếu đơn vị soạn thảo', '"Lưu: VT" without the drafting unit'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9',
  severity: 'info',
  description: vi(
    'Dòng lưu ghi "Lưu: VT," rồi chữ viết tắt tên đơn vị (hoặc bộ phận) soạn thảo và số lượng bản lưu khi cần (Lưu: VT, VP.), để biết bản gốc lưu ở đâu.',
    'The filing line reads "Lưu: VT," followed by the abbreviation of the drafting unit and, where needed, the number of filed copies (Lưu: VT, VP.), so the file copy can be traced.',
  ),
  check({ letter, report }) {
    const luu = noiNhanItems(letter.noiNhan).find(isLuuItem);
    if (!luu || isPartyLuu(luu)) return;
    const t = luu.joined.key;
    const m = /Lưu[ \t]*:?[ \t]*(.*)$/iu.exec(t);
    if (!m) return;
    // cut a drafter code or copy count after the final period, then the final period
    let main = m[1].replace(/\.(?:[ \t]+\S[^.]*|\d[\p{L}\d()]*)$/u, '').replace(/[ \t]*[.;,][ \t]*$/u, '');
    main = main.replace(/[ \t]*\([ \t]*\d+[ \t]*b(?:ản)?[ \t]*\)$/iu, '').trim(); // "VT (02b)"
    if (!/^VT$/iu.test(main)) return;
    report({
      span: paraSpan(luu),
      message: vi(
        'Dòng lưu nên ghi thêm chữ viết tắt của đơn vị soạn thảo sau "VT" (ví dụ "- Lưu: VT, VP.").',
        'Add the drafting unit\'s abbreviation after "VT" in the filing line (e.g. "- Lưu: VT, VP.").',
      ),
    });
  },
};
export default rule;
