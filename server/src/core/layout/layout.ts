// Letter model → the printed page (NĐ 30 Phụ lục I; geometry and sizes as in the government's templates, Phụ lục III
// Mẫu 1.1–1.5). Every line of the Markdown that prints is placed: recognised parts in their cells, anything else as
// body text where it stands.
import type { Letter, Paragraph as LetterParagraph, SignaturePart } from '../model.js';
import type { Line, Span } from '../source.js';
import { inlineStyles, inside, touches, type InlineStyles } from './inline.js';
import { PT_MM, textWidthMm } from './measure.js';
import type { Cell, Layout, LayoutBlock, LayoutOptions, Margins, Page, Paragraph, Role, Row, Run } from './types.js';
import { endAt, startAt } from '../source.js';

export const DEFAULT_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };
/** NĐ 30 Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN_RANGES: Record<keyof Margins, [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};
export const PAPER = { width: 210, height: 297 };
export const FONT = { family: 'Times New Roman', fallbacks: ['Liberation Serif', 'Tinos', 'serif'] };
/** Header and footer column widths of Phụ lục III (Mẫu 1.5: 3852 | 5402 and 3510 | 5812 twips). */
export const HEADER_SPLIT = 0.416;
export const FOOTER_SPLIT = 0.377;
const FIRST_LINE = 10; // mm: 1 cm, as the templates (567 twips)

type Weight = boolean | 'markup';
interface Style {
  size: number;
  bold: Weight;
  italic: Weight;
  align: Paragraph['align'];
  firstLine?: number;
  left?: number;
  before?: number;
  after?: number;
  lineHeight?: number;
  underline?: boolean;
}

function styles(body: number, party: boolean): Record<Role, Style> {
  const text: Style = {
    size: body,
    bold: 'markup',
    italic: 'markup',
    align: 'justify',
    firstLine: FIRST_LINE,
    before: 6,
    lineHeight: 1.15,
  };
  return {
    'co-quan-chu-quan': { size: 13, bold: false, italic: false, align: 'center' },
    'co-quan': { size: 13, bold: true, italic: false, align: 'center' },
    'party-head': { size: 14, bold: true, italic: false, align: 'center', underline: true },
    'party-star': { size: 13, bold: false, italic: false, align: 'center' },
    'quoc-hieu': { size: 12, bold: true, italic: false, align: 'center' },
    'tieu-ngu': { size: 14, bold: true, italic: false, align: 'center' },
    so: { size: 13, bold: false, italic: false, align: 'center', before: 6 },
    date: { size: 14, bold: false, italic: true, align: 'center', before: 6 },
    'trich-yeu-vv': { size: 12, bold: false, italic: 'markup', align: 'center', before: 6 },
    mark: { size: 13, bold: true, italic: false, align: 'center', before: 6 },
    'ten-loai': { size: 14, bold: true, italic: false, align: 'center', before: 18 },
    'trich-yeu': { size: 14, bold: true, italic: false, align: 'center' },
    'kinh-gui': { size: body, bold: false, italic: false, align: 'left', before: 6 },
    'authority-line': { size: body, bold: true, italic: false, align: 'center', before: 12 },
    'can-cu': { ...text, bold: false, italic: true },
    formula: { size: body, bold: true, italic: false, align: 'center', before: 6, after: 6 },
    heading: { ...text, bold: true },
    body: text,
    quote: { ...text, left: FIRST_LINE },
    // a Party document underlines "Nơi nhận:" instead of the state bold italics (catalogue §8.1: HD 36)
    'noi-nhan-head': party
      ? { size: 12, bold: true, italic: false, align: 'left', underline: true }
      : { size: 12, bold: true, italic: true, align: 'left' },
    'noi-nhan': { size: 11, bold: false, italic: false, align: 'left' },
    'sig-authority': { size: body, bold: true, italic: false, align: 'center' },
    'sig-title': { size: body, bold: true, italic: false, align: 'center' },
    'sig-space': { size: body, bold: false, italic: 'markup', align: 'center' },
    'sig-name': { size: body, bold: true, italic: false, align: 'center' },
    annex: text,
  };
}

/** How a part's source lines print: each on its own line (header, footer), or as flowing text (body). */
type Flow = 'lines' | 'flow';

interface Claim {
  role: Role;
  group: object; // lines of one group make one paragraph
  flow: Flow;
  /** clean-text range of the line that belongs to this claim (a Quốc hiệu and Tiêu ngữ typed on one line) */
  range?: [number, number];
  zone:
    | 'header-left'
    | 'header-right'
    | 'header-left2'
    | 'header-right2'
    | 'title'
    | 'flow'
    | 'footer-left'
    | 'footer-right'
    | 'signatures'
    | 'annex';
  rule?: 'short' | 'third' | 'full';
  frame?: boolean;
  color?: string;
  cell?: SignaturePart;
}

/** The letter's printed page. Pure: the same letter and options give the same layout. */
export function layoutLetter(letter: Letter, options: LayoutOptions = {}): Layout {
  const margins = { ...DEFAULT_MARGINS, ...clampMargins(options.margins ?? {}) };
  const body = options.bodySize === 13 ? 13 : 14;
  const st = styles(body, letter.family === 'party');
  const text = letter.src.text;
  const inline = inlineStyles(
    letter.src,
    letter.blocks
      .filter((b) => b.kind !== 'code' && b.kind !== 'html' && b.lines.length)
      .map((b): [number, number] => [b.lines[0].line, b.lines[b.lines.length - 1].line]),
  );
  const claims = claimLines(letter);
  const textWidth = PAPER.width - margins.left - margins.right;
  const flow: LayoutBlock[] = [];
  const cells = new Map<Claim['zone'] | SignaturePart, Paragraph[]>();
  const cellList = (k: Claim['zone'] | SignaturePart) => {
    let l = cells.get(k);
    if (!l) cells.set(k, (l = []));
    return l;
  };
  let headerAt = -1;
  let footerAt = -1;
  let annexAt = -1;
  const widthOf = (zone: Claim['zone']) =>
    zone.startsWith('header-left')
      ? textWidth * HEADER_SPLIT
      : zone.startsWith('header-right')
        ? textWidth * (1 - HEADER_SPLIT)
        : zone === 'footer-left'
          ? textWidth * FOOTER_SPLIT
          : zone === 'footer-right'
            ? textWidth * (1 - FOOTER_SPLIT)
            : textWidth;

  // group consecutive lines of one claim (or of one unclaimed block) into paragraphs, in source order
  let cur: { claim: Claim; lines: { line: Line; range?: [number, number] }[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const { claim, lines } = cur;
    cur = null;
    const p = paragraphOf(claim, lines, st[claim.role], inline, widthOf(claim.zone));
    if (!p) return;
    if (claim.zone === 'flow' || claim.zone === 'title' || claim.zone === 'annex') {
      if (claim.zone === 'annex' && annexAt < 0) annexAt = flow.length;
      flow.push(p);
    } else {
      if (claim.zone.startsWith('header') && headerAt < 0) headerAt = flow.length;
      if ((claim.zone.startsWith('footer') || claim.zone === 'signatures') && footerAt < 0) footerAt = flow.length;
      cellList(claim.cell ?? claim.zone).push(p);
    }
  };
  const blockGroups = new Map<object, object>();
  for (const b of letter.blocks) {
    // an HTML comment (a vanthu-disable directive, a note to self) does not print
    if (b.kind === 'html' && /^(?:\s*<!--[\s\S]*?-->)+\s*$/.test(text.slice(b.start, b.end))) {
      flush();
      continue;
    }
    for (const l of b.lines) {
      const cs = claims.get(l);
      if (!l.text && !cs) {
        flush();
        continue;
      }
      const list: Claim[] = cs ?? [
        unclaimed(b, blockGroups, annexAt >= 0 || letter.annex.some((p) => p.lines.includes(l))),
      ];
      for (const c of list) {
        const piece = { line: l, range: c.range };
        if (cur && cur.claim.group === c.group) cur.lines.push(piece);
        else {
          flush();
          cur = { claim: c, lines: [piece] };
        }
      }
    }
    flush();
  }
  flush();

  placeKinhGui(flow, textWidth);
  for (const [k, ps] of cells) if (k === 'footer-right' || typeof k === 'object') signatureSpace(ps);
  for (const k of ['footer-left', 'footer-right'] as const) {
    const first = cells.get(k)?.[0];
    if (first) first.spacing.before = Math.max(first.spacing.before, 12);
  }

  // the header rows, the footer row, at the place of their first line
  const rows: { at: number; row: Row }[] = [];
  const row = (role: Row['role'], parts: [number, Paragraph[]][]): Row | null => {
    const all = parts.flatMap(([, ps]) => ps);
    if (!all.length) return null;
    const span = { start: Infinity, end: -Infinity };
    const lines0: [number, number] = [Infinity, -Infinity];
    for (const p of all) {
      span.start = Math.min(span.start, p.span.start);
      span.end = Math.max(span.end, p.span.end);
      lines0[0] = Math.min(lines0[0], p.lines0[0]);
      lines0[1] = Math.max(lines0[1], p.lines0[1]);
    }
    return { type: 'row', role, cells: parts.map(([width, blocks]): Cell => ({ width, blocks })), span, lines0 };
  };
  if (headerAt >= 0) {
    const r1 = row('header', [
      [HEADER_SPLIT, cellList('header-left')],
      [1 - HEADER_SPLIT, cellList('header-right')],
    ]);
    // ô 10a/10b (độ mật, độ khẩn) sit under Số and the V/v, whatever line the drafter typed them on
    const left2 = cellList('header-left2');
    const marks = left2.filter((p) => p.role === 'mark');
    const r2 = row('header', [
      [HEADER_SPLIT, [...left2.filter((p) => p.role !== 'mark'), ...marks]],
      [1 - HEADER_SPLIT, cellList('header-right2')],
    ]);
    for (const r of [r1, r2]) if (r) rows.push({ at: headerAt, row: r });
  }
  if (footerAt >= 0) {
    const others = letter.otherSignatures ?? [];
    const sigs = others.map((s) => cellList(s)).filter((ps) => ps.length);
    const main = cellList('footer-right');
    const left = cellList('footer-left');
    // several signers (biên bản: THƯ KÝ | CHỦ TỌA; hợp đồng: one per party) side by side, Nơi nhận under them
    if (sigs.length) {
      const group = [...sigs, ...(main.length ? [main] : [])];
      const r = row(
        'signatures',
        group.map((ps) => [1 / group.length, ps]),
      );
      if (r) rows.push({ at: footerAt, row: r });
    }
    if (left.length || !sigs.length) {
      const r = row('footer', [
        [FOOTER_SPLIT, left],
        [1 - FOOTER_SPLIT, sigs.length ? [] : main],
      ]);
      if (r) rows.push({ at: footerAt, row: r });
    }
  }
  const blocks: LayoutBlock[] = [];
  let ri = 0;
  for (let i = 0; i <= flow.length; i++) {
    while (ri < rows.length && rows[ri].at === i) blocks.push(rows[ri++].row);
    if (i < flow.length) blocks.push(flow[i]);
  }
  const annexBlock = annexAt >= 0 ? flow[annexAt] : undefined;
  return {
    paper: { ...PAPER },
    margins,
    font: { family: FONT.family, fallbacks: [...FONT.fallbacks] },
    pageNumber: { size: body },
    pages: paginate(blocks, margins, textWidth, annexBlock),
    type: letter.isLetter ? letter.type : 'unknown',
    fileStem: fileStem(letter),
  };
}

/**
 * Kính gửi (Mẫu 1.5): one addressee on the heading line is centred; a list hangs under the colon, the block centred
 * on the page as far as its longest line allows.
 */
function placeKinhGui(flow: LayoutBlock[], textWidth: number): void {
  for (let i = 0; i < flow.length; i++) {
    const head = flow[i];
    if (head.type !== 'paragraph' || head.role !== 'kinh-gui') continue;
    let j = i + 1;
    while (j < flow.length && flow[j].type === 'paragraph' && (flow[j] as Paragraph).role === 'kinh-gui') j++;
    const items = flow.slice(i + 1, j) as Paragraph[];
    const headText = head.lines[0].map((r) => r.text).join('');
    if (!items.length && head.lines.length === 1) {
      head.align = 'center';
    } else {
      const label = /^[^:]*:/.exec(headText)?.[0] ?? headText;
      const hang = textWidthMm(label + ' ', head.size);
      const rest = [
        ...head.lines.map((rs) =>
          rs
            .map((r) => r.text)
            .join('')
            .slice(label.length)
            .trim(),
        ),
        ...items.flatMap((p) => p.lines.map((rs) => rs.map((r) => r.text).join(''))),
      ];
      const widest = Math.min(textWidth - hang, Math.max(0, ...rest.map((t) => textWidthMm(t, head.size))));
      const left = round(Math.max(0, (textWidth - hang - widest) / 2));
      head.indent = { left, firstLine: 0 };
      for (const p of items) p.indent = { left: round(left + hang), firstLine: 0 };
      for (const p of items) p.spacing = { before: 0, after: 0 };
    }
    if (j < flow.length && flow[j].type === 'paragraph')
      (flow[j] as Paragraph).spacing.before = Math.max((flow[j] as Paragraph).spacing.before, 12);
    i = j - 1;
  }
}

/** Room for the signature and the seal between the title and the signer's name (ô 7b, 8). */
function signatureSpace(ps: Paragraph[]): void {
  const name = ps.findIndex((p) => p.role === 'sig-name');
  if (name < 0) return;
  const notes = ps.slice(0, name).some((p) => p.role === 'sig-space');
  ps[name].spacing.before = Math.max(ps[name].spacing.before, notes ? 24 : 64);
}

function clampMargins(m: Partial<Margins>): Partial<Margins> {
  const out: Partial<Margins> = {};
  for (const k of Object.keys(MARGIN_RANGES) as (keyof Margins)[]) {
    const v = m[k];
    if (typeof v === 'number' && Number.isFinite(v))
      out[k] = Math.min(MARGIN_RANGES[k][1], Math.max(MARGIN_RANGES[k][0], v));
  }
  return out;
}

/** Claims of the recognised parts, by line. */
function claimLines(letter: Letter): Map<Line, Claim[]> {
  const map = new Map<Line, Claim[]>();
  if (!letter.isLetter) return map;
  const add = (l: Line | undefined, c: Claim) => {
    if (!l) return;
    const list = map.get(l);
    if (list) list.push(c);
    else map.set(l, [c]);
  };
  const own = (l: Line | undefined, c: Claim) => {
    if (l && !map.has(l)) add(l, c);
  };
  const party = letter.family === 'party';
  const ag = letter.agency;
  if (ag) {
    const parent = { role: 'co-quan-chu-quan' as Role, group: {}, flow: 'lines' as Flow, zone: 'header-left' as const };
    for (const l of ag.parentLines) own(l, parent);
    const issuer: Claim = {
      role: 'co-quan',
      group: {},
      flow: 'lines',
      zone: 'header-left',
      rule: party ? undefined : 'short',
    };
    for (const l of ag.issuerLines) own(l, issuer);
  }
  own(letter.partyStar, { role: 'party-star', group: {}, flow: 'lines', zone: 'header-left' });
  own(letter.partyHead, { role: 'party-head', group: {}, flow: 'lines', zone: 'header-right' });
  const qh = letter.quocHieu;
  if (qh?.merged && qh.quocHieu && qh.tieuNguAt !== undefined) {
    const l = qh.quocHieu;
    add(l, { role: 'quoc-hieu', group: {}, flow: 'lines', zone: 'header-right', range: [0, qh.tieuNguAt] });
    add(l, {
      role: 'tieu-ngu',
      group: {},
      flow: 'lines',
      zone: 'header-right',
      range: [qh.tieuNguAt, l.text.length],
      rule: 'full',
    });
  } else {
    own(qh?.quocHieu, { role: 'quoc-hieu', group: {}, flow: 'lines', zone: 'header-right' });
    own(qh?.tieuNgu, { role: 'tieu-ngu', group: {}, flow: 'lines', zone: 'header-right', rule: 'full' });
  }
  own(letter.so?.line, { role: 'so', group: {}, flow: 'lines', zone: 'header-left2' });
  own(letter.date?.line, { role: 'date', group: {}, flow: 'lines', zone: 'header-right2' });
  const tl = letter.tenLoai;
  own(tl?.line, { role: 'ten-loai', group: {}, flow: 'lines', zone: 'title' });
  const ty = letter.trichYeu;
  if (ty) {
    const inHeader = !tl;
    const c: Claim = inHeader
      ? { role: 'trich-yeu-vv', group: {}, flow: 'lines', zone: 'header-left2' }
      : { role: 'trich-yeu', group: {}, flow: 'lines', zone: 'title', rule: 'third' };
    for (const l of ty.lines) own(l, c);
  }
  for (const m of letter.marks) {
    // KHẨN, the circulation marks and DỰ THẢO are boxed labels (NĐ 30 Phụ lục I; catalogue BS-05)
    const framed = m.kind !== 'secrecy';
    own(m.line, {
      role: 'mark',
      group: {},
      flow: 'lines',
      zone: 'header-left2',
      frame: framed,
      color: m.kind === 'urgency' ? 'FF0000' : undefined,
    });
  }
  const kg = letter.kinhGui;
  if (kg) {
    own(kg.head, { role: 'kinh-gui', group: kg, flow: 'lines', zone: 'flow' });
    for (const it of kg.items) {
      const c: Claim = { role: 'kinh-gui', group: it, flow: 'flow', zone: 'flow' };
      for (const l of it.lines) own(l, c);
    }
  }
  const auth = letter.authorityLine;
  if (auth) {
    // the recogniser names the block's first line; the lines under it ("KHÓA XI, KỲ HỌP THỨ …") are the same part
    const c: Claim = { role: 'authority-line', group: {}, flow: 'lines', zone: 'flow' };
    const block = letter.blocks.find((b) => b.lines.includes(auth));
    for (const l of block?.lines ?? [auth]) own(l, c);
  }
  for (const p of letter.canCu) {
    const c: Claim = { role: 'can-cu', group: p, flow: 'flow', zone: 'flow' };
    for (const l of p.lines) own(l, c);
  }
  own(letter.formula, { role: 'formula', group: {}, flow: 'lines', zone: 'flow' });
  for (const p of letter.body) {
    const c: Claim = { role: bodyRole(p), group: p, flow: 'flow', zone: 'flow' };
    for (const l of p.lines) own(l, c);
  }
  const nn = letter.noiNhan;
  if (nn) {
    own(nn.head, { role: 'noi-nhan-head', group: {}, flow: 'lines', zone: 'footer-left' });
    for (const it of nn.items) {
      const c: Claim = { role: 'noi-nhan', group: it, flow: 'lines', zone: 'footer-left' };
      for (const l of it.lines) own(l, c);
    }
  }
  const sigs = [...(letter.otherSignatures ?? []), ...(letter.signature ? [letter.signature] : [])];
  for (const s of sigs) {
    const main = s === letter.signature;
    const zone = main ? 'footer-right' : 'signatures';
    const cell = main ? undefined : s;
    for (const sl of s.stack) {
      const c: Claim = { role: sl.prefix ? 'sig-authority' : 'sig-title', group: sl, flow: 'lines', zone, cell };
      for (const l of sl.lines) own(l, c);
    }
    own(s.nameLine, { role: 'sig-name', group: {}, flow: 'lines', zone, cell });
    const notes: Claim = { role: 'sig-space', group: {}, flow: 'lines', zone, cell };
    for (const l of s.lines) own(l, notes);
  }
  for (const p of letter.annex) {
    const c: Claim = { role: bodyRole(p) === 'heading' ? 'heading' : 'annex', group: p, flow: 'flow', zone: 'annex' };
    for (const l of p.lines) own(l, c);
  }
  return map;
}

function bodyRole(p: LetterParagraph): Role {
  if (p.quoted) return 'quote';
  const k = p.marker?.kind;
  if (k === 'phan' || k === 'chuong' || k === 'muc-qp') return 'heading';
  // "I. MỤC ĐÍCH, YÊU CẦU": a Roman-numbered section title is set in bold capitals (§6, Mục scheme B)
  const t = p.joined.text;
  if (k === 'muc' && t.length < 200 && t === t.toLocaleUpperCase('vi')) return 'heading';
  return 'body';
}

/** A line no part claims: body text of its block (a paragraph per block, split at blank lines). */
function unclaimed(b: Letter['blocks'][number], groups: Map<object, object>, annex: boolean): Claim {
  let g = groups.get(b);
  if (!g) groups.set(b, (g = {}));
  const role: Role = b.quoted ? 'quote' : annex ? 'annex' : 'body';
  return {
    role,
    group: g,
    flow: b.kind === 'code' || b.kind === 'html' ? 'lines' : 'flow',
    zone: annex ? 'annex' : 'flow',
  };
}

const CENTRED_HEADING: Set<string> = new Set(['phan', 'chuong', 'muc-qp']);

function paragraphOf(
  claim: Claim,
  lines: { line: Line; range?: [number, number] }[],
  style: Style,
  inline: InlineStyles,
  width: number,
): Paragraph | null {
  const printed: Run[][] = [];
  let current: Run[] = [];
  const role = claim.role;
  const boldOf = (strong: boolean) => (style.bold === 'markup' ? strong : style.bold);
  const italicOf = (em: boolean) => (style.italic === 'markup' ? em : style.italic);
  for (const { line, range } of lines) {
    if (line.raw.trim().startsWith('```') || /^\s*~~~/.test(line.raw)) continue; // a code fence
    const [a, b] = range ?? [0, line.text.length];
    const text = line.text;
    let from = a;
    let to = b;
    while (from < to && text[from] === ' ') from++;
    while (to > from && text[to - 1] === ' ') to--;
    if (from >= to) continue;
    if (current.length && claim.flow === 'flow')
      current.push({ text: ' ', bold: current[current.length - 1].bold, italic: current[current.length - 1].italic });
    // runs of one style (a line no emphasis touches is one run)
    const plain =
      !touches(inline.strong, startAt(line, from), endAt(line, to - 1)) &&
      !touches(inline.em, startAt(line, from), endAt(line, to - 1));
    let i = from;
    while (i < to) {
      const s = startAt(line, i);
      const strong = !plain && inside(inline.strong, s);
      const em = !plain && inside(inline.em, s);
      let j = i + 1;
      if (plain) j = to;
      else
        while (
          j < to &&
          inside(inline.strong, startAt(line, j)) === strong &&
          inside(inline.em, startAt(line, j)) === em
        )
          j++;
      const run: Run = {
        text: text.slice(i, j),
        bold: boldOf(strong),
        italic: italicOf(em),
        span: { start: startAt(line, i), end: endAt(line, j - 1) },
      };
      if (style.underline) run.underline = true;
      current.push(run);
      i = j;
    }
    if (claim.flow === 'lines' || line.hardBreak) {
      printed.push(mergeRuns(current));
      current = [];
    }
  }
  if (current.length) printed.push(mergeRuns(current));
  if (!printed.length) return null;
  const first = lines[0].line;
  const last = lines[lines.length - 1].line;
  const span: Span = { start: printed[0][0].span?.start ?? first.start, end: lastSpanEnd(printed) ?? last.end };
  const heading = role === 'heading' && CENTRED_HEADING.has(markerKind(claim) ?? '');
  const p: Paragraph = {
    type: 'paragraph',
    role,
    lines: printed,
    size: style.size,
    align: heading ? 'center' : style.align,
    indent: { left: style.left ?? 0, firstLine: heading ? 0 : (style.firstLine ?? 0) },
    spacing: { before: style.before ?? 0, after: style.after ?? 0 },
    lineHeight: style.lineHeight ?? 1,
    span,
    lines0: [first.line, last.line],
  };
  if (claim.rule) {
    const longest = Math.max(
      ...printed.map((rs) => textWidthMm(rs.map((r) => r.text).join(''), style.size, style.bold === true)),
    );
    const w = claim.rule === 'full' ? longest : claim.rule === 'short' ? longest * 0.4 : longest / 3;
    p.rule = { width: round(Math.min(width, Math.max(claim.rule === 'full' ? 0 : 15, w))) };
  }
  if (claim.frame) p.frame = true;
  if (claim.color) p.color = claim.color;
  if (
    role === 'heading' ||
    role === 'ten-loai' ||
    role === 'noi-nhan-head' ||
    role === 'sig-authority' ||
    role === 'sig-title'
  )
    p.keepWithNext = true;
  return p;
}

function markerKind(claim: Claim): string | undefined {
  const g = claim.group as Partial<LetterParagraph>;
  return g.marker?.kind;
}

function lastSpanEnd(printed: Run[][]): number | undefined {
  const runs = printed[printed.length - 1];
  for (let i = runs.length - 1; i >= 0; i--) if (runs[i].span) return runs[i].span!.end;
  return undefined;
}

function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && !!last.underline === !!r.underline) {
      last.text += r.text;
      if (r.span) last.span = last.span ? { start: last.span.start, end: r.span.end } : r.span;
    } else out.push({ ...r });
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Estimated height (mm) of a block set in a column `width` mm wide. */
export function blockHeight(b: LayoutBlock, width: number): number {
  if (b.type === 'row')
    return Math.max(0, ...b.cells.map((c) => c.blocks.reduce((h, p) => h + blockHeight(p, width * c.width), 0)));
  const lineMm = b.size * PT_MM * 1.15 * b.lineHeight;
  let lines = 0;
  for (const rs of b.lines) {
    const w = textWidthMm(
      rs.map((r) => r.text).join(''),
      b.size,
      rs.some((r) => r.bold),
    );
    const avail = Math.max(10, width - b.indent.left);
    lines += Math.max(1, Math.ceil((w + b.indent.firstLine) / avail));
  }
  const rule = b.rule ? 1.5 : 0;
  return lines * lineMm + (b.spacing.before + b.spacing.after) * PT_MM + rule;
}

function paginate(blocks: LayoutBlock[], m: Margins, width: number, annex: LayoutBlock | undefined): Page[] {
  const height = PAPER.height - m.top - m.bottom;
  const pages: Page[] = [{ start: 'first', number: null, blocks: [] }];
  let used = 0;
  let n = 1;
  for (const b of blocks) {
    const h = blockHeight(b, width);
    let page = pages[pages.length - 1];
    if (b === annex) {
      n = 1;
      page = { start: 'section', number: null, blocks: [] };
      pages.push(page);
      used = 0;
    } else if (used + h > height && page.blocks.length) {
      n++;
      page = { start: 'flow', number: n, blocks: [] };
      pages.push(page);
      used = 0;
    }
    page.blocks.push(b);
    used += h;
  }
  return pages;
}

/** "so-14-KH-UBND-trien-khai-ke-hoach": the number and symbol, then the first words of the trích yếu. */
export function fileStem(letter: Letter): string | null {
  if (!letter.isLetter) return null;
  const parts: string[] = [];
  const so = letter.so;
  if (so?.number) parts.push(`so-${slug(so.number, true)}`);
  if (so?.symbol) parts.push(slug(so.symbol, true));
  const summary = letter.trichYeu?.text ?? letter.tenLoai?.name;
  if (summary) parts.push(slug(summary, false).split('-').filter(Boolean).slice(0, 6).join('-'));
  const stem = parts.filter(Boolean).join('-').replace(/-+/g, '-').replace(/^-|-$/g, '');
  return stem || null;
}

function slug(s: string, keepCase: boolean): string {
  const ascii = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return (keepCase ? ascii : ascii.toLowerCase()).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
