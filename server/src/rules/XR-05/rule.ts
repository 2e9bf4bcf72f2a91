import { vi, type Rule } from '../../core/rule.js';
import { reportCrossFindings } from '../../xref/checks.js';

const rule: Rule = {
  id: 'XR-05',
  alias: 'short-form-unclear',
  title: vi('Viện dẫn rút gọn không rõ văn bản nào', 'Short reference to an unclear document'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    '"Kế hoạch nêu trên", "Quyết định này" … chỉ dùng sau khi văn bản đó đã được viện dẫn đầy đủ ở phía trên. Có thể chỉ nhiều văn bản cùng loại là cảnh báo; chưa viện dẫn văn bản nào cùng loại ở phía trên là thông tin.',
    '"Kế hoạch nêu trên", "Quyết định này" … stand for a document cited in full above. Several documents of that kind above is a warning; none is information.',
  ),
  families: ['state', 'party'],
  scope: 'workspace',
  check({ workspace, report }) {
    if (workspace) reportCrossFindings(workspace, ['short-form-ambiguous', 'short-form-unresolved'], report);
  },
};
export default rule;
