import { R } from '../../core/patterns.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

/** Types whose trích yếu is optional. */
const OPTIONAL = new Set([
  'giay-moi',
  'giay-gioi-thieu',
  'giay-nghi-phep',
  'phieu-gui',
  'phieu-chuyen',
  'phieu-bao',
  'thu-cong',
]);
/** Types whose trích yếu usually opens "Về việc …". */
const ABOUT = new Set(['quyet-dinh', 'nghi-quyet', 'giay-uy-quyen', 'chi-thi']);
const AUTHORITY =
  /^(?:(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|THỦ TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHÁNH|TRƯỞNG BAN|TRƯỞNG)(?![\p{L}])|(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND)(?![\p{L}])(?:[ \t]+\p{Lu}+)*$)/u;

const rule: Rule = {
  id: 'TL-02',
  alias: 'trich-yeu-missing',
  title: vi('Thiếu trích yếu', 'Missing summary (trích yếu)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 5 điểm a, b',
  severity: 'warning',
  description: vi(
    'Văn bản có tên loại phải có trích yếu nội dung ngay dưới tên loại: một câu ngắn gọn phản ánh khái quát nội dung chủ yếu của văn bản (không bắt buộc với giấy mời, giấy giới thiệu, giấy nghỉ phép, phiếu).',
    'A typed document carries a one-line summary (trích yếu) directly under the type name, stating what the document is about (optional for giấy mời, giấy giới thiệu, giấy nghỉ phép and phiếu).',
  ),
  check({ letter, report }) {
    const t = letter.tenLoai;
    if (!t || !t.slug || OPTIONAL.has(t.slug) || t.rest) return;
    const ty = letter.trichYeu;
    const text = ty?.text.trim() ?? '';
    const looksMissing =
      !ty ||
      !text ||
      // the authority line of a quyết định read as the summary ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")
      (ty.lines.length === 1 &&
        ty.lines[0].key === ty.lines[0].key.toLocaleUpperCase('vi') &&
        AUTHORITY.test(ty.lines[0].key)) ||
      // a body sentence right under the type line
      (/:$/.test(text) && !ty.vv) ||
      R.CANCU.test(ty.joined.key);
    if (!looksMissing) return;
    // an example that fits the type: a quyết định, nghị quyết or giấy ủy quyền states its matter ("Về việc …")
    const example = ABOUT.has(t.slug) ? 'Về việc …' : 'Tổ chức Hội nghị tổng kết công tác năm …';
    report({
      span: spanOf(t.line),
      message: vi(
        `Văn bản "${t.name}" thiếu trích yếu: thêm ngay dưới tên loại một dòng tóm tắt nội dung (ví dụ "${t.name}" ⏎ "${example}").`,
        `The "${t.name}" has no summary: add a line summarising its content directly under the type name.`,
      ),
    });
  },
};
export default rule;
