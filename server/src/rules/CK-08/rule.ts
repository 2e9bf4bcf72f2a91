import { signerNameByContent } from '../../core/guards.js';
import { isUpper } from '../../core/recognise.js';
import { R, titleCase } from '../../core/patterns.js';
import { signatures } from '../../core/footer.js';
import type { SignaturePart } from '../../core/model.js';
import { replaceIn, spanOf, vi, type Finding, type Mode, type Rule } from '../../core/rule.js';

const HONORIFICS = /^(?:(?:GS|PGS|TS|ThS|TSKH|KS|BSCKII|BSCKI|BS|CN|DS|LS|NGƯT|NGND|Đ\/c|Ông|Bà)(?:\.[ \t]*|[ \t]+))+/u;

const rule: Rule = {
  id: 'CK-08',
  alias: 'signer-name',
  title: vi('Họ tên người ký', "Signer's name"),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7 điểm c, đ',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Dưới chữ ký ghi họ và tên người ký bằng chữ in thường (Võ Thanh Hùng), không ghi học hàm, học vị, danh hiệu hay "Ông", "Bà", "Đ/c" trước tên (trừ cơ quan được cơ quan quản lý cho phép). Bản dự thảo có thể để trống tên.',
    'The signer\'s full name goes under the signature in regular case (Võ Thanh Hùng), with no academic title, honour or "Ông", "Bà", "Đ/c" before it (unless the managing ministry allows it). A draft may leave the name blank.',
  ),
  check({ letter, mode, profile, report }) {
    for (const sig of signatures(letter)) checkName(sig, mode, !!profile.allowHonorifics, report);
  },
};

function checkName(sig: SignaturePart, mode: Mode, allowHonorifics: boolean, report: (f: Finding) => void): void {
  if (!sig.stack.length) return;
  const line = sig.nameLine;
  if (!line || !sig.name) {
    const last = sig.stack[sig.stack.length - 1];
    const at = last.lines[last.lines.length - 1];
    report({
      span: spanOf(at),
      severity: mode === 'final' ? 'error' : 'info',
      message:
        mode === 'final'
          ? vi('Thiếu họ tên người ký dưới chức vụ.', "The signer's name is missing under the title.")
          : vi('Họ tên người ký còn để trống (bản dự thảo).', "The signer's name is still blank (draft)."),
    });
    return;
  }
  let from = 0;
  if (R.HONORIFIC.test(line.key)) {
    const m = HONORIFICS.exec(line.key);
    const len = m ? m[0].length : 0;
    if (!allowHonorifics && len) {
      from = len;
      const h = line.text.slice(0, len).trim();
      report({
        span: spanOf(line, 0, len),
        message: vi(
          `Không ghi học hàm, học vị, danh xưng trước họ tên người ký: bỏ "${h}".`,
          `No academic title, honour or form of address before the signer's name: drop "${h}".`,
        ),
        fix: { title: vi(`Bỏ "${h}"`, `Remove "${h}"`), edits: [replaceIn(line, 0, len, '')] },
      });
    } else from = len;
  }
  const name = line.text.slice(from);
  if (name.length > 1 && isUpper(name) && /\p{Lu}{2}/u.test(name)) {
    const want = titleCase(name);
    report({
      span: spanOf(line, from),
      message: vi(
        `Họ tên người ký viết chữ in thường (viết hoa chữ đầu mỗi tiếng): "${want}", không viết in hoa "${name}".`,
        `The signer's name is written in regular case: "${want}", not "${name}".`,
      ),
      // a name in shape only: a title or a body's name read as the name line stays as written
      ...(signerNameByContent(name)
        ? {
            fix: {
              title: vi(`Viết "${want}"`, `Write "${want}"`),
              edits: [replaceIn(line, from, line.text.length, want)],
            },
          }
        : {}),
    });
  }
}
export default rule;
