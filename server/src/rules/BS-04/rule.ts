import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

const HEAD = /^ph[ụu][ \t]*l[ụu]c(?:[ \t]+(?<n>[IVXLC]+|\d{1,2}|[A-Z]))?[ \t]*[:.]?$/iu;
const KEM_THEO = /^\(?[ \t]*kèm[ \t]+theo(?![\p{L}])/iu;
const MENTION = /ph[ụu][ \t]*l[ụu]c/iu;

function roman(n: number): string {
  const t: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of t)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

const rule: Rule = {
  id: 'BS-04',
  alias: 'annex',
  title: vi('Phụ lục', 'Annex (Phụ lục)'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III, khoản 1; Phụ lục III, Mẫu 2.1',
  severity: 'warning',
  fixable: true,
  description: vi(
    '"Trường hợp văn bản có Phụ lục kèm theo thì trong văn bản phải có chỉ dẫn về Phụ lục đó. Văn bản có từ hai Phụ lục trở lên thì các Phụ lục phải được đánh số thứ tự bằng chữ số La Mã" (Phụ lục I, Phần I, Mục III, khoản 1 điểm a). Phụ lục có chữ "Phụ lục", tên phụ lục in hoa và dòng chỉ dẫn "(Kèm theo văn bản số ... ngày ...)" (điểm c; Mẫu 2.1, Mẫu 1.3); thiếu dòng chỉ dẫn chỉ là thông tin (văn bản điện tử không phải điền).',
    'An annex must be referred to in the document, and two or more annexes are numbered with Roman numerals (Phụ lục I, Phần I, Mục III, khoản 1 điểm a). It carries the heading "Phụ lục", its title in capitals and the line "(Kèm theo văn bản số ... ngày ...)" (điểm c; Mẫu 2.1, Mẫu 1.3); a missing line is informational (an electronic document need not fill it in).',
  ),
  check({ letter, report }) {
    const paras = [...letter.body, ...letter.annex];
    const flat: Line[] = paras.flatMap((p) => p.lines.filter((l) => l.text));
    const heads = flat.map((l, i) => ({ l, i, m: HEAD.exec(l.key) })).filter((h) => h.m);
    if (!heads.length) return;
    const firstHead = heads[0].l.start;
    const mentioned =
      [...letter.body, ...letter.canCu]
        .filter((p) => p.lines[0].start < firstHead)
        .some((p) => MENTION.test(p.joined.key)) ||
      (letter.trichYeu ? MENTION.test(letter.trichYeu.joined.key) : false);
    const many = heads.length >= 2;
    for (const h of heads) {
      const line = h.l;
      const n = h.m!.groups?.n;
      if (many && !n) {
        report({
          span: spanOf(line),
          message: vi(
            'Văn bản có từ hai phụ lục: đánh số phụ lục bằng chữ số La Mã ("Phụ lục I", "Phụ lục II").',
            'There are two or more annexes: number them with Roman numerals ("Phụ lục I", "Phụ lục II").',
          ),
        });
      } else if (many && n && /^\d+$/.test(n)) {
        const a = line.key.lastIndexOf(n);
        const r = roman(Number(n));
        report({
          span: spanOf(line, a, a + n.length),
          message: vi(
            `"Văn bản có từ hai Phụ lục trở lên thì các Phụ lục phải được đánh số thứ tự bằng chữ số La Mã" (Mục III, khoản 1 điểm a): "Phụ lục ${r}", không "Phụ lục ${n}".`,
            `With two or more annexes they "must be numbered with Roman numerals" (Mục III, khoản 1 điểm a): "Phụ lục ${r}", not "Phụ lục ${n}".`,
          ),
          ...(Number(n) > 0 && Number(n) < 40
            ? { fix: { title: vi(`Viết "${r}"`, `Write "${r}"`), edits: [replaceIn(line, a, a + n.length, r)] } }
            : {}),
        });
      }
      const next = flat.slice(h.i + 1, h.i + 4).filter((l) => !HEAD.test(l.key));
      const until = flat.slice(h.i + 1).findIndex((l) => HEAD.test(l.key));
      const within = until < 0 ? next : next.slice(0, until);
      const kem = within.find((l) => KEM_THEO.test(l.key));
      const titleLine = within[0] && within[0] !== kem ? within[0] : undefined;
      if (!titleLine) {
        report({
          span: spanOf(line),
          message: vi(
            'Phụ lục thiếu tên: ghi tên phụ lục bằng chữ in hoa ngay dưới chữ "Phụ lục".',
            'The annex has no title: write its title in capitals right under "Phụ lục".',
          ),
        });
      } else if (titleLine.key !== titleLine.key.toLocaleUpperCase('vi') && !KEM_THEO.test(titleLine.key)) {
        report({
          span: spanOf(titleLine),
          message: vi(
            `Tên phụ lục viết bằng chữ in hoa: "${titleLine.text.toLocaleUpperCase('vi')}".`,
            `The annex title is written in capitals: "${titleLine.text.toLocaleUpperCase('vi')}".`,
          ),
        });
      }
      if (!kem) {
        report({
          span: spanOf(titleLine ?? line),
          severity: 'info',
          message: vi(
            'Phụ lục thiếu dòng chỉ dẫn "(Kèm theo <tên loại> số .../...-... ngày ... của ...)" dưới tên phụ lục (Mục III, khoản 1 điểm c; văn bản điện tử không phải điền thông tin này).',
            'The annex lacks the line "(Kèm theo <type> số .../...-... ngày ... của ...)" under its title (Mục III, khoản 1 điểm c; an electronic document need not fill it in).',
          ),
        });
      } else if (!/^\(.*\)$/u.test(kem.key)) {
        report({
          span: spanOf(kem),
          message: vi(
            'Dòng "Kèm theo ..." của phụ lục đặt trong ngoặc đơn: "(Kèm theo ...)".',
            'The annex\'s "Kèm theo ..." line is put in parentheses: "(Kèm theo ...)".',
          ),
        });
      }
      if (!mentioned) {
        report({
          span: spanOf(line),
          message: vi(
            `Nội dung văn bản chưa nhắc đến "${line.text}": phụ lục phải được dẫn chiếu trong nội dung (ví dụ "chi tiết tại Phụ lục${n ? ' ' + n : ''} kèm theo").`,
            `The body never refers to "${line.text}": an annex must be referred to in the content (e.g. "chi tiết tại Phụ lục${n ? ' ' + n : ''} kèm theo").`,
          ),
        });
      }
    }
  },
};
export default rule;
