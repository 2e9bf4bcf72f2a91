// The printed page as data: what the renderers (.docx, HTML, PDF) and the editor's preview draw. Plain JSON — no
// class instances, no functions — so it can be posted to a webview as it is.
import type { Span } from '../source.js';

/** Lengths on the page are millimetres; font sizes and paragraph spacing are points (1 pt = 25.4 / 72 mm). */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a block is on the page (NĐ 30 Phụ lục I Mục IV cells, plus body text of any kind). */
export type Role =
  | 'co-quan-chu-quan' // cơ quan chủ quản (ô 2, upright)
  | 'co-quan' // cơ quan ban hành (ô 2, bold, short rule under it)
  | 'party-head' // ĐẢNG CỘNG SẢN VIỆT NAM
  | 'party-star' // the star under a Party issuing body
  | 'quoc-hieu' // ô 1
  | 'tieu-ngu' // ô 1, full-length rule under it
  | 'so' // ô 3
  | 'date' // ô 4
  | 'trich-yeu-vv' // ô 5b: the công văn's "V/v …" under Số
  | 'mark' // ô 10a/10b/11 and DỰ THẢO: KHẨN, MẬT, LƯU HÀNH NỘI BỘ …
  | 'ten-loai' // ô 5a
  | 'trich-yeu' // ô 5a, under the tên loại, short rule under it
  | 'kinh-gui' // ô 9a
  | 'authority-line' // "CHỦ TỊCH ỦY BAN NHÂN DÂN …" above the căn cứ of a quyết định
  | 'can-cu' // căn cứ ban hành (italic)
  | 'formula' // "QUYẾT ĐỊNH:"
  | 'heading' // Phần/Chương/Mục label or title, Điều heading, a titled khoản
  | 'body' // ô 6 and anything the recogniser does not know
  | 'quote' // quoted text (blockquote)
  | 'noi-nhan-head' // ô 9b "Nơi nhận:"
  | 'noi-nhan' // ô 9b list
  | 'sig-authority' // ô 7a: TM./KT./… line
  | 'sig-title' // ô 7a: chức vụ
  | 'sig-space' // ô 7b/8: room for the signature and the seal
  | 'sig-name' // ô 7c
  | 'annex'; // phụ lục / quy chế after the signature (paged on its own)

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with one style. `span` is where it came from in the Markdown (UTF-16 offsets). */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline?: boolean;
  span?: Span;
}

export interface Paragraph {
  type: 'paragraph';
  role: Role;
  /** Printed lines (hard breaks of the source); a line wraps on the page as the renderer needs. */
  lines: Run[][];
  size: number; // pt
  align: Align;
  /** mm: left indent of every line, and the extra indent of the first line. */
  indent: { left: number; firstLine: number };
  /** pt before / after the paragraph. */
  spacing: { before: number; after: number };
  /** Line spacing as a multiple of single. */
  lineHeight: number;
  /** A rule drawn under the paragraph, centred: its length in mm (⅓–½ of the agency's or trích yếu's line, the
   * Tiêu ngữ's full length), estimated from the text's width. */
  rule?: { width: number };
  /** A single-line frame around the text (khẩn and lưu hành marks). */
  frame?: boolean;
  color?: string; // CSS/hex colour ("C00000"), black when absent
  keepWithNext?: boolean;
  /** Source range of the whole paragraph, and its first/last source lines (0-based). */
  span: Span;
  lines0: [number, number];
}

/** A cell of a borderless row (the two-column header, Nơi nhận + signature). Width: fraction of the text width. */
export interface Cell {
  width: number;
  blocks: Paragraph[];
}

export interface Row {
  type: 'row';
  role: 'header' | 'footer' | 'signatures';
  cells: Cell[];
  span: Span;
  lines0: [number, number];
}

export type LayoutBlock = Paragraph | Row;

/**
 * A page as estimated by the layout (text measured with Times New Roman's average widths). `start`: 'first' the
 * first page; 'flow' a break the text flow gives (renderers that paginate themselves — Word, a browser printing —
 * may break elsewhere); 'section' a hard break that restarts the page numbers (a phụ lục).
 */
export interface Page {
  start: 'first' | 'flow' | 'section';
  /** The number printed in the top margin, null on a section's first page (NĐ 30: no number on page 1). */
  number: number | null;
  blocks: LayoutBlock[];
}

export interface Layout {
  paper: { width: number; height: number }; // mm, A4 portrait
  margins: Margins;
  font: { family: string; fallbacks: string[] };
  /** Page number: size (pt); centred in the top margin from a section's second page. */
  pageNumber: { size: number };
  pages: Page[];
  /** Letter type slug ('cong-van', …, 'unknown') and a suggested file name stem (from the ký hiệu and trích yếu). */
  type: string;
  fileStem: string | null;
}

export interface LayoutOptions {
  margins?: Partial<Margins>;
  /** Body text size, 13 or 14 pt (NĐ 30: 13–14). */
  bodySize?: number;
}
