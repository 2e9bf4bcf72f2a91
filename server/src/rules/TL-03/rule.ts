import { spanOfJoined, vi, type Edit, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'TL-03',
  alias: 'trich-yeu-no-vv',
  title: vi('Văn bản có tên loại không dùng "V/v"', 'No "V/v" in a typed document'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 5 điểm b',
  severity: 'warning',
  fixable: true,
  description: vi(
    '"V/v" (về việc) chỉ dùng trước trích yếu của công văn. Trích yếu của văn bản có tên loại viết thẳng nội dung hoặc "Về việc …".',
    '"V/v" (về việc) introduces the summary of a công văn only. A typed document states its summary directly or writes "Về việc …".',
  ),
  check({ letter, report }) {
    const t = letter.tenLoai;
    const ty = letter.trichYeu;
    // a công văn's summary is "V/v …" (TL-04's): a line read as a type name there (a wrapped agency name, "TỈNH
    // BÌNH SƠN") would make the two rules undo each other's fix forever (issue 12)
    if (!t || letter.type === 'cong-van' || !ty || !ty.vv || !ty.vvAt) return;
    const j = ty.joined;
    const [a, b] = ty.vvAt;
    const token = j.text.slice(a, b);
    if (/^về việc$/iu.test(token)) return;
    const colon = /^[ \t]*:/u.exec(j.text.slice(b));
    const end = b + (colon ? colon[0].length : 0);
    const rest = j.text.slice(end).trim();
    const upper = rest && rest === rest.toLocaleUpperCase('vi');
    const want = upper ? 'VỀ VIỆC' : 'Về việc';
    const span = spanOfJoined(j, a, end);
    const edit: Edit = { offset: span.start, length: span.end - span.start, newText: want };
    report({
      span: spanOfJoined(j, a, b),
      message: vi(
        `"${token}" chỉ dùng trong trích yếu của công văn; trích yếu của ${t.name.toLocaleLowerCase('vi')} viết "${want} …" hoặc viết thẳng nội dung.`,
        `"${token}" belongs to the summary of a công văn; the summary of a ${t.name.toLocaleLowerCase('vi')} reads "${want} …" or states the content directly.`,
      ),
      fix: { title: vi(`Viết "${want}"`, `Write "${want}"`), edits: [edit] },
    });
  },
};
export default rule;
