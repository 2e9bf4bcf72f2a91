import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'DOC-01',
  alias: 'document-family',
  title: vi('Nhận diện văn bản của Đảng hay của Nhà nước', 'Identify the document family (Party or State)'),
  provision: 'NĐ 30/2020, Điều 8',
  severity: 'info',
  families: ['state', 'party'],
  description: vi(
    'Văn bản có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" mà không có Quốc hiệu là văn bản của Đảng, trình bày theo Hướng dẫn 36-HD/VPTW; các quy tắc thể thức của NĐ 30/2020 không áp dụng cho văn bản đó (báo một thông tin ở tiêu đề). Các văn bản khác được kiểm tra theo NĐ 30/2020.',
    'A draft headed "ĐẢNG CỘNG SẢN VIỆT NAM" without the national title is a Party document, formatted under Hướng dẫn 36-HD/VPTW, and the NĐ 30/2020 format rules are not applied to it (one info on the heading). Every other draft is checked against NĐ 30/2020.',
  ),
  check({ letter, report }) {
    if (letter.family === 'party') {
      const at = letter.partyHead ?? letter.agency?.lines[0] ?? letter.so?.line;
      if (!at) return;
      report({
        span: spanOf(at),
        message: vi(
          'Văn bản của Đảng (tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM", không có Quốc hiệu): thể thức theo Hướng dẫn 36-HD/VPTW, không áp dụng các quy tắc thể thức của NĐ 30/2020.',
          'Party document ("ĐẢNG CỘNG SẢN VIỆT NAM", no national title): formatted under Hướng dẫn 36-HD/VPTW; the NĐ 30/2020 format rules are not applied.',
        ),
      });
      return;
    }
    // A state document is the default profile: nothing to report (a correct letter gets a clean report).
  },
};
export default rule;
