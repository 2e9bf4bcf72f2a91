// Shared check of the marks under the Số line (độ khẩn BS-01, độ mật BS-02): capitals, and placed below Số.
import type { MarkPart } from './model.js';
import { spanOf, vi, type RuleContext, type Text } from './rule.js';

export function checkMarks(
  { letter, report }: RuleContext,
  kind: MarkPart['kind'],
  ok: RegExp,
  what: Text,
  skip: (mark: MarkPart) => boolean = () => false,
): void {
  for (const mark of letter.marks) {
    if (mark.kind !== kind || skip(mark)) continue;
    const line = mark.line;
    const want = line.key
      .toLocaleUpperCase('vi')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (!ok.test(line.key)) {
      const span = spanOf(line);
      report({
        span,
        message: vi(
          `${what.vi} phải viết in hoa: "${want}", thấy "${line.text}".`,
          `${what.en} must be in capitals: "${want}", found "${line.text}".`,
        ),
        fix: {
          title: vi(`Viết "${want}"`, `Write "${want}"`),
          edits: [{ offset: span.start, length: span.end - span.start, newText: want }],
        },
      });
    } else if (letter.so && line.start < letter.so.line.start) {
      report({
        span: spanOf(line),
        message: vi(
          `Dấu "${line.text}" đặt dưới số, ký hiệu văn bản (dòng ${letter.so.line.line + 1}), không đặt trên.`,
          `The mark "${line.text}" goes under the number and symbol (line ${letter.so.line.line + 1}), not above it.`,
        ),
        related: [{ span: spanOf(letter.so.line), message: vi('Số, ký hiệu', 'Number and symbol') }],
      });
    }
  }
}
