// A Letter reduced to what the cross-reference index keeps: its own document facts and its citations.
import { PARTY_TYPES, TYPE_BY_SLUG } from '../core/doctypes.js';
import type { Citation, CitationFamily, Letter } from '../core/model.js';
import { isoDate } from '../core/citations.js';
import {
  docKey,
  normaliseNumber,
  type CitationRef,
  type DescriptionFact,
  type LetterSummary,
  type OwnDoc,
} from './model.js';
import { findShortForms } from './shortForms.js';
import { memoByText } from '../core/rule.js';
import VD01 from '../rules/VD-01/rule.js';
import { firstMentionLacks } from '../core/firstMention.js';
import { disabledAt, parseDirectives, type Directive } from '../core/directives.js';

/** The type title of the letter itself ("Kế hoạch", "Công văn", "Kết luận"), null when unknown. */
export function letterKind(letter: Letter): string | null {
  if (letter.family === 'party') return PARTY_TYPES.find((t) => t.slug === letter.type)?.title ?? null;
  const t = TYPE_BY_SLUG.get(letter.type)?.title;
  if (t) return t;
  // a legal-normative kind outside Điều 7 (THÔNG TƯ, NGHỊ ĐỊNH …): "Thông tư này" is the letter itself
  const name = letter.legalNormative ? letter.tenLoai?.name.replace(/\s+/g, ' ').trim() : undefined;
  return name ? name[0] + name.slice(1).toLocaleLowerCase('vi') : null;
}

/** The letter's own number in the cited form of its family, or null when the number is blank or malformed. */
export function ownNumber(letter: Letter): { number: string; family: CitationFamily } | null {
  const so = letter.so;
  if (!so || !so.number || !so.symbol) return null;
  if (so.form === 'state') return { number: normaliseNumber(`${so.number}/${so.symbol}`), family: 'state' };
  if (so.form === 'qppl' && so.year)
    return { number: normaliseNumber(`${so.number}/${so.year}/${so.symbol}`), family: 'legal' };
  if (so.form === 'party') return { number: normaliseNumber(`${so.number}-${so.symbol}`), family: 'party' };
  return null;
}

export function ownDate(letter: Letter): string | null {
  const d = letter.date;
  return d && d.day && d.month && d.year ? isoDate(d.day, d.month, d.year) : null;
}

/** Where a missing part of a citation's description would go: after the number, its date and "của <issuer>". */
function descriptionEnd(text: string, c: Citation): number {
  let end = c.dateSpan ? Math.max(c.dateSpan.end, c.span.end) : c.span.end;
  if (c.issuer) {
    // the issuer right after the date: "…, của Ủy ban nhân dân tỉnh" (emphasis and line breaks tolerated)
    const m = memoByText('xref issuer after', c.issuer, issuerAfter).exec(text.slice(end, end + 400));
    if (m) end += m[0].length;
  }
  return end;
}

/** "của <issuer>" at the start of a text (emphasis and line breaks tolerated); one pattern per issuer. */
function issuerAfter(issuer: string): RegExp {
  const words = issuer.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^[\\s,*_]*(?:của|do|CỦA|DO|Của|Do)[\\s*_]+${words.join('[\\s*_]+')}`, 'u');
}

/**
 * What the first mention lacks of what VD-01 requires (the core's `firstMentionLacks`, the rule's own logic): as in
 * the engine, only for the rule's families, and a disable comment silences it (a .vanthurc is the caller's business).
 */
export function missingFacts(letter: Letter, c: Citation, directives?: () => Directive[]): DescriptionFact[] {
  if (!(VD01.families ?? ['state']).includes(letter.family)) return [];
  const out = firstMentionLacks(c, letter);
  if (!out.length) return out;
  const ds = directives ? directives() : parseDirectives(letter.src.text, letter.src);
  const start = letter.src.positionAt(c.span.start).line;
  const end = letter.src.positionAt(c.span.end).line;
  return disabledAt(ds, VD01, start, end) ? [] : out;
}

function refOf(letter: Letter, c: Citation, i: number, directives: () => Directive[]): CitationRef {
  const text = letter.src.text;
  return {
    index: i,
    text: c.text,
    kind: c.kind,
    number: c.number,
    key: docKey(c.number),
    family: c.family,
    date: c.date,
    dateText: c.dateText,
    issuer: c.issuer,
    summary: c.summary,
    span: c.span,
    numberSpan: c.numberSpan,
    dateSpan: c.dateSpan,
    summarySpan: c.summarySpan,
    descEnd: descriptionEnd(text, c),
    line: c.line,
    firstMention: c.firstMention,
    missing: missingFacts(letter, c, directives),
    inTrichYeu: c.inTrichYeu,
    inCanCu: c.inCanCu,
    first: c.first,
  };
}

/** Reduce a recognised letter to its cross-reference summary (file is only a label here). */
export function summariseLetter(letter: Letter, file: string): LetterSummary {
  const kind = letter.isLetter ? letterKind(letter) : null;
  const num = letter.isLetter ? ownNumber(letter) : null;
  const date = letter.isLetter ? ownDate(letter) : null;
  const issuer = letter.agency?.name ?? null;
  const summary = letter.trichYeu?.text ?? null;
  const soLine = letter.so?.line;
  const self: LetterSummary['self'] = {
    number: num?.number ?? null,
    key: num ? docKey(num.number) : null,
    family: num?.family ?? null,
    date,
    issuer,
    summary,
    line: soLine ? soLine.line : null,
    span: soLine ? { start: soLine.start, end: soLine.end } : null,
  };
  const own: OwnDoc | null =
    num && date && soLine
      ? {
          key: self.key!,
          number: num.number,
          family: num.family,
          kind,
          date,
          issuer,
          summary,
          line: soLine.line,
          span: self.span!,
        }
      : null;
  let ds: Directive[] | null = null;
  const directives = () => (ds ??= parseDirectives(letter.src.text, letter.src));
  const citations = letter.isLetter ? letter.citations.map((c, i) => refOf(letter, c, i, directives)) : [];
  return {
    file,
    isLetter: letter.isLetter,
    family: letter.family,
    type: letter.type,
    kind,
    self,
    own,
    citations,
    shortForms: letter.isLetter ? findShortForms(letter, { kind, key: self.key }) : [],
  };
}
