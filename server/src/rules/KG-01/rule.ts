import { spanOf, vi, type Rule } from '../../core/rule.js';
import { upwardReportWithoutKinhGui } from '../../core/upward.js';

const UNUSUAL = new Set(['ke-hoach', 'quyet-dinh', 'thong-bao']);

const rule: Rule = {
  id: 'KG-01',
  alias: 'kinh-gui-missing',
  title: vi('Thiếu "Kính gửi"', 'Missing "Kính gửi" (addressees)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm b; Phụ lục III, Mẫu 1.5',
  severity: 'error',
  description: vi(
    'Phụ lục I, Phần I, Mục II, khoản 9 điểm b: "Đối với Tờ trình, Báo cáo (cơ quan, tổ chức cấp dưới gửi cơ quan, tổ chức cấp trên) và Công văn, nơi nhận bao gồm: Phần thứ nhất bao gồm từ “Kính gửi”, sau đó là tên các cơ quan, tổ chức hoặc đơn vị, cá nhân trực tiếp giải quyết công việc." Công văn và tờ trình thiếu "Kính gửi" là lỗi; báo cáo gửi cấp trên (nơi nhận bắt đầu bằng "Như trên", hoặc nội dung "kính báo cáo") thiếu "Kính gửi" là thông tin. Kế hoạch, quyết định, thông báo thường không dùng "Kính gửi".',
    'Phụ lục I, Phần I, Mục II, khoản 9 điểm b: for a tờ trình, a báo cáo sent upward and a công văn, the first part of the recipients is "Kính gửi" followed by the bodies or persons who handle the matter. A công văn or tờ trình without it is an error; a báo cáo that goes upward (its recipients start with "Như trên", or its text says "kính báo cáo") without it is informational. Kế hoạch, quyết định and thông báo normally do not use it.',
  ),
  check({ letter, report }) {
    const kg = letter.kinhGui;
    if (kg) {
      if (UNUSUAL.has(letter.type)) {
        report({
          span: spanOf(kg.head),
          severity: 'info',
          message: vi(
            '"Kính gửi" ít dùng trong loại văn bản này: nơi nhận thường chỉ ghi ở phần "Nơi nhận".',
            '"Kính gửi" is unusual in this type of document: recipients normally go in "Nơi nhận" only.',
          ),
        });
      }
      return;
    }
    const upward = upwardReportWithoutKinhGui(letter);
    if (letter.type !== 'cong-van' && letter.type !== 'to-trinh' && !upward) return;
    const anchor =
      letter.trichYeu?.lines.filter((l) => l.text).pop() ??
      letter.tenLoai?.line ??
      letter.date?.line ??
      letter.so?.line;
    if (!anchor) return;
    if (upward) {
      report({
        span: spanOf(anchor),
        severity: 'info',
        message: vi(
          'Báo cáo của cấp dưới gửi cấp trên có phần "Kính gửi:" ghi cơ quan nhận báo cáo (khoản 9 điểm b); báo cáo này gửi lên (nơi nhận "Như trên" hoặc "kính báo cáo") nhưng không có dòng "Kính gửi".',
          'A báo cáo sent upward has a "Kính gửi:" part naming the body it reports to (khoản 9 điểm b); this one goes upward ("Như trên" or "kính báo cáo") but has no "Kính gửi" line.',
        ),
      });
      return;
    }
    const what = letter.type === 'cong-van' ? vi('Công văn', 'A công văn') : vi('Tờ trình', 'A tờ trình');
    report({
      span: spanOf(anchor),
      message: vi(
        `${what.vi} phải có "Kính gửi:" và tên cơ quan, đơn vị, cá nhân trực tiếp giải quyết công việc ngay sau phần trích yếu (khoản 9 điểm b); không thấy dòng "Kính gửi".`,
        `${what.en} needs a "Kính gửi:" line naming the bodies or persons who handle the matter, after the trích yếu (khoản 9 điểm b); none was found.`,
      ),
    });
  },
};
export default rule;
