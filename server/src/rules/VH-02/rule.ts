import { sentenceStartAt, textUnits } from '../../core/units.js';
import { memoByJoined, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Joined } from '../../core/source.js';

const NAME = '\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*)*';
// generic word of an administrative unit + a proper name ("Tỉnh Quảng Ngãi", "thành phố Hồ Chí Minh")
const UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])(Tỉnh|Huyện|Thị xã|Thị trấn|Xã|Phường|Quận|Đặc khu|Thành phố|thành phố|phường|thủ đô|Thủ Đô)[ \\t]+(${NAME})`,
  'gu',
);
// units named after a person or an event keep a capital generic word (Phụ lục II): "Thành phố Hồ Chí Minh"
const PERSON_OR_EVENT = /^(?:Hồ Chí Minh|Điện Biên Phủ)(?![\p{L}])/u;
// "Tỉnh Ủy", "Huyện Đoàn"… are organisations, not units
const NOT_A_PLACE = /^(?:Ủy|Đoàn|Đội|Hội|Đảng|Ban|Nhân|Lỵ)(?![\p{L}])/u;

/** The unit names of a paragraph written in the wrong case, with the generic word they want. */
function unitsIn(j: Joined): { index: number; generic: string; name: string; isUpper: boolean; want: string }[] {
  const out = [];
  for (const m of j.key.matchAll(UNIT)) {
    const generic = j.text.slice(m.index, m.index + m[1].length);
    const name = m[2];
    if (NOT_A_PLACE.test(name)) continue;
    const isUpper = /^\p{Lu}/u.test(generic);
    let want: string;
    const gl = generic.toLocaleLowerCase('vi');
    if (gl === 'thủ đô') {
      if (!/^Hà Nội(?![\p{L}])/u.test(name) || generic === 'Thủ đô') continue;
      want = 'Thủ đô';
    } else if (PERSON_OR_EVENT.test(name)) {
      // điểm b: a unit named after a person or a historical event capitalises its generic word too
      if (isUpper) continue;
      want = generic[0].toLocaleUpperCase('vi') + generic.slice(1);
    } else {
      if (!isUpper || sentenceStartAt(j.text, m.index)) continue;
      want = gl;
    }
    out.push({ index: m.index, generic, name, isUpper, want });
  }
  return out;
}

const rule: Rule = {
  id: 'VH-02',
  alias: 'admin-unit-case',
  title: vi('Viết hoa tên đơn vị hành chính', 'Capitalisation of administrative unit names'),
  provision: 'NĐ 30/2020, Phụ lục II, Mục III, khoản 1 điểm a, b, c',
  severity: 'info',
  fixable: true,
  description: vi(
    'Phụ lục II, Mục III, khoản 1: "Viết hoa chữ cái đầu của các âm tiết tạo thành tên riêng và không dùng gạch nối. Ví dụ: thành phố Thái Nguyên, tỉnh Nam Định" (điểm a) — tỉnh Quảng Ngãi, phường Đức Phổ, thành phố Đồng Nai, thành phố Huế, đặc khu Phú Quốc. "Trường hợp tên đơn vị hành chính được cấu tạo giữa danh từ chung kết hợp với chữ số, tên người, tên sự kiện lịch sử: Viết hoa cả danh từ chung chỉ đơn vị hành chính đó. Ví dụ: Quận 1, Phường Điện Biên Phủ" (điểm b); "Trường hợp viết hoa đặc biệt: Thủ đô Hà Nội, Thành phố Hồ Chí Minh" (điểm c). Chỉ là thông tin: đơn vị đặt theo tên người (Xã Nguyễn Nghiêm) không phân biệt được nếu không có danh mục.',
    'Phụ lục II, Mục III, khoản 1: the generic word is lower case and each syllable of the proper name capitalised, "thành phố Thái Nguyên, tỉnh Nam Định" (điểm a) — tỉnh Quảng Ngãi, thành phố Đồng Nai, thành phố Huế; a unit named with a number, a person or a historical event capitalises the generic word too, "Quận 1, Phường Điện Biên Phủ" (điểm b); special cases "Thủ đô Hà Nội, Thành phố Hồ Chí Minh" (điểm c). Informational only: units named after a person (Xã Nguyễn Nghiêm) cannot be told apart without a list.',
  ),
  check({ letter, report }) {
    for (const { j } of textUnits(letter)) {
      for (const { index, generic, name, isUpper, want } of memoByJoined('VH-02', j, unitsIn)) {
        const span = spanOfJoined(j, index, index + generic.length);
        const whole = `${want} ${name}`;
        report({
          span,
          message: isUpper
            ? vi(
                `Danh từ chung chỉ đơn vị hành chính viết thường: "${whole}", không viết "${generic} ${name}" (Phụ lục II, Mục III, khoản 1 điểm a; trừ đơn vị đặt theo tên người, sự kiện lịch sử, điểm b).`,
                `The generic word of an administrative unit is lower case: "${whole}", not "${generic} ${name}" (Phụ lục II, Mục III, khoản 1 điểm a; units named after a person or event excepted, điểm b).`,
              )
            : vi(
                `Viết hoa cả danh từ chung trong "${whole}" (Phụ lục II, Mục III, khoản 1 điểm b, c).`,
                `"${whole}" capitalises the generic word too (Phụ lục II, Mục III, khoản 1 điểm b, c).`,
              ),
          fix: {
            title: vi(`Viết "${want}"`, `Write "${want}"`),
            edits: [{ offset: span.start, length: span.end - span.start, newText: want }],
          },
        });
      }
    }
  },
};
export default rule;
