// WordDocument → the Markdown the recogniser reads (the shape of the transcribed corpus): one Markdown paragraph per
// Word paragraph, table cells flattened in reading order, bold/italic as ** and *, line breaks as hard breaks, the
// automatic numbering label written out. Each paragraph's range in the Markdown maps back to the Word paragraph.
// Pure: data in, data out.
import type { CellRef, WordDocument, WordParagraph } from './word.js';

export interface ParagraphSpan {
  /** Markdown offsets [from, to) of the paragraph's text */
  from: number;
  to: number;
  paragraph: number;
  cell?: CellRef;
  /** the paragraph as Word shows it (label included), for excerpts */
  text: string;
  /** [markdown offset, offset in `text`] where each emitted piece starts */
  pieces: [number, number][];
}

export interface Imported {
  markdown: string;
  spans: ParagraphSpan[];
  notes: string[];
}

interface Ch {
  c: string;
  b: boolean;
  i: boolean;
  u?: boolean;
  at: number; // offset in the paragraph's plain text
}

const SPACE = /[ \t\u00a0]/;

/** Markdown escapes for characters that would otherwise start emphasis, code, HTML or a link. */
function escapeChar(c: string, next: string | undefined, run: string): string {
  if (c === '\\' || c === '*' || c === '`') return '\\' + c;
  if (c === '_') return run.length >= 3 ? c : '\\' + c; // a row of underscores is a blank to fill in
  if (c === '<' && next && /[A-Za-z/!?]/.test(next)) return '\\<';
  if (c === '[' || c === ']') return '\\' + c;
  return c;
}

function chars(p: WordParagraph): { list: Ch[]; text: string } {
  const list: Ch[] = [];
  let text = '';
  const push = (s: string, b: boolean, i: boolean, u = false) => {
    for (const c of s) {
      list.push({ c, b, i, ...(u ? { u } : {}), at: text.length });
      text += c;
    }
  };
  if (p.label)
    push(
      p.label.text === '-' ? '- ' : p.label.text + p.label.suffix,
      p.label.text !== '-' && p.label.bold,
      p.label.text !== '-' && p.label.italic,
    );
  for (const r of p.runs) push(r.text, r.bold, r.italic, !!r.underline);
  return { list, text };
}

const isListItem = (p: WordParagraph) =>
  p.label?.text === '-' || /^\s*[-+•]\s/.test(p.runs.map((r) => r.text).join(''));
const allBold = (p: WordParagraph) =>
  p.runs.filter((r) => r.text.trim()).every((r) => r.bold) && (!p.label || p.label.text === '-' || p.label.bold);

/** One line of a paragraph: emphasis as transitions (strong outside em), spaces at an edge kept outside markers. */
function emitLine(line: Ch[], out: { md: string; pieces: [number, number][] }, base: number) {
  // a space takes the emphasis only when both neighbours share it
  const flags = line.map((ch, k) => {
    if (!SPACE.test(ch.c)) return { b: ch.b, i: ch.i };
    let l = k - 1;
    while (l >= 0 && SPACE.test(line[l].c)) l--;
    let r = k + 1;
    while (r < line.length && SPACE.test(line[r].c)) r++;
    const L = line[l];
    const R = line[r];
    return { b: !!(L?.b && R?.b), i: !!(L?.i && R?.i) };
  });
  let b = false;
  let i = false;
  const set = (nb: boolean, ni: boolean) => {
    if (i && (!ni || b !== nb)) {
      out.md += '*';
      i = false;
    }
    if (b !== nb) {
      out.md += '**';
      b = nb;
    }
    if (ni !== i) {
      out.md += '*';
      i = ni;
    }
  };
  const whole = line.map((c) => c.c).join('');
  // a line underlined from end to end (a Party document's "Nơi nhận:", its "ĐẢNG CỘNG SẢN VIỆT NAM") as <u>…</u>,
  // the way a Markdown draft writes it; a few underlined words inside a line are not carried
  const under = line.some((ch) => ch.u) && line.every((ch) => ch.u || SPACE.test(ch.c));
  if (under) out.md += '<u>';
  let end = -1; // where the previous character's Markdown ended
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    set(flags[k].b, flags[k].i);
    // a new piece wherever markers or escapes came between, or the text skipped
    if (k === 0 || line[k - 1].at !== ch.at - 1 || out.md.length !== end)
      out.pieces.push([base + out.md.length, ch.at]);
    let e: string;
    if (ch.c === '_') {
      let a = k;
      let z = k;
      while (a > 0 && line[a - 1].c === '_') a--;
      while (z < line.length && line[z].c === '_') z++;
      e = escapeChar('_', undefined, whole.slice(a, z));
    } else e = escapeChar(ch.c, line[k + 1]?.c, '');
    // block syntax a line must not start with: a heading, a quote, a code indent, a rule
    if (k === 0 && (e === '#' || e === '>')) e = '\\' + e;
    out.md += e;
    end = out.md.length;
  }
  set(false, false);
  if (under) out.md += '</u>';
}

function emitParagraph(p: WordParagraph, base: number): { md: string; pieces: [number, number][]; text: string } {
  const { list, text } = chars(p);
  const out = { md: '', pieces: [] as [number, number][] };
  const lines: Ch[][] = [[]];
  for (const ch of list) {
    if (ch.c === '\n') lines.push([]);
    else lines[lines.length - 1].push(ch);
  }
  const kept = lines.map((l) => {
    let a = 0;
    let z = l.length;
    while (a < z && /\s/.test(l[a].c)) a++;
    while (z > a && /\s/.test(l[z - 1].c)) z--;
    return l.slice(a, z);
  });
  // a line of underscores alone is a rule drawn under a header line, not text
  const nonEmpty = kept.filter((l) => l.length && !/^[_\s]{3,}$/.test(l.map((c) => c.c).join('')));
  nonEmpty.forEach((l, k) => {
    if (k) out.md += '  \n';
    // "---" or "===" alone would be a thematic break or a heading underline
    if (/^[-=][-=\s]{2,}$/.test(l.map((c) => c.c).join(''))) out.md += '\\';
    emitLine(l, out, base);
  });
  return { ...out, text };
}

/** A rule under the agency name or the Quốc hiệu, written as a paragraph of dashes or underscores. */
const isSeparator = (p: WordParagraph) =>
  !p.label &&
  /^[\s_\-–—=.·]{3,}$/.test(p.runs.map((r) => r.text).join('')) &&
  /[_\-–—=]{3,}/.test(p.runs.map((r) => r.text).join(''));

const sameCell = (a?: CellRef, b?: CellRef) => !!a && !!b && a.table === b.table && a.cell === b.cell;

export function toMarkdown(doc: WordDocument): Imported {
  let md = '';
  const spans: ParagraphSpan[] = [];
  let prev: WordParagraph | null = null;
  for (const p of doc.paragraphs) {
    if (isSeparator(p)) continue;
    if (prev) {
      const list = isListItem(prev) && isListItem(p);
      const together = sameCell(prev.cell, p.cell) && !p.afterGap && allBold(prev) && allBold(p) && !list;
      md += list && !p.afterGap ? '\n' : together ? '  \n' : '\n\n';
    }
    const e = emitParagraph(p, md.length);
    if (!e.md) continue;
    spans.push({
      from: md.length,
      to: md.length + e.md.length,
      paragraph: p.index,
      ...(p.cell ? { cell: p.cell } : {}),
      text: e.text,
      pieces: e.pieces,
    });
    md += e.md;
    prev = p;
  }
  return { markdown: md + '\n', spans, notes: doc.notes };
}

export interface Origin {
  paragraph: number;
  cell?: CellRef;
  /** offset in the paragraph's text */
  offset: number;
  excerpt: string;
}

/** The paragraph's first words (about 60 characters), cut at a word boundary. */
export function excerptOf(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return t.slice(0, cut > max / 2 ? cut : max) + '…';
}

/** The Word paragraph a Markdown offset came from; an offset between paragraphs belongs to the next one. */
export function originOf(spans: readonly ParagraphSpan[], offset: number): Origin | null {
  if (!spans.length) return null;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].to <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  let inText = 0;
  if (offset >= s.from) {
    for (const [m, t] of s.pieces) if (m <= offset) inText = t + (offset - m);
  }
  return {
    paragraph: s.paragraph,
    ...(s.cell ? { cell: s.cell } : {}),
    offset: Math.min(inText, s.text.length),
    excerpt: excerptOf(s.text),
  };
}
