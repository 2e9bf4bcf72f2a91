import { vi, type Rule } from '../../core/rule.js';

const n = (x: number, lang: 'vi' | 'en') => x.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');

// Reported by the engine's bounds (core/limits.ts): a text above them is not parsed, this is its one finding.
const rule: Rule = {
  id: 'SYS-01',
  alias: 'too-large',
  title: vi('Văn bản quá lớn để kiểm tra', 'Document too large to check'),
  provision: 'Văn Thư, giới hạn xử lý',
  severity: 'warning',
  families: ['state', 'party'],
  description: vi(
    'Văn Thư chỉ kiểm tra văn bản trong giới hạn đã nêu: tối đa 1.000.000 ký tự, 10.000 dòng và 200.000 ký tự trên một dòng. Văn bản lớn hơn không được phân tích (để trình soạn thảo không bị treo); hãy tách phụ lục hoặc danh sách dài ra tệp riêng.',
    'Văn Thư checks documents within stated bounds: at most 1,000,000 characters, 10,000 lines and 200,000 characters on one line. A larger document is not analysed (so the editor never hangs); move long annexes or lists to files of their own.',
  ),
  check({ letter, report }) {
    const b = letter.breach;
    if (!b || b.kind === 'depth' || b.kind === 'containers') return;
    const what = (lang: 'vi' | 'en') =>
      b.kind === 'chars'
        ? lang === 'vi'
          ? `${n(b.found, lang)} ký tự, giới hạn ${n(b.limit, lang)} ký tự`
          : `${n(b.found, lang)} characters, the limit is ${n(b.limit, lang)}`
        : b.kind === 'lines'
          ? lang === 'vi'
            ? `${n(b.found, lang)} dòng, giới hạn ${n(b.limit, lang)} dòng`
            : `${n(b.found, lang)} lines, the limit is ${n(b.limit, lang)}`
          : lang === 'vi'
            ? `dòng ${n(b.line + 1, lang)} dài ${n(b.found, lang)} ký tự, giới hạn ${n(b.limit, lang)} ký tự một dòng`
            : `line ${n(b.line + 1, lang)} is ${n(b.found, lang)} characters long, the limit is ${n(b.limit, lang)} per line`;
    report({
      span: b.span,
      message: vi(
        `Văn bản quá lớn để kiểm tra (${what('vi')}): Văn Thư không phân tích văn bản này. Hãy tách phụ lục hoặc danh sách dài ra tệp riêng.`,
        `Document too large to check (${what('en')}): Văn Thư does not analyse it. Move long annexes or lists to files of their own.`,
      ),
    });
  },
};
export default rule;
