import {
  COPY_CODES,
  LEGACY_CODES,
  PARTY_BY_TITLE,
  PARTY_TYPES,
  TYPE_BY_CODE,
  TYPE_BY_SLUG,
} from '../../core/doctypes.js';
import { keptFromHd36, partyGuidance } from '../../core/party.js';
import { replaceIn, spanOf, vi, type Rule, type RuleContext, type Text } from '../../core/rule.js';

/** Party type codes (catalogue §8.2) → the type; codes of the rows marked unverified (low). */
const partyByCode = (code: string) => PARTY_TYPES.filter((t) => t.codes.includes(code));

/**
 * The Party profile (catalogue §8.2, §8.5): the type code of "Số 05-NQ/ĐU" against the tên loại. A code of the
 * high/medium rows is a warning; a row marked unverified (quy hoạch, thông cáo, dự án) or a code §8.2 does not list
 * at most an info. No fix: no Party text is primary here.
 */
function checkParty({ letter, report, today, party }: RuleContext): void {
  const so = letter.so;
  const tl = letter.tenLoai;
  if (!so || so.form !== 'party' || !so.symbolAt || !tl) return;
  const t = PARTY_BY_TITLE.get(tl.name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim());
  if (!t) return; // a paper without a code (giấy mời …) or a type the catalogue does not list
  const code = so.symbol.split('/')[0];
  if (t.codes.includes(code)) return;
  const known = partyByCode(code);
  const unverified = !!t.low || !known.length || known.some((k) => k.low);
  const names = known.map((k) => k.title.toLocaleLowerCase('vi'));
  const src = keptFromHd36(partyGuidance(letter, today, party));
  const want = t.codes.join('" hoặc "');
  const wantEn = t.codes.join('" or "');
  const a = so.symbolAt[0];
  const what = known.length
    ? vi(`"${code}" là chữ viết tắt của ${names.join(', ')}`, `"${code}" is the code of ${names.join(', ')}`)
    : vi(
        `"${code}" không phải chữ viết tắt tên loại văn bản của Đảng đã biết`,
        `"${code}" is not a known Party type code`,
      );
  report({
    span: spanOf(so.line, a, a + code.length),
    severity: unverified ? 'info' : 'warning',
    message: vi(
      `Văn bản của Đảng có tên loại "${tl.name}" viết tắt là "${want}", nhưng số ghi "${code}": ${what.vi}. Sửa ký hiệu hoặc tên loại (${src.vi}).${unverified ? ' Chữ viết tắt này chưa được đối chiếu văn bản gốc.' : ''}`,
      `A Party document of the type "${tl.name}" has the code "${wantEn}", but the number reads "${code}": ${what.en}. Correct the symbol or the type name (${src.en}).${unverified ? ' This code is not checked against the original.' : ''}`,
    ),
  });
}

/** Codes that are easy to confuse: code → [the other code, what each stands for]. */
const CONFUSED: Record<string, Record<string, Text>> = {
  QĐ: { QyĐ: vi('"QĐ" là quyết định, "QyĐ" là quy định', '"QĐ" is quyết định, "QyĐ" is quy định') },
  QyĐ: { QĐ: vi('"QĐ" là quyết định, "QyĐ" là quy định', '"QĐ" is quyết định, "QyĐ" is quy định') },
  ĐA: { DA: vi('"ĐA" là đề án, "DA" là dự án', '"ĐA" is đề án, "DA" is dự án') },
  DA: { ĐA: vi('"ĐA" là đề án, "DA" là dự án', '"ĐA" is đề án, "DA" is dự án') },
  HD: { HĐ: vi('"HD" là hướng dẫn, "HĐ" là hợp đồng', '"HD" is hướng dẫn, "HĐ" is hợp đồng') },
  HĐ: { HD: vi('"HD" là hướng dẫn, "HĐ" là hợp đồng', '"HD" is hướng dẫn, "HĐ" is hợp đồng') },
  CT: { CTr: vi('"CT" là chỉ thị, "CTr" là chương trình', '"CT" is chỉ thị, "CTr" is chương trình') },
  CTr: { CT: vi('"CT" là chỉ thị, "CTr" là chương trình', '"CT" is chỉ thị, "CTr" is chương trình') },
  TTr: {
    TT: vi(
      '"TTr" là tờ trình, "TT" là thông tư (văn bản quy phạm pháp luật, không phải văn bản hành chính)',
      '"TTr" is tờ trình, "TT" is thông tư (a legal-normative document, not an administrative one)',
    ),
  },
};
/** ASCII "D" written for "Đ" in a whole group. */
const ASCII_D: Record<string, string> = { QD: 'QĐ', QyD: 'QyĐ', CD: 'CĐ', HDND: 'HĐND' };
const NSD = '05/3/2020';

const rule: Rule = {
  id: 'SKH-04',
  alias: 'ky-hieu-type-code',
  title: vi('Chữ viết tắt tên loại sai hoặc không khớp tên loại', 'Type code unknown or not matching the type name'),
  provision:
    'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm b; Phụ lục III, Mục I; văn bản Đảng: Hướng dẫn 36-HD/VPTW, 05-HD/VPTW',
  severity: 'error',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Ký hiệu của văn bản có tên loại gồm chữ viết tắt tên loại theo Phụ lục III và chữ viết tắt tên cơ quan (QĐ-UBND); chữ viết tắt tên loại phải khớp tên loại của văn bản. Hay nhầm: QĐ/QyĐ, ĐA/DA, HD/HĐ, CT/CTr, TTr/TT, và chữ "D" thay cho "Đ". Văn bản của Đảng ("Số 05-NQ/ĐU"): chữ viết tắt tên loại theo Hướng dẫn 36-HD/VPTW (Hướng dẫn 05-HD/VPTW được cho là giữ nguyên) — không khớp tên loại là cảnh báo; chữ viết tắt chưa được đối chiếu (quy hoạch, thông cáo, dự án) chỉ báo thông tin.',
    'The symbol of a typed document is the Phụ lục III type code plus the issuer code (QĐ-UBND); the type code must match the type name. Common slips: QĐ/QyĐ, ĐA/DA, HD/HĐ, CT/CTr, TTr/TT, and ASCII "D" for "Đ". A Party document ("Số 05-NQ/ĐU"): the type codes of Hướng dẫn 36-HD/VPTW (reportedly unchanged in HD 05) — a mismatch is a warning; codes not verified (quy hoạch, thông cáo, dự án) give at most an info.',
  ),
  check(ctx) {
    const { letter, report } = ctx;
    if (letter.family === 'party') return checkParty(ctx);
    const so = letter.so;
    if (!so || !so.symbolAt) return;
    // a line malformed only by its dashes ("33/TB–SNN", SKH-01's) has its type code read as well: the finding is
    // there before SKH-01's fix as after it (issue 12, a fix never makes a finding appear)
    const dashOnly =
      so.form === 'malformed' &&
      so.line.key.slice(so.symbolAt[0], so.symbolAt[1]).replace(/[–—‐]/gu, '-') === so.symbol &&
      /^\d+$/.test(so.number) &&
      !so.symbol.includes('/');
    if (so.form !== 'state' && so.form !== 'qppl' && !dashOnly) return;
    const line = so.line;
    const groups = so.symbol.split('-');
    const at = (i: number): [number, number] => {
      let a = so.symbolAt![0];
      for (let k = 0; k < i; k++) a += groups[k].length + 1;
      return [a, a + groups[i].length];
    };
    // ASCII D in a whole group (HDND anywhere; QD, QyD, CD as the type group)
    const reported = new Set<number>();
    groups.forEach((g, i) => {
      const good = ASCII_D[g];
      if (!good || (i > 0 && g !== 'HDND')) return;
      const [a, b] = at(i);
      reported.add(i);
      report({
        span: spanOf(line, a, b),
        message: vi(
          `Ký hiệu viết "${g}" bằng chữ "D" không có gạch: phải viết "${good}" (chữ "Đ").`,
          `The symbol has "${g}" with a plain "D": write "${good}" (with "Đ").`,
        ),
        fix: { title: vi(`Viết "${good}"`, `Write "${good}"`), edits: [replaceIn(line, a, b, good)] },
      });
    });
    if (reported.has(0)) return;
    const tl = letter.tenLoai;
    const info = tl?.slug ? TYPE_BY_SLUG.get(tl.slug) : undefined;
    // a thư công has no type code (Phụ lục III): its symbol is the issuer's, as a công văn's, not another type's code
    if (info?.slug === 'thu-cong' && groups.length >= 2 && TYPE_BY_CODE.has(groups[0])) {
      const [a, b] = at(0);
      report({
        span: spanOf(line, a, b),
        message: vi(
          `Thư công không có chữ viết tắt tên loại (Phụ lục III): "${groups[0]}" là chữ viết tắt của ${TYPE_BY_CODE.get(groups[0])!.title.toLocaleLowerCase('vi')}. Ký hiệu chỉ gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo (ví dụ "${groups.slice(1).join('-')}-VP").`,
          `A thư công has no type code (Phụ lục III): "${groups[0]}" is the code of a ${TYPE_BY_CODE.get(groups[0])!.title.toLocaleLowerCase('vi')}. The symbol is the issuer and drafting unit only (e.g. "${groups.slice(1).join('-')}-VP").`,
        ),
      });
      return;
    }
    if (!info || !info.code) return; // công văn, thư công, no or unknown type line: other rules
    const code = groups[0];
    const expected = info.code;
    if (code === expected) return;
    const [a, b] = at(0);
    const span = spanOf(line, a, b);
    if (groups.length < 2) {
      // a type code without the issuer: SKH-01 territory
      if (TYPE_BY_CODE.has(code) || LEGACY_CODES[code] || COPY_CODES[code]) return;
      const want = `${expected}-${code}`;
      report({
        span,
        message: vi(
          `Ký hiệu của ${info.title.toLocaleLowerCase('vi')} phải bắt đầu bằng chữ viết tắt tên loại "${expected}": viết "${want}".`,
          `The symbol of a ${info.title.toLocaleLowerCase('vi')} must start with the type code "${expected}": write "${want}".`,
        ),
        fix: { title: vi(`Viết "${want}"`, `Write "${want}"`), edits: [replaceIn(line, a, b, want)] },
      });
      return;
    }
    const legacy = LEGACY_CODES[code];
    if (legacy) {
      const d = letter.date;
      const iso =
        d?.year && d.month && d.day ? `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}` : null;
      const old = iso ? iso < '2020-03-05' : d?.year ? +d.year < 2020 : false;
      report({
        span,
        severity: old ? 'info' : 'error',
        message: old
          ? vi(
              `"${code}" là chữ viết tắt theo Thông tư 01/2011/TT-BNV, đúng vào thời điểm ban hành (trước ngày ${NSD}); theo Nghị định 30/2020 viết "${legacy}".`,
              `"${code}" is the Circular 01/2011 code, correct at the time of issue (before ${NSD}); Decree 30/2020 uses "${legacy}".`,
            )
          : vi(
              `"${code}" là chữ viết tắt cũ (Thông tư 01/2011/TT-BNV); theo Phụ lục III Nghị định 30/2020, ${info.title.toLocaleLowerCase('vi')} viết tắt là "${legacy}".`,
              `"${code}" is the old code (Circular 01/2011); under Phụ lục III of Decree 30/2020 ${info.title.toLocaleLowerCase('vi')} is "${legacy}".`,
            ),
        ...(old
          ? {}
          : {
              fix: { title: vi(`Viết "${expected}"`, `Write "${expected}"`), edits: [replaceIn(line, a, b, expected)] },
            }),
      });
      return;
    }
    const confusion = CONFUSED[expected]?.[code];
    const known = TYPE_BY_CODE.get(code);
    const copy = COPY_CODES[code];
    const what = known
      ? vi(
          `"${code}" là chữ viết tắt của ${known.title.toLocaleLowerCase('vi')}`,
          `"${code}" is the code of ${known.title.toLocaleLowerCase('vi')}`,
        )
      : copy
        ? vi(
            `"${code}" là chữ viết tắt của ${copy.toLocaleLowerCase('vi')}`,
            `"${code}" is the code of a copy (${copy})`,
          )
        : vi(
            `"${code}" không phải chữ viết tắt tên loại nào trong Phụ lục III`,
            `"${code}" is not a type code of Phụ lục III`,
          );
    const want =
      known || copy || code.length <= 3 ? [expected, ...groups.slice(1)].join('-') : [expected, ...groups].join('-');
    report({
      span,
      message: vi(
        `Tên loại "${info.name}" có chữ viết tắt "${expected}", nhưng ký hiệu ghi "${code}": ${(confusion ?? what).vi}. Sửa ký hiệu thành "${want}" (hoặc sửa tên loại cho đúng).`,
        `The type "${info.name}" has the code "${expected}" but the symbol reads "${code}": ${(confusion ?? what).en}. Change the symbol to "${want}" (or correct the type name).`,
      ),
      ...(confusion
        ? { fix: { title: vi(`Viết "${expected}"`, `Write "${expected}"`), edits: [replaceIn(line, a, b, expected)] } }
        : {}),
    });
  },
};
export default rule;
