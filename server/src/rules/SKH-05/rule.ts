import { TYPE_BY_CODE } from '../../core/doctypes.js';
import { GRP } from '../../core/patterns.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const KH = new RegExp(`^${GRP}(?:-${GRP})*$`, 'u');

const rule: Rule = {
  id: 'SKH-05',
  alias: 'ky-hieu-cong-van',
  title: vi('Ký hiệu công văn sai', 'Wrong symbol of a công văn'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm b',
  severity: 'warning',
  description: vi(
    'Ký hiệu của công văn gồm chữ viết tắt tên cơ quan ban hành và chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực (UBND-KTTH); công văn không có chữ viết tắt tên loại, "CV" là cách ghi của văn bản Đảng.',
    'The symbol of a công văn is the issuer code plus the code of the drafting unit or subject field (UBND-KTTH); a state công văn has no type code ("CV" is the Party usage).',
  ),
  check({ letter, report }) {
    const so = letter.so;
    if (!so || !so.symbolAt || letter.type !== 'cong-van') return;
    // a malformed line is read for its fields too (SKH-01 reports the spacing): "45 /CV - UBND" still has a type code
    if (so.form !== 'state' && !(so.form === 'malformed' && KH.test(so.symbol))) return;
    const groups = so.symbol.split('-');
    const [a] = so.symbolAt;
    const first = spanOf(so.line, a, a + groups[0].length);
    if (groups[0] === 'CV') {
      report({
        span: first,
        severity: 'error',
        message: vi(
          'Công văn của cơ quan nhà nước không có chữ viết tắt tên loại: bỏ "CV" ("CV" là cách ghi của văn bản Đảng), ký hiệu gồm tên cơ quan và đơn vị soạn thảo, ví dụ "UBND-VP".',
          'A state công văn has no type code: drop "CV" (the Party usage); the symbol is issuer code plus drafting unit, e.g. "UBND-VP".',
        ),
      });
      return;
    }
    const t = TYPE_BY_CODE.get(groups[0]);
    if (t && groups.length >= 2 && letter.trichYeu?.vv && !letter.tenLoai) {
      report({
        span: first,
        message: vi(
          `Ký hiệu bắt đầu bằng "${groups[0]}" (chữ viết tắt của ${t.title.toLocaleLowerCase('vi')}) nhưng văn bản trình bày như công văn (có "V/v", không có tên loại): dùng ký hiệu công văn (ví dụ "UBND-VP") hoặc thêm tên loại "${t.name}".`,
          `The symbol starts with "${groups[0]}" (the code of ${t.title.toLocaleLowerCase('vi')}) but the document is laid out as a công văn (a "V/v", no type name): use a công văn symbol (e.g. "UBND-VP") or add the type name "${t.name}".`,
        ),
      });
      return;
    }
    if (groups.length === 1) {
      report({
        span: spanOf(so.line, ...so.symbolAt),
        message: vi(
          `Ký hiệu công văn gồm chữ viết tắt tên cơ quan và chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực: thêm phần đơn vị, ví dụ "${groups[0]}-VP".`,
          `A công văn symbol is the issuer code plus the drafting unit or field code: add the unit part, e.g. "${groups[0]}-VP".`,
        ),
      });
    }
  },
};
export default rule;
