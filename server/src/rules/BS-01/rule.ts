import { checkMarks } from '../../core/marks.js';
import { vi, type Rule } from '../../core/rule.js';

const OK = /^(?:KHẨN|THƯỢNG KHẨN|HỎA TỐC(?: HẸN GIỜ)?)$/u;

const rule: Rule = {
  id: 'BS-01',
  alias: 'urgency-mark',
  title: vi('Dấu chỉ mức độ khẩn', 'Urgency mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Mức độ khẩn của văn bản ghi một trong các dấu "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC" bằng chữ in hoa, đặt dưới số, ký hiệu văn bản.',
    'The urgency of a document is marked "KHẨN", "THƯỢNG KHẨN" or "HỎA TỐC" in capitals, placed under the number and symbol.',
  ),
  check(ctx) {
    checkMarks(ctx, 'urgency', OK, vi('Dấu mức độ khẩn', 'The urgency mark'));
  },
};
export default rule;
