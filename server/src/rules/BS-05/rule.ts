import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'BS-05',
  alias: 'draft-mark',
  title: vi('Dấu "DỰ THẢO"', 'The "DỰ THẢO" (draft) mark'),
  provision: 'NĐ 30/2020, Điều 15 khoản 2 (văn bản phát hành không còn là dự thảo)',
  severity: 'info',
  families: ['state', 'party'],
  description: vi(
    'Bản dự thảo thường mang dấu "DỰ THẢO" gần số, ký hiệu. Trong chế độ dự thảo đây chỉ là thông tin; văn bản phát hành (chế độ final) không được còn dấu này.',
    'A draft usually carries a "DỰ THẢO" label near the number. In draft mode this is only informational; an issued document (final mode) must not carry it.',
  ),
  check({ letter, mode, report }) {
    for (const mark of letter.marks) {
      if (mark.kind !== 'draft') continue;
      report({
        span: spanOf(mark.line),
        severity: mode === 'final' ? 'error' : 'info',
        message:
          mode === 'final'
            ? vi(
                `Văn bản phát hành còn dấu "${mark.line.text}": xóa dấu dự thảo trước khi ký, phát hành.`,
                `The issued document still carries "${mark.line.text}": remove the draft mark before signing and issuing.`,
              )
            : vi(
                `Bản dự thảo ("${mark.line.text}"): nhớ xóa dấu này khi hoàn thiện văn bản để trình ký.`,
                `Draft ("${mark.line.text}"): remember to remove this mark when the document is finalised for signing.`,
              ),
      });
    }
  },
};
export default rule;
