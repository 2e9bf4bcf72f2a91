import { sentenceStartAt, textUnits } from '../../core/units.js';
import { memoByJoined, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Joined } from '../../core/source.js';

const NAME = '\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*)*';
// generic word of an administrative unit + a proper name ("Tỉnh Quảng Ngãi", "thành phố Hồ Chí Minh")
const UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])(Tỉnh|Huyện|Thị xã|Thị trấn|Xã|Phường|Quận|Thành phố|thành phố|thủ đô|Thủ Đô)[ \\t]+(${NAME})`,
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
    } else if (gl === 'thành phố' && PERSON_OR_EVENT.test(name)) {
      if (generic === 'Thành phố') continue;
      want = 'Thành phố';
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
  provision: 'NĐ 30/2020, Phụ lục II',
  severity: 'info',
  fixable: true,
  description: vi(
    'Tên đơn vị hành chính gồm danh từ chung viết thường và tên riêng viết hoa: tỉnh Quảng Ngãi, huyện Sơn Tịnh, xã Phổ Quang. Ngoại lệ: Thủ đô Hà Nội, Thành phố Hồ Chí Minh và đơn vị đặt tên bằng chữ số (Quận 1, Phường 3) viết hoa cả danh từ chung.',
    'An administrative unit is written with a lower-case generic word and a capitalised proper name: tỉnh Quảng Ngãi, xã Phổ Quang. Exceptions: Thủ đô Hà Nội, Thành phố Hồ Chí Minh and numbered units (Quận 1) capitalise the generic word.',
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
                `Danh từ chung chỉ đơn vị hành chính viết thường: "${whole}", không viết "${generic} ${name}".`,
                `The generic word of an administrative unit is lower case: "${whole}", not "${generic} ${name}".`,
              )
            : vi(
                `Viết hoa cả danh từ chung trong "${whole}" (ngoại lệ của Phụ lục II).`,
                `"${whole}" capitalises the generic word too (an exception in Phụ lục II).`,
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
