import { vi, type Rule } from '../../core/rule.js';

const n = (x: number, lang: 'vi' | 'en') => x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');

// Reported by the engine's bounds (core/limits.ts): a text nested deeper than they allow is not parsed.
const rule: Rule = {
  id: 'SYS-02',
  alias: 'too-deep',
  title: vi('Văn bản lồng quá sâu để kiểm tra', 'Document nested too deeply to check'),
  provision: 'Văn Thư, giới hạn xử lý',
  severity: 'warning',
  families: ['state', 'party'],
  description: vi(
    'Văn Thư không phân tích văn bản có đoạn nằm trong quá 32 lớp trích dẫn (">") hoặc danh sách lồng nhau, hoặc có tổng cộng quá 10.000 mục danh sách và dấu trích dẫn: văn bản hành chính chỉ cần vài cấp (1., a), -, +). Hãy bỏ bớt các lớp lồng thừa.',
    'Văn Thư does not analyse a document with a passage inside more than 32 nested block quotes (">") or lists, or with more than 10,000 list items and quote markers in all: an administrative document needs only a few levels (1., a), -, +). Remove the extra nesting.',
  ),
  check({ letter, report }) {
    const b = letter.breach;
    if (b?.kind !== 'depth' && b?.kind !== 'containers') return;
    if (b.kind === 'containers') {
      report({
        span: b.span,
        message: vi(
          `Văn bản lồng quá sâu để kiểm tra: quá nhiều lớp trích dẫn và danh sách lồng nhau (đến dòng ${n(b.line + 1, 'vi')} đã có ${n(b.found, 'vi')} lớp, giới hạn ${n(b.limit, 'vi')} cho cả văn bản). Văn Thư không phân tích văn bản này; hãy bỏ bớt các lớp lồng thừa.`,
          `Document nested too deeply to check: too many nested block quotes and lists (${n(b.found, 'en')} up to line ${n(b.line + 1, 'en')}, the limit is ${n(b.limit, 'en')} for the whole document). Văn Thư does not analyse it; remove the extra nesting.`,
        ),
      });
      return;
    }
    report({
      span: b.span,
      message: vi(
        `Văn bản lồng quá sâu để kiểm tra: dòng ${n(b.line + 1, 'vi')} nằm trong ${n(b.found, 'vi')} lớp trích dẫn hoặc danh sách lồng nhau, giới hạn ${b.limit} lớp. Văn Thư không phân tích văn bản này; hãy bỏ bớt các lớp lồng thừa.`,
        `Document nested too deeply to check: line ${n(b.line + 1, 'en')} is inside ${n(b.found, 'en')} nested block quotes or lists, the limit is ${b.limit}. Văn Thư does not analyse it; remove the extra nesting.`,
      ),
    });
  },
};
export default rule;
