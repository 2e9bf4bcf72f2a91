import { TYPE_BY_SLUG } from '../../core/doctypes.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

/** Types that may be legal-normative: a year in their number reads as the legal-normative form. */
const MAY_BE_QPPL = new Set(['quyet-dinh', 'nghi-quyet']);

const rule: Rule = {
  id: 'SKH-06',
  alias: 'so-no-year',
  title: vi('Văn bản hành chính không ghi năm trong số', 'No year in the number of an administrative document'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm a, b',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Số của văn bản hành chính gồm số thứ tự và ký hiệu, không ghi năm (Số: 12/KH-UBND); dạng có năm (12/2023/QĐ-UBND) là số của văn bản quy phạm pháp luật.',
    'An administrative number is the running number and the symbol, without the year (Số: 12/KH-UBND); the form with a year (12/2023/QĐ-UBND) is that of legal-normative documents.',
  ),
  check({ letter, report }) {
    const so = letter.so;
    if (!so || so.form !== 'qppl' || !so.year) return;
    if (MAY_BE_QPPL.has(letter.type)) return;
    if (letter.tenLoai && !letter.tenLoai.slug) return; // LUẬT, NGHỊ ĐỊNH, THÔNG TƯ …: legal-normative by name
    if (letter.type === 'unknown') return;
    const k = so.line.key;
    const i = k.indexOf(`/${so.year}/`);
    if (i < 0) return;
    const name = TYPE_BY_SLUG.get(letter.type)?.title.toLocaleLowerCase('vi') ?? letter.type;
    report({
      span: spanOf(so.line, i, i + so.year.length + 1),
      message: vi(
        `Số của ${name} (văn bản hành chính) không ghi năm: bỏ "/${so.year}". Dạng có năm như "12/${so.year}/QĐ-UBND" chỉ dùng cho văn bản quy phạm pháp luật.`,
        `The number of a ${name} (an administrative document) carries no year: drop "/${so.year}". The form with a year, like "12/${so.year}/QĐ-UBND", is for legal-normative documents only.`,
      ),
      fix: {
        title: vi(`Bỏ "/${so.year}"`, `Drop "/${so.year}"`),
        edits: [replaceIn(so.line, i, i + so.year.length + 1, '')],
      },
    });
  },
};
export default rule;
