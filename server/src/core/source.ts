// The original text and the "clean" line view the recognisers match on (catalogue §0.4).
// Offsets are UTF-16 code units of the original text, so LSP positions need no conversion but line/column.

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number; // 0-based
  character: number; // UTF-16 code units
}

export class SourceText {
  readonly lineStarts: number[];
  /** Offset where each line's content ends (before its line break). */
  readonly lineEnds: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    this.lineEnds = [];
    if (!text.includes('\r')) {
      // LF only (the common case): the line breaks found by indexOf rather than char by char
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        this.lineEnds.push(i);
        this.lineStarts.push(i + 1);
      }
      this.lineEnds.push(text.length);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        this.lineEnds.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.lineEnds.push(text.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnds[line]);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(offset, this.lineEnds[lo]) - this.lineStarts[lo] };
  }

  offsetAt(pos: Position): number {
    const line = Math.max(0, Math.min(pos.line, this.lineStarts.length - 1));
    return Math.min(this.lineStarts[line] + Math.max(0, pos.character), this.lineEnds[line]);
  }

  private eolMemo?: string;

  /** The line break most of the text's lines end with (for fixes that insert lines): one stray CRLF in an LF file
   * (or an LF in a CRLF one) does not make a fix write it; a tie keeps LF. */
  get eol(): string {
    if (this.eolMemo === undefined) {
      let crlf = 0;
      let lf = 0;
      let cr = 0;
      for (const end of this.lineEnds) {
        const c = this.text.charCodeAt(end);
        if (c === 13) {
          if (this.text.charCodeAt(end + 1) === 10) crlf++;
          else cr++;
        } else if (c === 10) lf++;
      }
      this.eolMemo = crlf > lf && crlf >= cr ? '\r\n' : cr > lf && cr > crlf ? '\r' : '\n';
    }
    return this.eolMemo;
  }
}

/** One source line after normalisation. `text[i]` came from original offsets `starts[i]`..`ends[i]`. */
export interface Line {
  line: number; // 0-based source line
  start: number; // offset of the raw line
  end: number;
  raw: string;
  text: string; // NFC, emphasis/markers stripped, trimmed
  key: string; // `text` with tone placement folded (same length) — what patterns match on
  /** Where each clean character's source starts and ends, relative to `start` (a line moved to another place of a
   * later version shares them): `startAt(line, i)`, `endAt(line, i)` give offsets in the text. */
  relStarts: number[];
  relEnds: number[];
  hardBreak: boolean;
  bold: boolean; // every visible character is inside strong emphasis
  italic: boolean;
  /** A cell (or a `<br>`-separated part of one) of a Markdown table row: its text is not the whole source line. */
  cell?: boolean;
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const INVISIBLE = /[\u200b\ufeff]/;
const COMBINING = /\p{M}/u;
/** What the clean view does not copy as is: escapes, tags, emphasis, strikethrough, invisible and space-like
 * characters (everything else stands for itself). */
const MARKUP = /[\\<*_~\t\u00a0\u2002-\u200b\u202f\u3000\ufeff]/g;
const INLINE_TAG = /^<\/?(?:u|b|strong|i|em|ins|mark|span|font|sup|sub)(?:\s[^>]*)?>|^<br\s*\/?>/i;

export interface CleanOptions {
  quoted?: boolean; // strip blockquote markers
  heading?: boolean;
  listMarker?: boolean; // first line of a list item: a `*` bullet reads as `-`
  /** Read only raw[range[0]..range[1]) of the line: a table cell. */
  range?: [number, number];
}

/** Emphasis state carried across the lines of one block, so a `**…**` run over a hard break marks both lines. */
export interface EmphasisState {
  strong: boolean;
  em: boolean;
}

const isSpaceOrNone = (c: string | undefined) => c === undefined || /\s/.test(c);

export function cleanLine(src: SourceText, lineNo: number, opts: CleanOptions, state: EmphasisState): Line {
  const start = src.lineStarts[lineNo];
  const end = src.lineEnds[lineNo];
  const raw = src.text.slice(start, end);
  let p = opts.range ? opts.range[0] : 0;
  let q = opts.range ? opts.range[1] : raw.length;
  if (opts.quoted && !opts.range) {
    const m = /^(?:[ \t]*>[ \t]?)+/.exec(raw);
    if (m) p = m[0].length;
  }
  while (p < q && (raw[p] === ' ' || raw[p] === '\t' || INVISIBLE.test(raw[p]))) p++;
  const hm = opts.range ? null : /^#{1,6}(?:[ \t]+|$)/.exec(raw.slice(p));
  if (hm) p += hm[0].length;
  let hardBreak = false;
  const trail = opts.range ? null : /( {2,}|\\)$/.exec(raw.slice(p, q));
  if (trail) {
    hardBreak = true;
    q -= trail[0].length;
  }
  while (q > p && /[ \t]/.test(raw[q - 1])) q--;
  if (hm) {
    const close = /[ \t]+#+$/.exec(raw.slice(p, q));
    if (close) q -= close[0].length;
  }
  let bullet = -1;
  if (opts.listMarker && raw[p] === '*' && /[ \t]/.test(raw[p + 1] ?? '')) bullet = p;
  const content = raw.slice(p, q);
  const keepStar = /^\*$/.test(content.trim()); // the Party star under the issuing body

  let joined = '';
  const starts: number[] = [];
  const ends: number[] = [];
  // the emphasis of each character, kept only once a marker changes it within the line (else it is s0/e0 throughout)
  const s0 = state.strong;
  const e0 = state.em;
  let strongAt: boolean[] | null = null;
  let emAt: boolean[] | null = null;
  const r = opts.range;
  const base = r ? r[0] : 0; // offsets relative to the line's (or the cell's) start
  const emit = (ch: string, a: number, b: number) => {
    joined += ch;
    starts.push(a - base);
    ends.push(b - base);
    if (strongAt) {
      strongAt.push(state.strong);
      emAt!.push(state.em);
    }
  };
  for (let i = p; i < q; i++) {
    if (i !== bullet) {
      // a run of characters that stand for themselves, copied at once (most of a line)
      MARKUP.lastIndex = i;
      const k = MARKUP.exec(raw) ? Math.min(MARKUP.lastIndex - 1, q) : q;
      if (k > i) {
        joined += raw.slice(i, k);
        for (let x = i; x < k; x++) {
          starts.push(x - base);
          ends.push(x + 1 - base);
        }
        if (strongAt) {
          for (let x = i; x < k; x++) {
            strongAt.push(state.strong);
            emAt!.push(state.em);
          }
        }
        i = k - 1;
        continue;
      }
    }
    const c = raw[i];
    if (i === bullet) {
      emit('-', i, i + 1);
      continue;
    }
    if (c === '\\' && i + 1 < q && ASCII_PUNCT.test(raw[i + 1])) {
      emit(raw[i + 1], i, i + 2);
      i++;
      continue;
    }
    if (c === '<') {
      const m = INLINE_TAG.exec(raw.slice(i, q));
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    if ((c === '*' && !keepStar) || c === '_') {
      let j = i;
      while (j < q && raw[j] === c) j++;
      const run = j - i;
      const before = i > p ? raw[i - 1] : undefined;
      const after = j < q ? raw[j] : undefined;
      const flanking = !(isSpaceOrNone(before) && isSpaceOrNone(after));
      if (
        c === '_' &&
        (run >= 3 || (!isSpaceOrNone(before) && !isSpaceOrNone(after) && /[\p{L}\p{N}]/u.test(before!)))
      ) {
        for (let k = i; k < j; k++) emit('_', k, k + 1); // a blank to fill, or an underscore inside a word
        i = j - 1;
        continue;
      }
      if (flanking || c === '*') {
        if (!strongAt) {
          strongAt = new Array<boolean>(starts.length).fill(s0);
          emAt = new Array<boolean>(starts.length).fill(e0);
        }
        if (run >= 2) state.strong = !state.strong;
        if (run % 2 === 1) state.em = !state.em;
        i = j - 1;
        continue;
      }
    }
    if (c === '~' && raw[i + 1] === '~') {
      i++;
      continue;
    }
    const code = raw.charCodeAt(i);
    if (code === 0x200b || code === 0xfeff) continue; // invisible
    if (code === 9 || code === 0xa0 || (code >= 0x2002 && code <= 0x200a) || code === 0x202f || code === 0x3000) {
      emit(' ', i, i + 1); // space-like
      continue;
    }
    emit(c, i, i + 1);
  }
  // NFC per cluster (base + combining marks), every output unit mapped to the whole cluster.
  let text = joined;
  let s2 = starts;
  let e2 = ends;
  let b2 = strongAt;
  let i2 = emAt;
  if (COMBINING.test(joined)) {
    text = '';
    s2 = [];
    e2 = [];
    b2 = b2 && [];
    i2 = i2 && [];
    const cluster = /\P{M}\p{M}*|\p{M}+/gsu;
    let m: RegExpExecArray | null;
    let idx = 0;
    while ((m = cluster.exec(joined))) {
      const piece = m[0];
      const from = idx;
      const to = idx + piece.length; // `joined`'s UTF-16 units, like `piece`
      idx = to;
      const norm = piece.length > 1 ? piece.normalize('NFC') : piece;
      for (let k = 0; k < norm.length; k++) {
        s2.push(starts[from]);
        e2.push(ends[to - 1]);
        if (b2) {
          b2.push(strongAt![from]);
          i2!.push(emAt![from]);
        }
      }
      text += norm;
    }
  }
  // trim spaces left by removed markers
  let a = 0;
  let b = text.length;
  while (a < b && text[a] === ' ') a++;
  while (b > a && text[b - 1] === ' ') b--;
  const visible = (arr: boolean[] | null, all: boolean) => {
    let any = false;
    for (let k = a; k < b; k++) {
      if (text[k] === ' ') continue;
      if (!(arr ? arr[k] : all)) return false;
      any = true;
    }
    return any;
  };
  const bold = visible(b2, s0);
  const italic = visible(i2, e0);
  text = text.slice(a, b);
  return {
    line: lineNo,
    start: r ? start + r[0] : start,
    end: r ? start + r[1] : end,
    raw: r ? raw.slice(r[0], r[1]) : raw,
    text,
    key: foldTones(text),
    relStarts: s2.slice(a, b),
    relEnds: e2.slice(a, b),
    hardBreak,
    bold,
    italic,
    ...(r ? { cell: true } : {}),
  };
}

const TONE_A: Record<string, string> = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ' };
const TONE_E: Record<string, string> = { è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ' };
const TONE_Y: Record<string, string> = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };

/** Fold tone-mark placement to the decree's form (`HOÀ`→`HÒA`, `UỶ`→`ỦY`); length-preserving. */
export function foldTones(s: string): string {
  if (!/[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/.test(s)) return s;
  return s.replace(/([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}])/gu, (all, v: string, t: string) => {
    const lower = t.toLowerCase();
    const isO = v === 'o' || v === 'O';
    const table = isO ? (TONE_A[lower] ? TONE_A : TONE_E[lower] ? TONE_E : null) : TONE_Y[lower] ? TONE_Y : null;
    if (!table) return all;
    const toned = table[lower];
    const base = isO ? (TONE_A[lower] ? 'a' : 'e') : 'y';
    const upV = v === v.toUpperCase();
    const upT = t !== lower;
    return (upV ? toned.toUpperCase() : toned) + (upT ? base.toUpperCase() : base);
  });
}

/** Original span of `text[a..b)` of a clean line. */
export function lineSpan(line: Line, a = 0, b = line.text.length): Span {
  if (line.text.length === 0) return { start: line.start, end: line.end };
  const aa = Math.max(0, Math.min(a, line.text.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, line.text.length));
  return { start: line.start + line.relStarts[aa], end: line.start + line.relEnds[bb - 1] };
}

/** A run of clean lines joined by single spaces, with the map back to the original. */
export interface Joined {
  text: string;
  key: string;
  /** Offsets of each character's source relative to `base` (a moved copy changes `base` only): see `startAt`. */
  base: number;
  relStarts: number[];
  relEnds: number[];
  lines: Line[];
  lineAt: number[]; // index into `lines` for each char
  /** The paragraph as first joined, when this is its copy in a later version (see `memoByJoined`). */
  origin?: Joined;
}

/** The part of `j` from character `off` on ("Kính gửi: - Sở Nội vụ;" → "- Sở Nội vụ;"), with its map. */
export function joinedFrom(j: Joined, off: number): Joined {
  return {
    ...j,
    text: j.text.slice(off),
    key: j.key.slice(off),
    relStarts: j.relStarts.slice(off),
    relEnds: j.relEnds.slice(off),
    lineAt: j.lineAt.slice(off),
  };
}

export function joinLines(lines: Line[]): Joined {
  let text = '';
  let key = '';
  const base = lines[0]?.start ?? 0;
  const starts: number[] = [];
  const ends: number[] = [];
  const lineAt: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (!l.text) continue;
    const d = l.start - base;
    if (text) {
      text += ' ';
      key += ' ';
      starts.push(d + l.relStarts[0]);
      ends.push(d + l.relStarts[0]);
      lineAt.push(li);
    }
    text += l.text;
    key += l.key;
    const rs = l.relStarts;
    const re = l.relEnds;
    for (let k = 0; k < rs.length; k++) {
      starts.push(d + rs[k]);
      ends.push(d + re[k]);
    }
    for (let k = 0; k < l.text.length; k++) lineAt.push(li);
  }
  return { text, key, base, relStarts: starts, relEnds: ends, lines, lineAt };
}

/** The offset in the original text where clean character `i` of a line or a paragraph starts. */
export function startAt(x: Line | Joined, i: number): number {
  return ((x as Joined).base ?? (x as Line).start) + x.relStarts[i];
}

/** The offset in the original text where clean character `i` of a line or a paragraph ends. */
export function endAt(x: Line | Joined, i: number): number {
  return ((x as Joined).base ?? (x as Line).start) + x.relEnds[i];
}

export function joinedSpan(j: Joined, a: number, b: number): Span {
  if (!j.text.length) return { start: j.lines[0]?.start ?? 0, end: j.lines[0]?.end ?? 0 };
  const aa = Math.max(0, Math.min(a, j.text.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, j.text.length));
  return { start: j.base + j.relStarts[aa], end: j.base + j.relEnds[bb - 1] };
}

/** Accent-insensitive, case-insensitive form for search: "Kế hoạch" → "ke hoach", "Đ" → "d". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
