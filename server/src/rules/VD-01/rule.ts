import type { Citation } from '../../core/model.js';
import { vi, type Rule } from '../../core/rule.js';

/** Laws and ordinances are cited by type and name only (Phụ lục I, Mục II, khoản 6). */
export function isLaw(c: Citation): boolean {
  const k = c.kind.normalize('NFC').toLocaleLowerCase('vi');
  if (/^(?:bộ luật|luật|pháp lệnh)$/u.test(k)) return true;
  // a bare legal number of the Quốc hội or its Standing Committee ("… số 80/2015/QH13")
  return !k && c.family === 'legal' && /^(?:QH|UBTVQH)\d*$/u.test(c.typeCode ?? '');
}

const rule: Rule = {
  id: 'VD-01',
  alias: 'citation-first-mention',
  title: vi('Viện dẫn lần đầu chưa đầy đủ', 'First citation of a document is incomplete'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6',
  severity: 'warning',
  description: vi(
    'Lần đầu viện dẫn một văn bản phải ghi đủ tên loại, số, ký hiệu, ngày, tháng, năm ban hành, tên cơ quan ban hành và trích yếu nội dung; các lần sau chỉ cần tên loại và số, ký hiệu. Luật, pháp lệnh chỉ cần tên loại và tên. Trích yếu của chính văn bản (V/v) không tính là lần viện dẫn đầu tiên.',
    'The first citation of a document gives its type, number and symbol, date of issue, issuing body and summary; later ones need only type and number. Laws and ordinances are cited by type and name. The letter\'s own summary (V/v) does not count as the first citation.',
  ),
  check({ letter, report }) {
    for (const c of letter.citations) {
      if (!c.firstMention || isLaw(c)) continue;
      // a căn cứ line's citation is checked here too (CC-03 leaves completeness to this rule: one slip, one finding)
      const cited = c.text.replace(/\s+/g, ' ');
      if (!c.date) {
        report({
          span: c.span,
          message: vi(
            `Lần đầu viện dẫn "${cited}" thiếu ngày ban hành: ghi "ngày … tháng … năm …" hoặc "ngày dd/mm/yyyy" ngay sau số, ký hiệu.`,
            `The first citation of "${cited}" lacks its date of issue: add "ngày dd/mm/yyyy" after the number.`,
          ),
        });
      }
      if (!c.issuer) {
        report({
          span: c.span,
          message: vi(
            `Lần đầu viện dẫn "${cited}" thiếu cơ quan ban hành: ghi "của <cơ quan>" (ví dụ "của UBND tỉnh …") sau ngày ban hành.`,
            `The first citation of "${cited}" lacks the issuing body: add "của <body>" after the date.`,
          ),
        });
      }
      if (!c.summary && !requested(c)) {
        // the decree asks for it, but a first mention that gives date and issuer identifies the document: info
        report({
          span: c.span,
          severity: 'info',
          message: vi(
            `Lần đầu viện dẫn "${cited}" thiếu trích yếu nội dung: ghi "về việc …" hoặc "về …" sau cơ quan ban hành.`,
            `The first citation of "${cited}" lacks a summary: add "về việc …" after the issuing body.`,
          ),
        });
      }
    }
  },
};

/**
 * The proposal itself says what the cited document is about: "Xét/Theo đề nghị của Giám đốc Sở … tại Tờ trình số …"
 * (any document carrying the proposal: "… tại Công văn số …", "… (Tờ trình số …)", "… tại Tờ trình số A và Công văn
 * số B"), and "Xét Tờ trình số … của …" opening a line.
 */
function requested(c: Citation): boolean {
  const p = c.paragraph;
  if (!p) return false;
  const i = p.joined.starts.findIndex(o => o >= c.span.start);
  const before = p.joined.key.slice(0, i < 0 ? p.joined.key.length : i);
  if (/(?:đề nghị|ĐỀ NGHỊ|Đề nghị)[ \t]+(?:của|CỦA)[ \t][^.;]*$/u.test(before)) return true;
  return /^tờ trình$/iu.test(c.kind) && /^(?:[-+][ \t]+)?(?:Xét|XÉT)[ \t]+$/u.test(before);
}
export default rule;
