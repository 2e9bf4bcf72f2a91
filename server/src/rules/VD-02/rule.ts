import type { Citation } from '../../core/model.js';
import {
  DOC_TYPES,
  LEGACY_CODES,
  PARTY_BY_TITLE,
  PARTY_TYPES,
  TYPE_BY_CODE,
  typeWordKey,
} from '../../core/doctypes.js';
import { memoByText, vi, type Rule } from '../../core/rule.js';

const STATE_CODE = new Map(DOC_TYPES.filter((t) => t.code).map((t) => [typeWordKey(t.title), t.code!]));
const PARTY_CODES = new Set(PARTY_TYPES.flatMap((t) => t.codes));
// codes of the rows the catalogue marks unverified (§8.2: quy hoạch, thông cáo, dự án)
const PARTY_LOW = new Set(PARTY_TYPES.filter((t) => t.low).flatMap((t) => t.codes));
// legal-normative documents (catalogue §5.2): type word → how the symbol starts
const LEGAL: Record<string, [RegExp, string]> = {
  'nghị định': [/^NĐ$/u, 'NĐ'],
  'thông tư': [/^TT$/u, 'TT'],
  'thông tư liên tịch': [/^TTLT$/u, 'TTLT'],
  'quyết định': [/^QĐ$/u, 'QĐ'],
  'nghị quyết': [/^(?:NQ|QH\d*|UBTVQH\d*)$/u, 'NQ'],
  'chỉ thị': [/^CT$/u, 'CT'],
  luật: [/^QH\d*$/u, 'QH…'],
  'bộ luật': [/^QH\d*$/u, 'QH…'],
  'pháp lệnh': [/^UBTVQH\d*$/u, 'UBTVQH…'],
  lệnh: [/^L$/u, 'L'],
  'văn bản hợp nhất': [/^VBHN$/u, 'VBHN'],
};
const LEGAL_CODE = /^(?:NĐ|TT|TTLT|QĐ|NQ|CT|QH\d*|UBTVQH\d*|L|VBHN)$/u;

/** The citation starts with its type word as written (the word is not one found far before the number). */
export function kindAtStart(text: string, c: Citation): boolean {
  return !!c.kind && lowerNfc(text.slice(c.span.start, c.span.start + c.kind.length)) === lowerNfc(c.kind);
}

const lowerNfc = (s: string): string => memoByText('VD-02 lower', s, (x) => x.normalize('NFC').toLocaleLowerCase('vi'));

function expected(c: Citation): { ok: boolean; want: string; low?: boolean } | null {
  const kind = typeWordKey(c.kind);
  const code = c.typeCode ?? '';
  if (c.family === 'state') {
    const want = STATE_CODE.get(kind);
    if (!want || !(TYPE_BY_CODE.has(code) || code in LEGACY_CODES)) return null;
    return { ok: code === want || LEGACY_CODES[code] === want, want };
  }
  if (c.family === 'party') {
    const t = PARTY_BY_TITLE.get(kind);
    if (!t || !PARTY_CODES.has(code)) return null;
    return { ok: t.codes.includes(code), want: t.codes.join('" hoặc "'), low: !!t.low || PARTY_LOW.has(code) };
  }
  const l = LEGAL[kind];
  if (!l || !LEGAL_CODE.test(code)) return null;
  return { ok: l[0].test(code), want: l[1] };
}

const rule: Rule = {
  id: 'VD-02',
  alias: 'citation-type-code',
  title: vi('Tên loại không khớp ký hiệu văn bản viện dẫn', 'Type word of a citation disagrees with its symbol'),
  provision: 'NĐ 30/2020, Phụ lục III, Mục I; văn bản Đảng: Hướng dẫn 36-HD/VPTW, 05-HD/VPTW',
  severity: 'warning',
  // also in a Party document (catalogue §8.5: type code ↔ tên loại of §8.2; the engine caps it at warning)
  families: ['state', 'party'],
  description: vi(
    'Tên loại của văn bản được viện dẫn phải khớp với chữ viết tắt tên loại trong ký hiệu: Kế hoạch – KH, Quyết định – QĐ, Quy định – QyĐ (văn bản của Đảng: QĐ, QĐi), Tờ trình – TTr, Kết luận – KL. Không khớp thường là nhầm số hoặc nhầm tên loại. Chữ viết tắt tên loại văn bản Đảng chưa được đối chiếu (quy hoạch, thông cáo, dự án) chỉ báo thông tin.',
    "The type word of a cited document must agree with the type code in its symbol (Kế hoạch – KH, Quyết định – QĐ, Quy định – QyĐ; Party: Kết luận – KL). A mismatch usually means a wrong number or a wrong type word. Party type codes not verified against the Party's text (quy hoạch, thông cáo, dự án) give at most an info.",
  ),
  check({ letter, report }) {
    for (const c of letter.citations) {
      if (!kindAtStart(letter.src.text, c)) continue;
      const e = expected(c);
      if (!e || e.ok) continue;
      report({
        span: c.span,
        ...(e.low ? { severity: 'info' as const } : {}),
        message: vi(
          `Tên loại "${c.kind}" không khớp ký hiệu "${c.number}": "${c.typeCode}" không phải chữ viết tắt của ${c.kind.toLocaleLowerCase('vi')} (phải là "${e.want}"). Kiểm tra lại số, ký hiệu hoặc tên loại.${e.low ? ' (Chữ viết tắt tên loại này của văn bản Đảng chưa được đối chiếu với văn bản gốc.)' : ''}`,
          `The type word "${c.kind}" disagrees with "${c.number}": "${c.typeCode}" is not its code (expected "${e.want}"). Check the number or the type word.${e.low ? " (This Party type code is not verified against the Party's own text.)" : ''}`,
        ),
      });
    }
  },
};
export default rule;
