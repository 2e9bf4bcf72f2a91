import { vi, type Rule } from '../../core/rule.js';
import { reportCrossFindings } from '../../xref/checks.js';

const rule: Rule = {
  id: 'XR-02',
  alias: 'workspace-citation-conflict',
  title: vi('Viện dẫn không khớp với văn bản gốc trong thư mục', 'Citation disagrees with the workspace'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    'Cùng một số, ký hiệu nhưng ngày ban hành hoặc cơ quan ban hành ghi khác với chính văn bản đó trong thư mục, với danh mục văn bản hoặc với lần viện dẫn trong văn bản khác (thông tin liên quan chỉ tới nơi ghi khác). Hai văn bản trong thư mục cùng mang một số là thông tin (thường là các bản dự thảo của cùng một văn bản).',
    "The same number and symbol with another date or issuer than the document itself in the workspace, the registry or another letter's citation (related information points at it). Two letters of the workspace bearing one number is information (often drafts of one document).",
  ),
  families: ['state', 'party'],
  scope: 'workspace',
  check({ workspace, report }) {
    if (workspace)
      reportCrossFindings(workspace, ['cross-date-conflict', 'cross-issuer-conflict', 'duplicate-number'], report);
  },
};
export default rule;
