import { vi, type Rule } from '../../core/rule.js';

// Reported by `analyzeSafely` (core/analyze.ts) when the analysis itself fails: the document gets this one finding
// instead of none, and the editor's requests keep working. Its check finds nothing: no text should make it fire.
const rule: Rule = {
  id: 'SYS-03',
  alias: 'internal-error',
  title: vi('Lỗi nội bộ khi kiểm tra văn bản', 'Internal error while checking the document'),
  provision: 'Văn Thư, lỗi nội bộ',
  severity: 'error',
  families: ['state', 'party'],
  description: vi(
    'Văn Thư gặp lỗi khi phân tích văn bản này nên không có kết quả kiểm tra nào cho nó. Văn bản của bạn không bị thay đổi. Hãy báo lỗi kèm lý do ghi trong thông báo (và văn bản, nếu được).',
    'Văn Thư failed while analysing this document, so there are no results for it. Your text was not changed. Please report the problem with the reason the message gives (and the document, if you can).',
  ),
  check() {},
};
export default rule;
