import { vi, type Rule } from '../../core/rule.js';
import { reportCrossFindings } from '../../xref/checks.js';

const rule: Rule = {
  id: 'XR-03',
  alias: 'cited-after-letter',
  title: vi('Văn bản được viện dẫn ban hành sau chính văn bản', 'Cited document is dated after the letter'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    'Ngày ban hành của văn bản được viện dẫn (ghi trong văn bản này, hoặc theo văn bản gốc, danh mục văn bản, lần viện dẫn khác) muộn hơn ngày của chính văn bản: một văn bản không thể viện dẫn văn bản ban hành sau nó; thường là nhầm ngày hoặc nhầm số.',
    "The cited document's date (given here, or by the document itself, the registry or another citation) is after this letter's own date: usually a wrong date or number.",
  ),
  families: ['state', 'party'],
  scope: 'workspace',
  check({ workspace, report }) {
    if (workspace) reportCrossFindings(workspace, ['cited-after-letter'], report);
  },
};
export default rule;
