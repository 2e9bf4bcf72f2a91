// Cross-references: the types shared by the summary, the index, the checks and the CLI. Pure, no I/O.
import { citationKey, normaliseNumber } from '../core/citations.js';
import { memoByText } from '../core/rule.js';
import { fold } from '../core/source.js';
import type { CitationFamily, Family } from '../core/model.js';
import type { Span } from '../core/source.js';
import type { DescriptionFact } from '../core/firstMention.js';

export type DocSource = 'workspace' | 'registry' | 'first-mention';
export type DocStatus = 'hiệu lực' | 'hết hiệu lực';

/** Identity of a document: NFC, no spaces, en dash as hyphen, no leading zeros of the number, upper case (vi).
 * The year is part of a legal-normative number, so `30/2020/NĐ-CP` and `30/2021/NĐ-CP` are different documents. */
export function docKey(number: string): string {
  return citationKey(number);
}

export { normaliseNumber };

/** What the workspace knows about one document. */
export interface DocFacts {
  key: string;
  number: string; // as first seen (tidied)
  family: CitationFamily;
  kind: string | null; // "Kế hoạch"
  date: string | null; // ISO
  issuer: string | null;
  summary: string | null;
}

/** A letter of the workspace that is itself a document (its own Số and date are filled). */
export interface OwnDoc extends DocFacts {
  line: number; // 0-based line of "Số:"
  span: Span; // the Số line
}

/** One citation of a letter, kept in the per-file cache (no Letter, no paragraphs). */
export interface CitationRef {
  index: number; // in Letter.citations
  text: string;
  kind: string;
  number: string;
  key: string;
  family: CitationFamily;
  date: string | null;
  dateText?: string;
  issuer: string | null;
  summary: string | null;
  span: Span;
  numberSpan: Span;
  dateSpan?: Span;
  summarySpan?: Span;
  /** Source offset where a missing date / issuer / summary would be inserted (end of what is described). */
  descEnd: number;
  line: number; // 0-based
  firstMention: boolean;
  /** What VD-01 asks of this first mention and it lacks (empty: complete, a later mention, or exempt: a law, a
   * proposal "theo đề nghị của … tại Tờ trình số …" needs no summary). */
  missing: DescriptionFact[];
  inTrichYeu: boolean;
  inCanCu: boolean;
  first: number; // index of the first mention in the letter
}

export type { DescriptionFact } from '../core/firstMention.js';

export type ShortFormStatus = 'resolved' | 'self' | 'ambiguous' | 'unresolved';

/** "Kết luận nêu trên", "Kế hoạch này", "Quyết định trên": a document named by its kind only. */
export interface ShortFormRef {
  text: string;
  kind: string; // as written
  demonstrative: string; // "nêu trên", "này", …
  span: Span;
  line: number;
  status: ShortFormStatus;
  /** The document it stands for (resolved, or the letter itself when it has a number). */
  key: string | null;
  /** Index in Letter.citations of the citation it refers to (resolved). */
  citation: number | null;
  /** Keys of the documents it could mean (ambiguous). */
  candidates: string[];
}

/** The per-file cache: what the index keeps of a letter (bounded; the Letter itself is dropped). */
export interface LetterSummary {
  file: string;
  isLetter: boolean;
  family: Family; // which rules apply (state documents or Party documents)
  type: string; // slug
  kind: string | null; // type title of the letter itself ("Kế hoạch", "Công văn")
  /** The letter's own facts, also when the number or date is blank (key null then). */
  self: {
    number: string | null;
    key: string | null;
    family: CitationFamily | null;
    date: string | null;
    issuer: string | null;
    summary: string | null;
    line: number | null;
    span: Span | null;
  };
  /** The letter as a document of the workspace: only when its Số and date are filled. */
  own: OwnDoc | null;
  citations: CitationRef[];
  shortForms: ShortFormRef[];
}

export interface Resolution extends DocFacts {
  source: DocSource;
  file?: string;
  line?: number; // 0-based
  span?: Span;
  url?: string;
  path?: string;
  status?: DocStatus;
  replacedBy?: string;
  notes?: string;
  /** Every source that knows the document, best first. */
  sources: DocSource[];
}

export interface Reference {
  file: string;
  line: number; // 0-based
  span: Span;
  numberSpan?: Span;
  text: string;
  key: string;
  short: boolean; // a short form ("Kết luận nêu trên")
  firstMention: boolean;
  /** The document's own "Số:" line (definition), not a citation. */
  definition: boolean;
}

export interface DocumentEntry extends Resolution {
  citedBy: number; // letters citing it
}

export interface ConflictSite {
  value: string;
  source: DocSource;
  file?: string;
  line?: number;
  span?: Span;
  text?: string;
}

export interface Conflict {
  key: string;
  number: string;
  field: 'date' | 'issuer' | 'number';
  sites: ConflictSite[]; // at least two, with different values
}

export { fold };

const ABBR: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bbtv\b/g, 'ban thuong vu'],
  [/\bbch\b/g, 'ban chap hanh'],
  [/\btw\b/g, 'trung uong'],
  [/\btp\.?\b/g, 'thanh pho'],
  [/^(?:thuong truc|chu tich|pho chu tich) /, ''],
];

/** Issuer names compared loosely: folded, common abbreviations expanded. */
export function issuerKey(s: string): string {
  return memoByText('xref issuer', s, issuerKeyOf);
}

function issuerKeyOf(s: string): string {
  let f = fold(s)
    .replace(/[.,;()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, rep] of ABBR) f = f.replace(re, rep);
  return f.replace(/\s+/g, ' ').trim();
}

/** Two issuer names that may name the same body ("UBND huyện" and "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH"). */
export function sameIssuer(a: string, b: string): boolean {
  const x = issuerKey(a);
  const y = issuerKey(b);
  return x === y || x.includes(y) || y.includes(x);
}

const KEEP_CAPS = /^(?:UBND|HĐND|MTTQ|BCH|BTV|BCĐ|BQL|TW|TU|HU|VN|[IVX]+)$/u;
// a place or body name follows these words: "huyện Sơn Tịnh"; "Sở Tài chính", "Ban Thường vụ" only at the start
const CAP_AFTER = /^(?:tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố|đảng bộ)$/u;
const CAP_NEXT_AT_START = /^(?:sở|bộ|ban|phòng|cục|tổng cục|vụ|văn phòng|trung tâm)$/u;

/** "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH" → "Ủy ban nhân dân huyện Sơn Tịnh" (names in capitals, as cited in text). */
export function displayIssuer(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name.replace(/\s+/g, ' ').trim();
  const orig = name.split(/\s+/).filter(Boolean);
  const words = orig.map((w) => w.toLocaleLowerCase('vi'));
  const out: string[] = [];
  let capRest = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const two = i > 0 ? `${words[i - 1]} ${w}` : '';
    const cap = i === 0 || capRest;
    if (KEEP_CAPS.test(orig[i])) out.push(orig[i]);
    else out.push(cap ? w[0].toLocaleUpperCase('vi') + w.slice(1) : w);
    if (i === 0 && CAP_NEXT_AT_START.test(w) && words[1]) {
      out.push(words[1][0].toLocaleUpperCase('vi') + words[1].slice(1));
      i++;
      continue;
    }
    if (/^(?:tỉnh|huyện|thành|thị|quận|đảng)$/u.test(w) && words[i + 1] === 'ủy') {
      out.pop();
      out.push(`${w[0].toLocaleUpperCase('vi') + w.slice(1)} ủy`);
      i++;
      continue;
    }
    if (!capRest && (CAP_AFTER.test(w) || CAP_AFTER.test(two))) {
      // "thị xã", "thành phố": the next word may still be part of the unit word
      const next = words[i + 1];
      if (next && CAP_AFTER.test(`${w} ${next}`)) continue;
      capRest = true;
    }
  }
  return out.join(' ');
}
