import { signatures } from '../../core/footer.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const PARTY = /^(?:T\/M|K\/T|T\/L|T\/UQ)$/u;

const rule: Rule = {
  id: 'CK-01',
  alias: 'authority-prefix',
  title: vi('Sai chữ viết tắt quyền hạn ký', 'Malformed signing-authority prefix'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7 điểm b, đ',
  severity: 'error',
  fixable: true,
  description: vi(
    'Quyền hạn ký chỉ viết bằng một trong các chữ viết tắt "TM.", "KT.", "Q.", "TL.", "TUQ." (chữ in hoa, có dấu chấm, một khoảng trắng trước chức vụ). Kiểu "T/M", "K/T" là cách ghi của văn bản Đảng.',
    'The signing authority is written as one of "TM.", "KT.", "Q.", "TL.", "TUQ." (capitals, a dot, one space before the title). "T/M", "K/T" is the Party notation.',
  ),
  check({ letter, report }) {
    for (const sl of signatures(letter).flatMap((s) => s.stack)) {
      if (!sl.prefix || !sl.prefixAt || sl.prefixRaw === null) continue;
      const line = sl.line;
      const end = sl.prefixAt[1];
      const after = /^[ \t]*/.exec(line.text.slice(end))![0];
      if (sl.prefixRaw === sl.prefix && after.length > 0) continue; // well-formed
      const raw = sl.prefixRaw;
      const want = sl.prefix;
      const fix = {
        title: vi(`Viết "${want} "`, `Write "${want} "`),
        edits: [replaceIn(line, 0, end + after.length, want + ' ')],
      };
      const span = spanOf(line, 0, end);
      if (PARTY.test(raw)) {
        report({
          span,
          severity: 'warning',
          message: vi(
            `"${raw}" là cách ghi quyền hạn ký của văn bản Đảng; văn bản hành chính viết "${want}".`,
            `"${raw}" is the Party notation for the signing authority; an administrative document writes "${want}".`,
          ),
          fix,
        });
        continue;
      }
      const what =
        raw === want
          ? vi(`thiếu khoảng trắng sau "${want}"`, `no space after "${want}"`)
          : !raw.endsWith('.')
            ? vi(`thiếu dấu chấm ("${raw}")`, `the dot is missing ("${raw}")`)
            : vi(`viết "${raw}"`, `written "${raw}"`);
      report({
        span,
        message: vi(
          `Quyền hạn ký phải viết "${want}" (in hoa, dấu chấm, một khoảng trắng trước chức vụ): ${what.vi}.`,
          `The signing authority must read "${want}" (capitals, a dot, one space before the title): ${what.en}.`,
        ),
        fix,
      });
    }
  },
};
export default rule;
