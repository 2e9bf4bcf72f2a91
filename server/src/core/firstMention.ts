// What the first mention of a document must give (NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6): its date, its
// issuer and its summary, with the decree's exemptions. One function: rule VD-01 reports what it returns, and the
// cross-reference index records it (refs, the index's "fill in from …" quick fix), so the two never disagree.
import type { Citation, Letter } from './model.js';
import { memoByText } from './rule.js';

export type DescriptionFact = 'date' | 'issuer' | 'summary';

/** Laws and ordinances are cited by type and name only (Phụ lục I, Mục II, khoản 6). */
export function isLaw(c: Citation): boolean {
  const k = memoByText('isLaw kind', c.kind, (x) => x.normalize('NFC').toLocaleLowerCase('vi'));
  if (/^(?:bộ luật|luật|pháp lệnh)$/u.test(k)) return true;
  // a bare legal number of the Quốc hội or its Standing Committee ("… số 80/2015/QH13")
  return !k && c.family === 'legal' && /^(?:QH|UBTVQH)\d*$/u.test(c.typeCode ?? '');
}

/**
 * The proposal itself says what the cited document is about: "Xét/Theo đề nghị của Giám đốc Sở … tại Tờ trình số …"
 * (any document carrying the proposal: "… tại Công văn số …", "… (Tờ trình số …)", "… tại Tờ trình số A và Công văn
 * số B"), and "Xét Tờ trình số … của …" opening a line.
 */
export function isRequest(c: Citation): boolean {
  const p = c.paragraph;
  if (!p) return false;
  const i = p.joined.relStarts.findIndex((o) => p.joined.base + o >= c.span.start);
  const before = p.joined.key.slice(0, i < 0 ? p.joined.key.length : i);
  if (/(?:đề nghị|ĐỀ NGHỊ|Đề nghị)[ \t]+(?:của|CỦA)[ \t][^.;]*$/u.test(before)) return true;
  return /^tờ trình$/iu.test(c.kind) && /^(?:[-+][ \t]+)?(?:Xét|XÉT)[ \t]+$/u.test(before);
}

/**
 * A căn cứ of a legal-normative document drafted under Luật 64/2025/QH15 and NĐ 78/2025/NĐ-CP (in force 01/4/2025):
 * it cites the legal documents by type, number and name ("Căn cứ Luật Tổ chức chính quyền địa phương số
 * 72/2025/QH15;", "Căn cứ Nghị định số 78/2025/NĐ-CP quy định chi tiết …;"), without their date or issuer. NĐ 30's
 * rule for the first mention (PLI.II.6a) is not that law's, so it does not ask for them there.
 */
export function qppl2025Basis(c: Citation, letter: Pick<Letter, 'legalNormative' | 'enacting' | 'date'>): boolean {
  if (!letter.legalNormative || !c.inCanCu || c.family !== 'legal') return false;
  if (letter.enacting) return true; // the 2025 form's own enacting sentence
  const y = Number(letter.date?.year ?? NaN);
  const m = Number(letter.date?.month ?? NaN);
  if (Number.isNaN(y)) return true; // a draft without its date: drafted now
  return y > 2025 || (y === 2025 && (Number.isNaN(m) || m >= 4));
}

/** What a citation lacks of what its first mention must give, in the order date, issuer, summary (empty: complete,
 * a later mention, or exempt). The letter's family is the caller's concern (VD-01 applies to state letters); the
 * letter, when given, exempts the căn cứ of a 2025 legal-normative document from date and issuer. */
export function firstMentionLacks(
  c: Citation,
  letter?: Pick<Letter, 'legalNormative' | 'enacting' | 'date'>,
): DescriptionFact[] {
  if (!c.firstMention || isLaw(c)) return [];
  const out: DescriptionFact[] = [];
  const basis2025 = !!letter && qppl2025Basis(c, letter);
  if (!c.date && !basis2025) out.push('date');
  if (!c.issuer && !basis2025) out.push('issuer');
  if (!c.summary && !isRequest(c)) out.push('summary');
  return out;
}
