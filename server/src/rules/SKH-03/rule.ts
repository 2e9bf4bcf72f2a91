import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'SKH-03',
  alias: 'so-blank',
  title: vi('Chưa có số văn bản', 'Document number not filled in'),
  provision: 'NĐ 30/2020, Điều 15 khoản 2',
  severity: 'info',
  description: vi(
    'Số văn bản do văn thư cấp sau khi người có thẩm quyền ký. Trong bản dự thảo được để trống (thông tin); khi phát hành (chế độ final) là lỗi.',
    'The number is assigned by the records clerk after signing. Blank is fine in a draft (info) and an error in final mode.',
  ),
  families: ['state', 'party'],
  check({ letter, mode, report }) {
    const so = letter.so;
    if (!so || so.number || so.form === 'malformed') return;
    report({
      span: spanOf(so.line),
      severity: mode === 'final' ? 'error' : 'info',
      message:
        mode === 'final'
          ? vi(
              'Văn bản phát hành phải có số: điền số trước ký hiệu.',
              'An issued document needs its number: fill it in before the symbol.',
            )
          : vi(
              'Số văn bản còn để trống (văn thư cấp số sau khi ký).',
              'The number is still blank (the clerk assigns it after signing).',
            ),
    });
  },
};
export default rule;
