import { up } from '../../core/footer.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';
import { foldTones } from '../../core/source.js';

/**
 * An agency or place word after the title words: the body's name repeated after the title. Followed by "TRƯỞNG"
 * the word is part of a title (BỘ TRƯỞNG, TỔNG CỤC TRƯỞNG, CỤC TRƯỞNG).
 */
const AGENCY =
  /(?:^|[ \t,]+)((?:ỦY BAN NHÂN DÂN|UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|SỞ|TỈNH|HUYỆN|THỊ XÃ|QUẬN|THÀNH PHỐ|PHƯỜNG|XÃ|THỊ TRẤN|BỘ|TỔNG CỤC|CỤC)(?![\p{L}])(?![ \t]+TRƯỞNG(?![\p{L}])).*)$/u;

const rule: Rule = {
  id: 'CK-07',
  alias: 'title-agency-name',
  title: vi('Không ghi lại tên cơ quan sau chức vụ', 'Agency name repeated after the title'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7',
  severity: 'warning',
  description: vi(
    'Chức vụ của người ký ghi chức danh lãnh đạo (CHỦ TỊCH, GIÁM ĐỐC), không ghi lại tên cơ quan đã có ở phần tên cơ quan ban hành (CHỦ TỊCH UBND THỊ XÃ). Được ghi tên cơ quan, đơn vị khi ký thừa lệnh, thừa ủy quyền và trong văn bản liên tịch.',
    "The signer's title is the leadership title (CHỦ TỊCH, GIÁM ĐỐC); the body's name, already in the header, is not repeated after it (CHỦ TỊCH UBND THỊ XÃ). A unit or body name is allowed when signing TL./TUQ. and in joint documents.",
  ),
  check({ letter, report }) {
    const sig = letter.signature;
    if (!sig) return;
    let delegated = false;
    for (const sl of sig.stack) {
      if (sl.prefix === 'TL.' || sl.prefix === 'TUQ.') delegated = true;
      if (delegated || sl.prefix === 'TM.') continue;
      sl.lines.forEach((line, k) => {
        const key = foldTones(up(line.key));
        const from = k === 0 && sl.prefixAt ? sl.prefixAt[1] : 0;
        if (k === 0 && from === 0 && !/^\p{Lu}/u.test(key)) return;
        const m = AGENCY.exec(key.slice(from));
        if (!m) return;
        const a = from + m.index + m[0].length - m[1].length;
        if (k === 0 && key.slice(from, a).trim() === '') return; // the line is only an agency name (a wrapped line)
        report({
          span: spanOf(line, a),
          message: vi(
            `Không ghi lại tên cơ quan sau chức vụ người ký: bỏ "${line.text.slice(a)}" (tên cơ quan đã có ở đầu văn bản).`,
            `Do not repeat the body's name after the signer's title: drop "${line.text.slice(a)}" (the body is named in the header).`,
          ),
        });
      });
    }
  },
};
export default rule;
