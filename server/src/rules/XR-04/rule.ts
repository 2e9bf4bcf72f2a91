import { vi, type Rule } from '../../core/rule.js';
import { reportCrossFindings } from '../../xref/checks.js';

const rule: Rule = {
  id: 'XR-04',
  alias: 'cited-obsolete',
  title: vi('Văn bản được viện dẫn đã hết hiệu lực', 'Cited document is no longer in force'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    'Danh mục văn bản (vanban.yaml) ghi văn bản được viện dẫn đã hết hiệu lực hoặc đã được thay thế; thông báo nêu văn bản thay thế.',
    'The registry (vanban.yaml) says the cited document is no longer in force or was replaced; the message names the replacement.',
  ),
  families: ['state', 'party'],
  scope: 'workspace',
  check({ workspace, report }) {
    if (workspace) reportCrossFindings(workspace, ['cited-obsolete'], report);
  },
};
export default rule;
