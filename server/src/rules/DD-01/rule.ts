import { R } from '../../core/patterns.js';
import { minimalEdit, spanOf, vi, type Rule, type Text } from '../../core/rule.js';

/** The well-formed date line this malformed one stands for, or null when it cannot be read safely. */
function candidate(text: string): string | null {
  const t = text.replace(/[ \t]*[.;,]+$/u, '');
  let m = /^(?<place>[^,\d]*?)[ \t]*,?[ \t]+(?:[Nn]gày[ \t]+)?(?<d>\d{1,2})[\/.-](?<m>\d{1,2})[\/.-](?<y>\d{4})$/u.exec(
    t,
  );
  if (m) {
    const g = m.groups!;
    const c = `${g.place.trim()}, ngày ${g.d} tháng ${g.m} năm ${g.y}`;
    return R.DATE.test(c) ? c : null;
  }
  m =
    /^(?<place>[^,\d]*?)[ \t]*,?[ \t]+[Nn]gày(?<rest>(?:[ \t]+\d{1,2})?[ \t.…_]*[ \t](?:tháng|Tháng)(?:[ \t]+\d{1,2})?[ \t.…_]*[ \t](?:năm|Năm)[ \t]+\d{4})$/u.exec(
      t,
    );
  if (m) {
    const g = m.groups!;
    const c = `${g.place.trim()}, ngày${g.rest.replace(/Tháng/u, 'tháng').replace(/Năm/u, 'năm')}`;
    return R.DATE.test(c) ? c : null;
  }
  m = /^(?<place>[^,\d]*?)[ \t]*,?[ \t]+(?<rest>\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})$/u.exec(t);
  if (m) {
    const c = `${m.groups!.place.trim()}, ngày ${m.groups!.rest}`;
    return R.DATE.test(c) ? c : null;
  }
  return null;
}

function causes(k: string): Text[] {
  const out: Text[] = [];
  if (/[.;,]$/u.test(k)) out.push(vi('có dấu câu ở cuối dòng', 'punctuation at the end of the line'));
  if (/\d{1,2}[\/.-]\d{1,2}[\/.-]\d{4}/u.test(k))
    out.push(
      vi(
        'ngày tháng viết dạng số (dd/mm/yyyy) thay vì "ngày … tháng … năm …"',
        'the date is numeric (dd/mm/yyyy) instead of "ngày … tháng … năm …"',
      ),
    );
  else {
    if (/^[^,]*?[ \t]+[Nn]gày(?![\p{L}])/u.test(k) && !/,[ \t]*[Nn]gày/u.test(k))
      out.push(vi('thiếu dấu phẩy sau địa danh', 'no comma after the place name'));
    if (!/(?<![\p{L}])[Nn]gày(?![\p{L}])/u.test(k)) out.push(vi('thiếu chữ "ngày"', 'the word "ngày" is missing'));
    if (/(?<![\p{L}])Ngày(?![\p{L}])/u.test(k) && !/^Ngày/u.test(k))
      out.push(vi('chữ "ngày" viết hoa', '"ngày" is capitalised'));
    if (/(?<![\p{L}])(?:Tháng|Năm)(?![\p{L}])/u.test(k))
      out.push(vi('chữ "tháng"/"năm" viết hoa', '"tháng"/"năm" is capitalised'));
    if (!/(?<![\p{L}])[Tt]háng(?![\p{L}])/u.test(k)) out.push(vi('thiếu chữ "tháng"', 'the word "tháng" is missing'));
    if (!/(?<![\p{L}])[Nn]ăm(?![\p{L}])/u.test(k)) out.push(vi('thiếu chữ "năm"', 'the word "năm" is missing'));
    else if (!/[Nn]ăm[ \t]+\d{4}/u.test(k))
      out.push(vi('năm phải ghi đủ bốn chữ số', 'the year must have four digits'));
  }
  return out;
}

const rule: Rule = {
  id: 'DD-01',
  alias: 'date-format',
  title: vi('Địa danh, ngày tháng sai định dạng', 'Malformed place and date line'),
  provision:
    'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm b, c; Phụ lục III, Mẫu 1.9; văn bản Đảng: cùng quy tắc (Hướng dẫn 36-HD/VPTW)',
  severity: 'error',
  families: ['state', 'party'],
  fixable: true,
  description: vi(
    'Dòng địa danh và thời gian ban hành viết "Địa danh, ngày … tháng … năm …": dấu phẩy sau địa danh, chữ "ngày", "tháng", "năm" viết thường, ngày tháng năm bằng chữ số Ả Rập, không có dấu câu ở cuối dòng (khoản 4 điểm b: "phải được viết đầy đủ"; điểm c: "sau địa danh có dấu phẩy (,)"). Biên bản không có dòng này (Mẫu 1.9): thời gian, địa điểm ghi trong nội dung.',
    'The place-and-date line reads "Place, ngày … tháng … năm …": a comma after the place, "ngày", "tháng", "năm" in lower case, Arabic digits, no punctuation at the end (khoản 4 điểm b: "written in full"; điểm c: "a comma after the place"). A biên bản has no such line (Mẫu 1.9): its time and place are in the body.',
  ),
  check({ letter, report }) {
    const d = letter.date;
    if (!d || d.wellFormed) return;
    const line = d.line;
    const cs = causes(line.key);
    const fixed = candidate(line.text);
    const why = cs.length
      ? cs
      : [
          vi(
            'không đúng dạng "Hà Nội, ngày 05 tháng 02 năm 2024"',
            'not in the form "Hà Nội, ngày 05 tháng 02 năm 2024"',
          ),
        ];
    report({
      span: spanOf(line),
      message: vi(
        `Dòng địa danh, ngày tháng sai định dạng: ${why.map((c) => c.vi).join('; ')}. Viết theo dạng "Địa danh, ngày … tháng … năm …"${fixed ? `: "${fixed}"` : ''}.`,
        `Malformed place and date line: ${why.map((c) => c.en).join('; ')}. Write "Place, ngày … tháng … năm …"${fixed ? `: "${fixed}"` : ''}.`,
      ),
      ...(fixed
        ? { fix: { title: vi(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [minimalEdit(line, fixed)] } }
        : {}),
    });
  },
};
export default rule;
