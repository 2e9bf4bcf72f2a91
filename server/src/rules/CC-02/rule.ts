import { replaceIn, spanOf, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

const LOOSE = /^(?:quyết[ \t]+định|quyết[ \t]+nghị)[ \t]*[:.]?$/iu;
const WANT: Record<string, string> = { 'quyet-dinh': 'QUYẾT ĐỊNH:', 'nghi-quyet': 'QUYẾT NGHỊ:' };

const rule: Rule = {
  id: 'CC-02',
  alias: 'operative-formula',
  title: vi('Thiếu "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:"', 'Missing "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:"'),
  provision: 'NĐ 30/2020, Phụ lục III, Mẫu 1.1–1.3',
  severity: 'error',
  fixable: true,
  description: vi(
    'Quyết định có dòng "QUYẾT ĐỊNH:" (chữ in hoa, có dấu hai chấm) sau phần căn cứ, trước Điều 1; nghị quyết có dòng "QUYẾT NGHỊ:".',
    'A quyết định has the line "QUYẾT ĐỊNH:" (capitals, colon) after the legal bases and before Điều 1; a nghị quyết has "QUYẾT NGHỊ:".',
  ),
  check({ letter, report }) {
    const want = WANT[letter.type];
    if (!want) return;
    // Luật 64/2025/QH15, NĐ 78/2025/NĐ-CP: a legal-normative document closes its preamble with "<cơ quan> ban hành
    // Quyết định …." and has no "QUYẾT ĐỊNH:" line
    if (letter.enacting && letter.legalNormative && !letter.formula) return;
    let formula: Line | undefined = letter.formula;
    if (!formula) {
      // typed in the paragraph of Điều 1 or of the last căn cứ
      const cands = [...(letter.canCu.at(-1)?.lines ?? []), ...(letter.body[0]?.lines ?? [])];
      // the tên loại itself ("QUYẾT ĐỊNH" typed twice, the body's first block holding it) is no formula
      formula = cands.find((l) => LOOSE.test(l.key) && l !== letter.tenLoai?.line);
    }
    if (formula) {
      if (formula.key === want) return;
      // rewrite the line only where the formula stands, after the bases: not a tên loại typed twice above them
      const f = formula.line;
      const placed =
        (!letter.canCu.length || f > letter.canCu[0].lines[0].line) &&
        (!letter.tenLoai || f > letter.tenLoai.line.line + 1);
      report({
        span: spanOf(formula),
        message: vi(
          `Dòng mở đầu phần nội dung phải viết "${want}" (in hoa, có dấu hai chấm), thấy "${formula.text}".`,
          `The operative formula must read "${want}" (capitals, colon), found "${formula.text}".`,
        ),
        ...(placed
          ? {
              fix: {
                title: vi(`Sửa thành "${want}"`, `Write "${want}"`),
                edits: [replaceIn(formula, 0, formula.text.length, want)],
              },
            }
          : {}),
      });
      return;
    }
    const first = letter.body[0];
    const anchor = first?.lines[0] ?? letter.canCu.at(-1)?.lines.at(-1);
    if (!anchor) return;
    if (letter.enacting) {
      // "… ban hành Quyết định …" under an individual decision's number ("25/QĐ-UBND"): that is the legal-normative
      // form
      report({
        span: spanOf(letter.enacting.lines[0]),
        message: vi(
          `Quyết định cá biệt (số không có năm ban hành) phải có dòng "${want}" sau phần căn cứ; câu "… ban hành Quyết định …" là thể thức của văn bản quy phạm pháp luật.`,
          `An individual decision (a number without the year) needs the line "${want}" after the legal bases; "… ban hành Quyết định …" is the form of a legal-normative document.`,
        ),
      });
      return;
    }
    report({
      span: first?.marker ? spanOfJoined(first.joined, first.marker.at[0], first.marker.at[1]) : spanOf(anchor),
      message: vi(
        `Thiếu dòng "${want}" sau phần căn cứ, trước nội dung (Điều 1).`,
        `The line "${want}" is missing after the legal bases, before the content (Điều 1).`,
      ),
    });
  },
};
export default rule;
