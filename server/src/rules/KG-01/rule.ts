import { spanOf, vi, type Rule } from '../../core/rule.js';

const UNUSUAL = new Set(['ke-hoach', 'quyet-dinh', 'thong-bao']);

const rule: Rule = {
  id: 'KG-01',
  alias: 'kinh-gui-missing',
  title: vi('Thiếu "Kính gửi"', 'Missing "Kính gửi" (addressees)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9; Phụ lục III, Mẫu 1.5',
  severity: 'error',
  description: vi(
    'Công văn phải ghi nơi nhận trực tiếp sau "Kính gửi:" (tờ trình thường cũng có). Các loại văn bản khác như kế hoạch, quyết định, thông báo thường không dùng "Kính gửi".',
    'A công văn names its direct addressees after "Kính gửi:" (a tờ trình usually does too). Other types such as kế hoạch, quyết định and thông báo normally do not use it.',
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
    if (letter.type !== 'cong-van' && letter.type !== 'to-trinh') return;
    const anchor =
      letter.trichYeu?.lines.filter((l) => l.text).pop() ??
      letter.tenLoai?.line ??
      letter.date?.line ??
      letter.so?.line;
    if (!anchor) return;
    const cv = letter.type === 'cong-van';
    report({
      span: spanOf(anchor),
      severity: cv ? 'error' : 'warning',
      message: cv
        ? vi(
            'Công văn phải có "Kính gửi:" và tên cơ quan, đơn vị nhận ngay sau phần trích yếu; không thấy dòng "Kính gửi".',
            'A công văn needs a "Kính gửi:" line naming its addressees after the trích yếu; none was found.',
          )
        : vi(
            'Tờ trình thường ghi "Kính gửi:" cấp có thẩm quyền được trình sau phần trích yếu; không thấy dòng "Kính gửi".',
            'A tờ trình normally names the authority it is submitted to after "Kính gửi:"; none was found.',
          ),
    });
  },
};
export default rule;
