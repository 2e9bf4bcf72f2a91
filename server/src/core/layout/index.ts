/**
 * The printed page of a letter (NĐ 30 Phụ lục I, laid out as the government's templates in Phụ lục III).
 *
 *   layoutLetter(letter, options?) → Layout         pure: the letter model (analyze(text).letter) → pages of blocks
 *
 * A `Layout` is plain JSON (safe to post to a webview): paper and margins in mm, the font, and `pages`, each a list of
 * `LayoutBlock`s — a `Paragraph` (role, printed lines of styled `Run`s, size in pt, alignment, indents in mm, spacing
 * in pt, an optional rule under it, the source `span` and `lines0` it came from) or a borderless `Row` of `Cell`s
 * (the two-column header, the Nơi nhận + signature footer, side-by-side signatures). Runs keep the drafter's bold
 * and italic and their own source span. Every line of the Markdown that prints appears once, in order: parts the
 * recogniser does not know are body text where they stand. Page breaks are estimated (`Page.start`: 'flow' breaks may
 * move in Word or a browser; 'section' starts a phụ lục with its own page numbers).
 *
 * Renderers (node side, `server/src/export/`): `renderHtml(layout)` → a self-contained HTML string (print CSS, A4),
 * `renderDocx(layout)` → Promise<Buffer> of a .docx; `exportPdf` prints through headless Chromium or LibreOffice.
 */
export {
  layoutLetter,
  fileStem,
  blockHeight,
  DEFAULT_MARGINS,
  MARGIN_RANGES,
  PAPER,
  FONT,
  HEADER_SPLIT,
  FOOTER_SPLIT,
} from './layout.js';
export type {
  Layout,
  LayoutBlock,
  LayoutOptions,
  Margins,
  Page,
  Paragraph,
  Role,
  Row,
  Cell,
  Run,
  Align,
} from './types.js';
