import { signatures } from '../../core/footer.js';
import { titleByContent } from '../../core/guards.js';
import type { Authority } from '../../core/model.js';
import { keptFromHd36, partyGuidance } from '../../core/party.js';
import { replaceIn, spanOf, vi, type Rule, type RuleContext } from '../../core/rule.js';

const PARTY = /^(?:T\/M|K\/T|T\/L|T\/UQ)$/u;
/** The Party notation of the prefixes the catalogue knows (§8.1, §8.5: HD 36; "T/M ĐẢNG ỦY" in 2026 documents). */
const PARTY_FORM: Partial<Record<Authority, string>> = { 'TM.': 'T/M', 'KT.': 'K/T', 'TL.': 'T/L' };

/** The Party profile (catalogue §8.5): "T/M", "K/T", "T/L", not the state "TM.", "KT.", "TL."; at most a warning. */
function checkParty({ letter, report, today, party }: RuleContext): void {
  const g = partyGuidance(letter, today, party);
  const { vi: source, en: sourceEn } = keptFromHd36(g);
  for (const sl of signatures(letter).flatMap((s) => s.stack)) {
    if (!sl.prefix || !sl.prefixAt || sl.prefixRaw === null) continue;
    const want = PARTY_FORM[sl.prefix];
    if (!want) continue; // Q. is the same in both families; TUQ. is not in the catalogue's Party list
    const line = sl.line;
    const end = sl.prefixAt[1];
    const after = /^[ \t]*/.exec(line.text.slice(end))![0];
    const raw = sl.prefixRaw;
    if (raw === want && after.length > 0) continue; // well-formed
    // the fix rewrites the line's start: only where the rest reads as the title or body signed for
    const fix =
      sl.rest && titleByContent(sl.rest)
        ? {
            title: vi(`Viết "${want} "`, `Write "${want} "`),
            edits: [replaceIn(line, 0, end + after.length, want + ' ')],
          }
        : undefined;
    report({
      span: spanOf(line, 0, end),
      severity: 'warning',
      message:
        raw === want
          ? vi(
              `Thiếu khoảng trắng sau "${want}": văn bản của Đảng viết "${want} ${sl.rest}" (${source}).`,
              `No space after "${want}": a Party document writes "${want} ${sl.rest}" (${sourceEn}).`,
            )
          : vi(
              `Văn bản của Đảng ghi quyền hạn ký "${want}", không ghi "${raw}" như văn bản hành chính của Nhà nước (${source}).`,
              `A Party document writes the signing authority "${want}", not the state "${raw}" (${sourceEn}).`,
            ),
      ...(fix ? { fix } : {}),
    });
  }
}

const rule: Rule = {
  id: 'CK-01',
  alias: 'authority-prefix',
  title: vi('Sai chữ viết tắt quyền hạn ký', 'Malformed signing-authority prefix'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 7 điểm b, đ; văn bản Đảng: Hướng dẫn 36-HD/VPTW, 05-HD/VPTW',
  severity: 'error',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Quyền hạn ký chỉ viết bằng một trong các chữ viết tắt "TM.", "KT.", "Q.", "TL.", "TUQ." (chữ in hoa, có dấu chấm, một khoảng trắng trước chức vụ). Kiểu "T/M", "K/T" là cách ghi của văn bản Đảng. Ngược lại, văn bản của Đảng (Hướng dẫn 36-HD/VPTW; Hướng dẫn 05-HD/VPTW được cho là giữ nguyên) ghi "T/M", "K/T", "T/L": "TM.", "KT.", "TL." trong văn bản Đảng là cảnh báo.',
    'The signing authority is written as one of "TM.", "KT.", "Q.", "TL.", "TUQ." (capitals, a dot, one space before the title). "T/M", "K/T" is the Party notation. Conversely a Party document (Hướng dẫn 36-HD/VPTW, reportedly unchanged in HD 05) writes "T/M", "K/T", "T/L": "TM.", "KT.", "TL." in a Party document are a warning.',
  ),
  check(ctx) {
    const { letter, report } = ctx;
    if (letter.family === 'party') return checkParty(ctx);
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
