import { isLuuItem, isPartyLuu, noiNhanItems, paraSpan } from '../../core/footer.js';
import { vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'NN-04',
  alias: 'luu-unit',
  title: vi('"Lưu: VT" thiếu đơn vị soạn thảo', '"Lưu: VT" without the drafting unit'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d; Phụ lục III, Mẫu 1.8, 1.9',
  severity: 'info',
  description: vi(
    'Dòng cuối của nơi nhận "bao gồm chữ “Lưu” sau có dấu hai chấm (:), tiếp theo là chữ viết tắt “VT”, dấu phẩy (,), chữ viết tắt tên đơn vị (hoặc bộ phận) soạn thảo văn bản và số lượng bản lưu" (Phụ lục I, Phần I, Mục II, khoản 9 điểm d): Lưu: VT, VP. Giấy giới thiệu ghi "- Lưu: VT." theo Mẫu 1.8, biên bản "- Lưu: VT, Hồ sơ." theo Mẫu 1.9: không báo.',
    'The last recipient line holds "Lưu:", the abbreviation "VT", a comma, the abbreviation of the drafting unit and the number of filed copies (Phụ lục I, Phần I, Mục II, khoản 9 điểm d): Lưu: VT, VP. A giấy giới thiệu writes "- Lưu: VT." as in Mẫu 1.8 and a biên bản "- Lưu: VT, Hồ sơ." as in Mẫu 1.9: not reported.',
  ),
  check({ letter, report }) {
    const luu = noiNhanItems(letter.noiNhan).find(isLuuItem);
    // Mẫu 1.8: the giấy giới thiệu's own template files it as "- Lưu: VT."
    if (!luu || isPartyLuu(luu) || letter.type === 'giay-gioi-thieu') return;
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
