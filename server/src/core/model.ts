// The letter model: every recognised part keeps its clean lines, hence its original source range.
import type { Block } from './blocks.js';
import type { Breach } from './limits.js';
import type { Joined, Line, SourceText, Span } from './source.js';

export type Family = 'state' | 'party';

export interface AgencyPart {
  lines: Line[];
  parentLines: Line[]; // cơ quan chủ quản
  issuerLines: Line[]; // cơ quan ban hành
  name: string;
  parent: string | null;
}

export interface QuocHieuPart {
  quocHieu?: Line;
  tieuNgu?: Line;
  /** Quốc hiệu and Tiêu ngữ share one line (QH-03); then `tieuNguAt` is where the Tiêu ngữ starts. */
  merged: boolean;
  tieuNguAt?: number;
  reversed: boolean;
}

export type SoForm = 'state' | 'qppl' | 'party' | 'malformed';

export interface SoPart {
  line: Line;
  form: SoForm;
  text: string; // all after "Số:" (or "Số")
  number: string; // '' when blank
  symbol: string; // ký hiệu after the "/" ("KH-UBND"); Party: "KL/TU"
  year?: string;
  /** A dot inside a group after the first "-" ("26/TB-VP.UBND"): read as the state form, SKH-01 warns. */
  dotted?: boolean;
  numberAt?: [number, number]; // clean-text index range of the number
  symbolAt?: [number, number];
}

export interface DatePart {
  line: Line;
  wellFormed: boolean; // matches R.DATE
  place: string;
  day: string | null;
  month: string | null;
  year: string | null;
  dayAt?: [number, number];
  monthAt?: [number, number];
  yearAt?: [number, number];
  placeAt: [number, number];
}

export interface TenLoaiPart {
  line: Line;
  name: string; // as written (clean)
  slug: string | null; // null: looks like a type but is not one of the 29
  exact: boolean; // the whole line is a type name in capitals
  rest?: string; // "KẾ HOẠCH HÀNH ĐỘNG" → "HÀNH ĐỘNG"
}

export interface TrichYeuPart {
  lines: Line[];
  joined: Joined;
  text: string; // joined; for V/v without the "V/v"
  vv: boolean; // introduced by V/v (any spelling)
  vvAt?: [number, number]; // range of the V/v token in joined text
}

export interface MarkPart {
  line: Line;
  kind: 'urgency' | 'secrecy' | 'circulation' | 'draft';
}

export interface KinhGuiPart {
  head: Line;
  inline: string | null; // text after the colon on the heading line
  /** Lines that continue the inline addressee (one addressee wrapped in the source: no dash, the line above
   * unended). */
  inlineMore: Line[];
  items: Paragraph[]; // addressee lines (dash lines; an inline "- …" after the colon is the first)
  blocks: Block[];
}

export interface Paragraph {
  lines: Line[];
  joined: Joined;
  block: Block;
  marker?: Marker;
  /** Quoted text of another document (a blockquote, or paragraphs inside quotation marks): not this letter's
   * structure. */
  quoted?: boolean;
}

export type MarkerKind =
  | 'phan'
  | 'chuong'
  | 'muc-qp' // Mục / Tiểu mục n (scheme A)
  | 'dieu'
  | 'muc' // Roman I. (scheme B)
  | 'khoan'
  | 'khoan-ml' // 2.1.
  | 'khoan-par' // 1)
  | 'diem'
  | 'diem-dot' // a.
  | 'bullet';

export interface Marker {
  kind: MarkerKind;
  label: string; // as written: "1.", "a)", "Điều 2.", "II."
  value: string; // number, letter or numeral
  at: [number, number]; // clean-text range of the label in the paragraph's joined text
  malformed?: 'no-space' | 'dash' | 'colon'; // "1.Text", "1 - Text", "Điều 1: Text" (NB-01)
}

export interface Item {
  label: string;
  kind: MarkerKind;
  value: string;
  paragraph: Paragraph;
  line: number; // 0-based
  children: Item[];
  level: number;
}

export interface NoiNhanPart {
  head: Line;
  inlineFirst?: string; // heading and first item on one line
  inlineItem?: Paragraph; // that first item as a paragraph (not in `items`), for the item rules
  items: Paragraph[];
}

export type Authority = 'TM.' | 'KT.' | 'Q.' | 'TL.' | 'TUQ.';

export interface SigLine {
  line: Line; // first physical line
  lines: Line[]; // wrapped continuation lines joined in
  text: string;
  prefix: Authority | null; // intended prefix (also for a malformed one)
  prefixRaw: string | null; // as written when malformed ("KT", "K/T", "KT.")
  prefixAt?: [number, number];
  rest: string; // after the prefix
}

export interface SignaturePart {
  lines: Line[]; // every line of the block (markers included)
  stack: SigLine[]; // authority/title lines in order
  nameLine?: Line;
  name: string | null;
  authority: Authority | null; // the prefix of the line the title sits under (KT. in S2/S4, TM. in S3)
  authorityTitle: string | null;
  title: string | null;
}

export type CitationFamily = 'state' | 'legal' | 'party';

export interface Citation {
  text: string; // the matched citation text
  kind: string; // type word as written ("Kết luận")
  number: string; // normalised: "1753-KL/TU", "14/KH-UBND", "30/2020/NĐ-CP"
  family: CitationFamily;
  so: string;
  typeCode: string | null; // first group (state), type (party), null for legal
  issuerCode: string | null;
  year?: string;
  date: string | null; // ISO
  dateText?: string;
  dateSpan?: Span; // where the date is written (after the citation, or in "Ngày <date>, <X> ban hành …")
  issuer: string | null;
  summary: string | null;
  summarySpan?: Span;
  span: Span; // the citation itself
  numberSpan: Span;
  line: number; // 0-based
  firstMention: boolean;
  inTrichYeu: boolean;
  inCanCu: boolean;
  paragraph: Paragraph | null;
  /** Index of the first mention of the same document in `Letter.citations`. */
  first: number;
  windowText: string; // text after the match up to the next citation/sentence end
}

export interface Letter {
  isLetter: boolean;
  /** The text exceeds a bound of `core/limits.ts`: it was not parsed (no blocks, not a letter); SYS-01/02 say so. */
  breach?: Breach;
  src: SourceText;
  blocks: Block[];
  family: Family;
  type: string; // slug, or 'unknown'
  legalNormative: boolean;
  agency?: AgencyPart;
  quocHieu?: QuocHieuPart;
  partyHead?: Line;
  partyStar?: Line;
  so?: SoPart;
  date?: DatePart;
  tenLoai?: TenLoaiPart;
  trichYeu?: TrichYeuPart;
  marks: MarkPart[];
  headerBlocks: Block[];
  kinhGui?: KinhGuiPart;
  authorityLine?: Line; // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" above the căn cứ of a quyết định
  canCu: Paragraph[];
  /**
   * The enacting sentence that closes the preamble of a legal-normative document issued under Luật 64/2025/QH15 and
   * NĐ 78/2025/NĐ-CP ("Ủy ban nhân dân tỉnh ban hành Quyết định …."), written in place of a "QUYẾT ĐỊNH:" line. It is
   * also the last paragraph of `canCu` (the preamble's last line, ending with ".").
   */
  enacting?: Paragraph;
  formula?: Line; // "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (or a near miss)
  body: Paragraph[];
  items: Item[];
  noiNhan?: NoiNhanPart;
  signature?: SignaturePart;
  /** Signature blocks before the last one (biên bản: THƯ KÝ, then CHỦ TỌA; hợp đồng: one per party). */
  otherSignatures?: SignaturePart[];
  footerBlocks: Block[];
  /** Blocks after the footer (an attached quy chế, phụ lục): numbered on their own. */
  annex: Paragraph[];
  annexItems: Item[];
  citations: Citation[];
}
