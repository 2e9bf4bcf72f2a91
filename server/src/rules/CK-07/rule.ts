import { up } from '../../core/footer.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';
import { foldTones } from '../../core/source.js';

/**
 * An agency or place word after the title words: the body's name repeated after the title. Followed by "TRƯỞNG"
 * the word is part of a title (BỘ TRƯỞNG, TỔNG CỤC TRƯỞNG, CỤC TRƯỞNG).
 */
const AGENCY =
  /(?:^|[ \t,]+)((?:ỦY BAN NHÂN DÂN|UBND|HĐND|HỘI ĐỒNG NHÂN DÂN|SỞ|TỈNH|HUYỆN|THỊ XÃ|QUẬN|THÀNH PHỐ|PHƯỜNG|XÃ|THỊ TRẤN|BỘ|TỔNG CỤC|CỤC)(?![\p{L}])(?![ \t]+TRƯỞNG(?![\p{L}])).*)$/u;

/** An advisory body (tổ chức tư vấn): Hội đồng, Ban Chỉ đạo, Ban, Tổ — its signer names the post and the body. */
const ADVISORY = /^(?:HỘI[ \t]+ĐỒNG(?![ \t]+NHÂN[ \t]+DÂN)|BAN|TỔ)(?![\p{L}])/u;

const rule: Rule = {
  id: 'CK-07',
  alias: 'title-agency-name',
  title: vi('Không ghi lại tên cơ quan sau chức vụ', 'Agency name repeated after the title'),
  provision: 'Thực tiễn (Thông tư 01/2011), không có trong NĐ 30/2020 (Phụ lục I, Phần I, Mục II, khoản 7 điểm c)',
  severity: 'info',
  description: vi(
    'Thực tiễn (Thông tư 01/2011, nay không còn hiệu lực): chức vụ của người ký ghi chức danh lãnh đạo (CHỦ TỊCH, GIÁM ĐỐC), không ghi lại tên cơ quan đã có ở phần tên cơ quan ban hành (CHỦ TỊCH UBND PHƯỜNG). NĐ 30/2020 không có quy định này: Phụ lục I, Phần I, Mục II, khoản 7 điểm c chỉ yêu cầu "không ghi những chức vụ mà Nhà nước không quy định", và với Hội đồng, Ban Chỉ đạo, tổ chức tư vấn thì phải ghi chức danh và tên cơ quan, tổ chức. Vì vậy chỉ là thông tin, và không báo khi ký thừa lệnh, thừa ủy quyền, trong văn bản liên tịch hoặc khi cơ quan ban hành là Hội đồng, Ban, Tổ.',
    "Practice (Thông tư 01/2011, superseded): the signer's title is the leadership title (CHỦ TỊCH, GIÁM ĐỐC) without repeating the body's name from the header (CHỦ TỊCH UBND PHƯỜNG). NĐ 30/2020 has no such rule: Phụ lục I, Phần I, Mục II, khoản 7 điểm c only forbids titles the State has not created, and for a Hội đồng, Ban Chỉ đạo or other advisory body requires the post and the body's name. Hence informational only, and never after TL./TUQ., in joint documents, or when the issuer is a Hội đồng, Ban or Tổ.",
  ),
  check({ letter, report }) {
    const sig = letter.signature;
    if (!sig) return;
    const issuer = up(letter.agency?.issuerLines.map((l) => l.key).join(' ') ?? '').trim();
    if (ADVISORY.test(issuer)) return;
    const tmBody = sig.stack.find((sl) => sl.prefix === 'TM.');
    if (tmBody && ADVISORY.test(up(tmBody.rest ?? ''))) return;
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
            `Theo thực tiễn (Thông tư 01/2011; NĐ 30 không quy định), không ghi lại tên cơ quan sau chức vụ người ký: có thể bỏ "${line.text.slice(a)}" (tên cơ quan đã có ở đầu văn bản).`,
            `By practice (Thông tư 01/2011; NĐ 30 has no such rule) the body's name is not repeated after the signer's title: "${line.text.slice(a)}" can go (the body is named in the header).`,
          ),
        });
      });
    }
  },
};
export default rule;
