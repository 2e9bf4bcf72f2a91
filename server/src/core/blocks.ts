// Markdown → a flat list of blocks of clean lines. remark-parse decides where blocks start and end (lists,
// blockquotes, code, HTML comments); the letter's parts are then recognised from the blocks' text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { cleanLine, SourceText, type EmphasisState, type Line } from './source.js';
import { R } from './patterns.js';
import { append, checkLimits, type Limits } from './limits.js';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'html' | 'code' | 'break' | 'other';

export interface Block {
  index: number;
  kind: BlockKind;
  lines: Line[];
  quoted: boolean;
  ordered?: boolean; // list item of an ordered list
  depth: number; // list nesting
  start: number;
  end: number;
  /** The block as first parsed, when this one is its copy at another place of a later version (a BlockCache reuses
   * blocks by copying them, never by moving them: an analysis, once returned, never changes). Per-block results are
   * kept under the origin. */
  origin?: Block;
}

const parser = unified().use(remarkParse);

/** A line that is layout only: thematic break, setext underline, the rule drawn under a header block. */
const RULE_LINE = /^[ \t>]*(?:[-*_=][ \t]*){3,}$/;

/**
 * Remembers the blocks of each chunk (a run of lines between blank lines, see `chunksOf`) of the last version of a
 * document, so an edit re-parses only the chunks it touched: the language server keeps one per open document.
 */
export class BlockCache {
  private chunks = new Map<string, Chunk[]>();
  /** Chunks parsed (not reused) by the last `parseBlocks` call — for tests and benchmarks. */
  parsed = 0;

  take(text: string): Chunk | undefined {
    const list = this.chunks.get(text);
    return list?.pop();
  }

  replace(next: Map<string, Chunk[]>): void {
    this.chunks = next;
  }
}

interface Chunk {
  text: string;
  blocks: Block[];
  base: number; // offset of the chunk in the document the blocks' offsets refer to
  baseLine: number;
}

/**
 * Line ranges that remark parses the same alone as in the whole document: a chunk ends at a blank line followed
 * by an unindented line, outside fenced code and multi-line HTML.
 */
function chunksOf(src: SourceText): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let fence: string | null = null;
  let html = false;
  let prevBlank = false;
  for (let l = 0; l < src.lineCount; l++) {
    const t = src.lineText(l);
    const blank = /^[ \t\ufeff]*$/.test(t);
    if (!fence && !html && prevBlank && !blank && !/^[ \t]/.test(t) && l > from) {
      out.push([from, l - 1]);
      from = l;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(t);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
    } else if (!fence) {
      if (/<!--/.test(t) && !/-->/.test(t.slice(t.lastIndexOf('<!--')))) html = true;
      else if (html && /-->/.test(t)) html = false;
    }
    prevBlank = blank;
  }
  out.push([from, src.lineCount - 1]);
  return out;
}

/** A block `delta` characters and `deltaLine` lines further on: a copy (the original is part of an earlier
 * analysis). */
function moved(b: Block, delta: number, deltaLine: number): Block {
  const lines = new Array<Line>(b.lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = b.lines[i];
    const c: Line = {
      line: l.line + deltaLine,
      start: l.start + delta,
      end: l.end + delta,
      raw: l.raw,
      text: l.text,
      key: l.key,
      relStarts: l.relStarts, // relative to `start`: shared, never copied
      relEnds: l.relEnds,
      hardBreak: l.hardBreak,
      bold: l.bold,
      italic: l.italic,
    };
    if (l.cell) c.cell = l.cell;
    lines[i] = c;
  }
  return { ...b, start: b.start + delta, end: b.end + delta, lines, origin: b.origin ?? b };
}

/** Offsets moved by `delta`, in a new array. */
export function shifted(offsets: number[], delta: number): number[] {
  const out = offsets.slice();
  for (let i = 0; i < out.length; i++) out[i] += delta;
  return out;
}

/** Blocks parsed from a chunk's own text (offset 0) placed at `delta`, `deltaLine` of the document: fresh objects,
 * so they are moved in place. */
function place(blocks: Block[], delta: number, deltaLine: number): void {
  if (!delta && !deltaLine) return;
  for (const b of blocks) {
    b.start += delta;
    b.end += delta;
    for (const l of b.lines) {
      l.start += delta;
      l.end += delta;
      l.line += deltaLine;
    }
  }
}

/** `limits`: the bounds (core/limits.ts) to hold the text to; above them it is not parsed (analyze reports
 * SYS-01/02). */
export function parseBlocks(src: SourceText, cache?: BlockCache, limits?: Partial<Limits>): Block[] {
  if (checkLimits(src.text, limits)) return [];
  if (!cache) return parseWhole(src);
  const steps = parseBlocksSteps(src, cache);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Above this many characters a document parsed afresh is parsed in runs of chunks, one step each. */
const RUN_CHARS = 8_000;

/**
 * `parseBlocks` with a BlockCache, in steps: it yields after each remark run, so the language server can answer
 * other requests (or drop a superseded version) while a long document is parsed. The blocks are those of
 * `parseBlocks(src, cache)`; abandoning the steps leaves the cache usable (it only forgets some chunks).
 */
export function* parseBlocksSteps(src: SourceText, cache: BlockCache): Generator<void, Block[], void> {
  const chunks = chunksOf(src).map(([a, b]) => {
    const base = src.lineStarts[a];
    const text = src.text.slice(base, src.lineEnds[b]);
    return { a, b, base, text, hit: cache.take(text) };
  });
  if (src.text.length > 8 * RUN_CHARS) yield; // the chunks of a long document are a step of their own
  cache.parsed = 0;
  const missing = chunks.filter((c) => !c.hit).length;
  // Each remark run has a fixed start-up cost: a new document, or an edit that touched many chunks, is parsed in
  // one run (a long one in runs of chunks) and its blocks are shared out to the chunks; a small edit re-parses just
  // the chunks it touched.
  if (missing > 2) {
    let blocks: Block[];
    if (src.text.length <= RUN_CHARS) blocks = parseWhole(src);
    else {
      blocks = [];
      for (let i = 0; i < chunks.length;) {
        let j = i + 1;
        while (j < chunks.length && src.lineEnds[chunks[j].b] - chunks[i].base <= RUN_CHARS) j++;
        const text = src.text.slice(chunks[i].base, src.lineEnds[chunks[j - 1].b]);
        const run = parseWhole(new SourceText(text));
        place(run, chunks[i].base, chunks[i].a);
        for (const blk of run) {
          blk.index = blocks.length;
          blocks.push(blk);
        }
        i = j;
        yield;
      }
    }
    cache.parsed = chunks.length;
    const next = new Map<string, Chunk[]>();
    let i = 0;
    for (const c of chunks) {
      const own: Block[] = [];
      while (i < blocks.length && blocks[i].lines[0].line <= c.b) own.push(blocks[i++]);
      if (own.some((blk) => blk.lines[blk.lines.length - 1].line > c.b)) continue; // crosses a chunk edge: not reusable
      addChunk(next, { text: c.text, blocks: own, base: c.base, baseLine: c.a });
    }
    cache.replace(next);
    return blocks;
  }
  const next = new Map<string, Chunk[]>();
  const out: Block[] = [];
  for (const c of chunks) {
    let chunk: Chunk;
    const hit = c.hit;
    if (hit) {
      const delta = c.base - hit.base;
      const deltaLine = c.a - hit.baseLine;
      chunk =
        delta || deltaLine
          ? { text: c.text, blocks: hit.blocks.map((b) => moved(b, delta, deltaLine)), base: c.base, baseLine: c.a }
          : hit;
    } else {
      cache.parsed++;
      const blocks = parseWhole(new SourceText(c.text));
      place(blocks, c.base, c.a);
      chunk = { text: c.text, blocks, base: c.base, baseLine: c.a };
      yield;
    }
    addChunk(next, chunk);
    for (const blk of chunk.blocks)
      out.push(blk.index === out.length ? blk : { ...blk, index: out.length, origin: blk.origin ?? blk });
  }
  cache.replace(next);
  return out;
}

function addChunk(map: Map<string, Chunk[]>, chunk: Chunk): void {
  const list = map.get(chunk.text);
  if (list) list.push(chunk);
  else map.set(chunk.text, [chunk]);
}

/** A paragraph whose every line is a table row "| … | … |" (remark-parse without GFM keeps tables as text). */
function isTable(src: SourceText, from: number, to: number): boolean {
  if (to === from)
    return /^[ \t>]*\|.*\|[ \t]*$/.test(src.lineText(from)) && tableCells(src.lineText(from)).length >= 2;
  for (let l = from; l <= to; l++) if (!/^[ \t>]*\|.*\|[ \t]*$/.test(src.lineText(l))) return false;
  return true;
}

/** [start, end) of each cell of a table row, between unescaped pipes. */
function tableCells(raw: string): [number, number][] {
  const pipes: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '|' && raw[i - 1] !== '\\') pipes.push(i);
  const cells: [number, number][] = [];
  for (let k = 0; k + 1 < pipes.length; k++) cells.push([pipes[k] + 1, pipes[k + 1]]);
  return cells;
}

function splitBr(raw: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /<br\s*\/?>/gi;
  re.lastIndex = a;
  let from = a;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw)) && m.index < b) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, b]);
  return out;
}

const FLAT_RIGHT =
  /[ \t]+(?:CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|[Đđ]ộc lập[ \t]*[-–—][ \t]*[Tt]ự do[ \t]*[-–—][ \t]*[Hh]ạnh phúc|ĐỘC LẬP[ \t]*[-–—][ \t]*TỰ DO[ \t]*[-–—][ \t]*HẠNH PHÚC)$/u;
// a Quốc hiệu misspelt or not in capitals ("… HUYỆN X Cộng hòa xã hội chủ nghĩa Việt Nam"): still the right-hand
// cell of a flattened row, so that QH-01 can report it (any case, any or no diacritic on a vowel)
const FLAT_QH = new RegExp(`[ \\t]+(?:${R.QH_LOOSE.source.replace(/^\^/, '')})$`, 'iu');
// … and a tiêu ngữ in any case ("Độc Lập - Tự Do - Hạnh Phúc"), QH-02 reports it
const FLAT_TN = /[ \t]+độc[ \t]*lập[ \t]*[-–—][ \t]*tự[ \t]*do[ \t]*[-–—][ \t]*hạnh[ \t]*phúc$/iu;
const FLAT_RIGHT_ALONE =
  /^(?:CỘNG H[OÒ]A XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|độc lập[ \t]*[-–—][ \t]*tự do[ \t]*[-–—][ \t]*hạnh phúc)$/iu;
// a place name as a date line opens with it ("Tân Phước", "Thành phố Hồ Chí Minh", "Bà Rịa-Vũng Tàu")
const PLACE_WORDS =
  "(?:(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Phường|Xã|Đặc khu)[ \\t]+)?\\p{Lu}[\\p{Ll}'’]*(?:(?:[ \\t]+|[ \\t]*-[ \\t]*)\\p{Lu}[\\p{Ll}'’]*){0,5}";
// "Số: 12/UBND-VP Quảng Ngãi, ngày 05 tháng 02 năm 2024": the number, then a place and "ngày"
const FLAT_SO = /^Số[ \t]*:?[ \t]*[\d\/].*?[ \t]+(?=\p{Lu}[^,\d\/]{0,40}?,[ \t]*ngày(?![\p{L}]))/u;
// "Số: 12/UBND-VP V/v tổ chức …" (or "… Về tổ chức …"): the number, then the trích yếu of the left-hand column
const FLAT_SO_VV =
  /^Số[ \t]*[:.]?[ \t]*[\d\/.…_].*?[ \t]+(?=(?:V[ \t]*\/[ \t]*[Vv]|Về[ \t]+việc)(?=[ \t:])|Về[ \t]+\p{Ll})/u;
// … and the date line of the right-hand column after the trích yếu: "… V/v đề xuất … Tân Phước, ngày 14 tháng 3 năm
// 2023"
const FLAT_VV_DATE = new RegExp(`^.*?[ \\t]+(?=${PLACE_WORDS},[ \\t]*ngày(?![\\p{L}]).*\\d{4}[ \\t.]*$)`, 'u');
const DATE_LIKE = /,[ \t]*ngày(?![\p{L}])/u;
const upper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s);

/**
 * Where a line that a crawler flattened from the two-column header splits: an upper-case cơ quan line followed on
 * the same line by the Quốc hiệu, the tiêu ngữ or the Party's heading, or a "Số:" line followed by the date line or
 * by the V/v (and then, possibly, the date line). Returns the offsets in the line's key where a new cell starts.
 */
function flattenedCut(l: Line): { at: number[]; kind: 'row' | 'so' } | null {
  const k = l.key;
  if (/^#/.test(l.raw.trimStart())) return null;
  const cell = (m: RegExpExecArray) => m.index + m[0].length - m[0].trimStart().length;
  let m = FLAT_RIGHT.exec(k) ?? FLAT_QH.exec(k) ?? FLAT_TN.exec(k);
  // (the Quốc hiệu and tiêu ngữ run together on one line are one merged part, QH-03, not two columns)
  if (m && m.index > 0 && upper(k.slice(0, m.index)) && !/CỘNG H[OÒ]A XÃ HỘI|ĐẢNG CỘNG SẢN/u.test(k.slice(0, m.index)))
    return { at: [cell(m)], kind: 'row' };
  if ((m = FLAT_SO_VV.exec(k))) {
    const vv = m[0].length;
    const d = FLAT_VV_DATE.exec(k.slice(vv));
    return { at: d ? [vv, vv + d[0].length] : [vv], kind: 'so' };
  }
  m = FLAT_SO.exec(k);
  if (m) return { at: [m[0].length], kind: 'so' };
  return null;
}

/**
 * The lines of a block with flattened header rows, regrouped column by column as the seed lays the header out: the
 * cơ quan lines (left cells), then the Quốc hiệu and tiêu ngữ (right cells); a "Số:" row gives the number, then the
 * date (or the V/v, which takes the lines that continue it, and the date). Any other line closes the row and keeps
 * its place.
 */
function unflatten(lines: Line[], pairs: Map<Line, [Line[], 'row' | 'so']>): Line[][] {
  const out: Line[][] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  let plain: Line[] = [];
  let vv: Line[] | null = null; // a flattened "Số: … V/v …" row's trích yếu, still open for its wrapped lines
  const flush = () => {
    for (const g of [plain, left, right]) if (g.length) out.push(g);
    left = [];
    right = [];
    plain = [];
  };
  for (const l of lines) {
    const pair = pairs.get(l);
    if (pair?.[1] === 'so') {
      flush();
      const cells = pair[0].map((c) => [c]);
      append(out, cells);
      vv = cells.length === 2 && /^(?:V[ \t]*\/|Về[ \t])/u.test(pair[0][1].key) ? cells[1] : null;
      continue;
    }
    if (vv && !pair && l.text && !DATE_LIKE.test(l.key) && !/^k[ií]nh[ \t]*g/iu.test(l.key) && !upper(l.key)) {
      vv.push(l);
      continue;
    }
    vv = null;
    if (pair) {
      if (plain.length) flush();
      left.push(pair[0][0]);
      right.push(pair[0][1]);
    } else if (FLAT_RIGHT_ALONE.test(l.key) && !plain.length) right.push(l);
    else if ((upper(l.key) || l.key === '*') && !plain.length) left.push(l);
    else {
      if (left.length || right.length) flush();
      plain.push(l);
    }
  }
  flush();
  return out;
}

function parseWhole(src: SourceText): Block[] {
  // A BOM would hide the first line's markup from remark; a space keeps every offset in place.
  const text = src.text.charCodeAt(0) === 0xfeff ? ' ' + src.text.slice(1) : src.text;
  const tree = parser.parse(text) as Root;
  const out: Block[] = [];
  const push = (kind: BlockKind, from: number, to: number, quoted: boolean, depth: number, ordered?: boolean) => {
    const state: EmphasisState = { strong: false, em: false };
    const lines: Line[] = [];
    // lines of a header row a crawler flattened ("UBND TỈNH X CỘNG HÒA …"), split in two: [left, right]
    const pairs = new Map<Line, [Line[], 'row' | 'so']>();
    for (let l = from; l <= to; l++) {
      const rawLine = src.lineText(l);
      if (kind !== 'html' && kind !== 'code' && RULE_LINE.test(rawLine)) continue;
      const before = { ...state };
      const line = cleanLine(
        src,
        l,
        { quoted, heading: kind === 'heading', listMarker: kind === 'item' && l === from },
        state,
      );
      const cut = (kind === 'paragraph' || kind === 'heading') && !quoted ? flattenedCut(line) : null;
      if (cut) {
        const st = { ...before };
        const bounds = [0, ...cut.at.map((a) => line.relStarts[a]), rawLine.length];
        const cells = bounds.slice(1).map((b, i) => cleanLine(src, l, { range: [bounds[i], b] }, st));
        if (cells.every((c) => c.text)) {
          pairs.set(line, [cells, cut.kind]);
          Object.assign(state, st);
        }
      }
      lines.push(line);
    }
    if (!lines.length && kind !== 'break') return;
    if (pairs.size) {
      for (const group of unflatten(lines, pairs))
        out.push({
          index: out.length,
          kind,
          lines: group,
          quoted,
          ordered,
          depth,
          start: group[0].start,
          end: group[group.length - 1].end,
        });
      return;
    }
    out.push({
      index: out.length,
      kind,
      lines,
      quoted,
      ordered,
      depth,
      start: src.lineStarts[from],
      end: src.lineEnds[to],
    });
  };
  // A two-column header or footer drawn as a Markdown table: each cell becomes a block (a `<br>` inside a cell
  // breaks a line), row by row, left to right — the order the seed's flattened layout has.
  const pushTable = (from: number, to: number, quoted: boolean, depth: number) => {
    for (let l = from; l <= to; l++) {
      const raw = src.lineText(l);
      if (/^[ \t>]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/.test(raw)) continue; // |---|---|
      for (const [a, b] of tableCells(raw)) {
        const state: EmphasisState = { strong: false, em: false };
        const lines = splitBr(raw, a, b)
          .map(([x, y]) => cleanLine(src, l, { range: [x, y] }, state))
          .filter((line) => line.text);
        if (lines.length)
          out.push({
            index: out.length,
            kind: 'paragraph',
            lines,
            quoted,
            depth,
            start: lines[0].start,
            end: lines[lines.length - 1].end,
          });
      }
    }
  };
  // Depth first, in document order, with an explicit stack instead of recursion (nesting is bounded by core/limits.ts,
  // but remark's tree may still be deeper than the call stack allows): a frame is a run of sibling nodes, the list
  // items of one list know whether it is ordered.
  type Frame = { nodes: readonly RootContent[]; i: number; quoted: boolean; depth: number; ordered?: boolean };
  const stack: Frame[] = [];
  const walk = (nodes: readonly RootContent[], quoted: boolean, depth: number, ordered?: boolean) => {
    if (nodes.length) stack.push({ nodes, i: 0, quoted, depth, ordered });
  };
  walk(tree.children, false, 0);
  while (stack.length) {
    const frame = stack[stack.length - 1];
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.i++];
    const { quoted, depth } = frame;
    const pos = node.position;
    if (!pos) continue;
    const from = pos.start.line - 1;
    const to = pos.end.line - 1;
    switch (node.type) {
      case 'paragraph':
        if (isTable(src, from, to)) pushTable(from, to, quoted, depth);
        else push('paragraph', from, to, quoted, depth);
        break;
      case 'heading':
        push('heading', from, to, quoted, depth);
        break;
      case 'thematicBreak':
        break;
      case 'blockquote':
        walk(node.children, true, depth);
        break;
      case 'list':
        walk(node.children, quoted, depth, node.ordered ?? false);
        break;
      case 'listItem': {
        const first = node.children[0];
        const ordered = frame.ordered ?? false;
        if (first && first.type === 'paragraph' && first.position) {
          push('item', from, first.position.end.line - 1, quoted, depth, ordered);
          walk(node.children.slice(1), quoted, depth + 1);
        } else {
          // "- " with nothing or a nested list: keep the marker line so the item is still seen
          push('item', from, from, quoted, depth, ordered);
          walk(node.children, quoted, depth + 1);
        }
        break;
      }
      case 'html':
        push('html', from, to, quoted, depth);
        break;
      case 'code':
        push('code', from, to, quoted, depth);
        break;
      default:
        if ('children' in node && Array.isArray((node as { children?: unknown }).children)) {
          walk((node as { children: RootContent[] }).children, quoted, depth);
        } else push('other', from, to, quoted, depth);
    }
  }
  return out;
}
