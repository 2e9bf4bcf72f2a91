import { checkMarks } from '../../core/marks.js';
import { vi, type Rule } from '../../core/rule.js';

const OK = /^(?:MẬT|TỐI MẬT|TUYỆT MẬT)$/u;

const rule: Rule = {
  id: 'BS-02',
  alias: 'secrecy-mark',
  title: vi('Dấu chỉ độ mật', 'Secrecy mark'),
  provision: 'NĐ 30/2020, Điều 8 khoản 3; Phụ lục I, Phần I, Mục III, khoản 2 điểm a',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Độ mật của văn bản chứa bí mật nhà nước ghi một trong các dấu "MẬT", "TỐI MẬT", "TUYỆT MẬT" (Luật Bảo vệ bí mật nhà nước 2018) bằng chữ in hoa, đặt dưới số, ký hiệu văn bản.',
    'A document holding state secrets is marked "MẬT", "TỐI MẬT" or "TUYỆT MẬT" (Law on State Secrets Protection 2018) in capitals, placed under the number and symbol.',
  ),
  check(ctx) {
    checkMarks(ctx, 'secrecy', OK, vi('Dấu độ mật', 'The secrecy mark'));
  },
};
export default rule;
