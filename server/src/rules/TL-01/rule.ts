import { LEGAL_NORMATIVE_NAMES, TYPE_BY_SLUG } from '../../core/doctypes.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

/** At most `n` characters, cut at a word boundary. */
const clip = (s: string, n: number) =>
  s.length <= n ? s : s.slice(0, s.lastIndexOf(' ', n) > 0 ? s.lastIndexOf(' ', n) : n) + ' …';

const rule: Rule = {
  id: 'TL-01',
  alias: 'ten-loai',
  title: vi('Tên loại văn bản không đúng', 'Wrong document type name'),
  provision: 'NĐ 30/2020, Điều 7; Phụ lục I, Phần I, Mục II, khoản 5 điểm b',
  severity: 'error',
  fixable: true,
  description: vi(
    'Tên loại văn bản là một trong 29 loại văn bản hành chính của Điều 7 (QUYẾT ĐỊNH, KẾ HOẠCH, BÁO CÁO …), viết in hoa, đứng riêng một dòng; phần nói rõ nội dung (như "hành động", "tổng kết") thuộc về trích yếu.',
    'The type name is one of the 29 administrative types of Article 7 (QUYẾT ĐỊNH, KẾ HOẠCH, BÁO CÁO …), in capitals, on its own line; qualifiers such as "hành động" or "tổng kết" belong in the trích yếu.',
  ),
  check({ letter, report }) {
    const t = letter.tenLoai;
    if (!t) return;
    const line = t.line;
    if (t.rest) {
      // "KẾ HOẠCH HÀNH ĐỘNG", "BÁO CÁO TỔNG KẾT …": the type name followed by more words
      const a = t.name.length;
      const b = line.text.length;
      const from = line.text.indexOf(t.rest, a);
      report({
        span: spanOf(line, from >= 0 ? from : a, b),
        severity: 'info',
        message: vi(
          `Tên loại là "${t.name}"; phần "${t.rest}" nên đưa xuống dòng trích yếu (ví dụ "${t.name}" ⏎ "${clip(t.rest, 40)}").`,
          `The type name is "${t.name}"; put "${t.rest}" in the trích yếu line below it.`,
        ),
      });
      return;
    }
    if (t.slug) {
      if (t.exact) return;
      const info = TYPE_BY_SLUG.get(t.slug)!;
      report({
        span: spanOf(line),
        message: vi(
          `Tên loại văn bản phải viết in hoa: "${info.name}", không viết "${line.text}".`,
          `The type name must be in capitals: "${info.name}", not "${line.text}".`,
        ),
        fix: {
          title: vi(`Viết "${info.name}"`, `Write "${info.name}"`),
          edits: [replaceIn(line, 0, line.text.length, line.text.toLocaleUpperCase('vi'))],
        },
      });
      return;
    }
    const up = line.key.toLocaleUpperCase('vi');
    if (LEGAL_NORMATIVE_NAMES.test(up)) return; // legal-normative: NĐ 30 applies only partly (DOC-02)
    report({
      span: spanOf(line),
      severity: 'warning',
      message: vi(
        `"${line.text}" không phải tên loại văn bản hành chính theo Điều 7 Nghị định 30/2020 (QUYẾT ĐỊNH, KẾ HOẠCH, THÔNG BÁO, BÁO CÁO, TỜ TRÌNH …).`,
        `"${line.text}" is not an administrative type name of Article 7 of Decree 30/2020 (QUYẾT ĐỊNH, KẾ HOẠCH, THÔNG BÁO, BÁO CÁO, TỜ TRÌNH …).`,
      ),
    });
  },
};
export default rule;
