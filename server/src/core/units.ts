// The running-text units of a letter that text rules (VH-*) scan: trích yếu, căn cứ, body, annex, the Kính gửi
// and Nơi nhận items. Each unit is a Joined paragraph, so a match maps back to original offsets.
import type { Letter } from './model.js';
import type { Joined } from './source.js';

export type UnitWhere = 'trichYeu' | 'canCu' | 'body' | 'annex' | 'kinhGui' | 'noiNhan';

export interface TextUnit {
  j: Joined;
  where: UnitWhere;
}

export function textUnits(letter: Letter): TextUnit[] {
  const out: TextUnit[] = [];
  if (letter.trichYeu) out.push({ j: letter.trichYeu.joined, where: 'trichYeu' });
  for (const p of letter.kinhGui?.items ?? []) out.push({ j: p.joined, where: 'kinhGui' });
  for (const p of letter.canCu) out.push({ j: p.joined, where: 'canCu' });
  for (const p of letter.body) out.push({ j: p.joined, where: 'body' });
  for (const p of letter.noiNhan?.items ?? []) out.push({ j: p.joined, where: 'noiNhan' });
  for (const p of letter.annex) out.push({ j: p.joined, where: 'annex' });
  return out.filter((u) => u.j.text.length > 0);
}

/** A list or numbering marker at the start of a paragraph ("- ", "+ ", "1. ", "2.1. ", "a) ", "II. ", "Điều 3. "). */
const LEAD =
  /^(?:[-+•–][ \t]+|\d{1,3}(?:\.\d{1,3})*[.)][ \t]+|[a-zđ][).][ \t]+|[IVXLC]+\.[ \t]+|Điều[ \t]+\d+\.[ \t]*)*[“"«(]?/u;

/** True when `at` (a clean-text index of `text`) starts a sentence: paragraph start after any list marker, or after
 * ". ", "! ", "? ", ": " (also with an opening quote or bracket in between). */
export function sentenceStartAt(text: string, at: number): boolean {
  const lead = LEAD.exec(text)![0].length;
  if (at <= lead) return /^[ \t]*$/.test(text.slice(lead, at));
  const before = text.slice(0, at);
  return /[.!?:][ \t]+[“"«(]?$/u.test(before);
}
