// The stated bounds of one analysis. Above them a text is not parsed at all: the analysis is one finding (SYS-01 "văn
// bản quá lớn", SYS-02 "lồng quá sâu") instead of minutes of work and gigabytes of memory. The check is one linear,
// iterative pass over the text, made before remark sees it (remark itself is slow, and recursive, on deep nesting).
import type { Span } from './source.js';

export interface Limits {
  /** Characters (UTF-16 code units) of the whole text. */
  maxChars: number;
  /** Lines of the whole text. */
  maxLines: number;
  /** Characters of one line. */
  maxLineLength: number;
  /** Nested containers (block quotes and list items) around one line. */
  maxDepth: number;
  /** Container markers of the whole text: each list item, and each ">" of each line (remark's cost grows with them). */
  maxContainers: number;
}

/** A real letter, annexes included, is far inside these: a long báo cáo is ~100,000 characters and 2,000 lines. */
export const LIMITS: Readonly<Limits> = Object.freeze({
  maxChars: 1_000_000,
  maxLines: 10_000,
  maxLineLength: 200_000,
  maxDepth: 32,
  maxContainers: 10_000,
});

export interface Breach {
  kind: 'chars' | 'lines' | 'line-length' | 'depth' | 'containers';
  found: number;
  limit: number;
  /** Where to show it: the line that breaks the bound (the first line for the whole text's size). */
  span: Span;
  line: number;
}

const BREACHES = new Map<string, Breach | null>();

/** The first bound `text` exceeds, or null. Remembers the last few texts (several callers ask about one text). */
export function checkLimits(text: string, limits: Partial<Limits> = {}): Breach | null {
  const l: Limits = { ...LIMITS, ...limits };
  const key = `${l.maxChars}:${l.maxLines}:${l.maxLineLength}:${l.maxDepth}:${l.maxContainers}`;
  if (lastText === text && BREACHES.has(key)) return BREACHES.get(key)!;
  if (lastText !== text) BREACHES.clear();
  lastText = text;
  const b = scan(text, l);
  BREACHES.set(key, b);
  return b;
}
let lastText: string | null = null;

function scan(text: string, l: Limits): Breach | null {
  lfOnly = !text.includes('\r');
  const firstLineEnd = lineEnd(text, 0);
  if (text.length > l.maxChars)
    return { kind: 'chars', found: text.length, limit: l.maxChars, span: { start: 0, end: firstLineEnd }, line: 0 };
  let lines = 0;
  if (lfOnly) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
    }
  }
  lines++;
  if (lines > l.maxLines)
    return { kind: 'lines', found: lines, limit: l.maxLines, span: { start: 0, end: firstLineEnd }, line: 0 };
  // line by line: its length, and how deeply nested its content is
  const stack: number[] = []; // content columns of the list items still open
  let fence: string | null = null;
  let line = 0;
  let containers = 0;
  for (let start = 0; start <= text.length; line++) {
    const end = lineEnd(text, start);
    if (end - start > l.maxLineLength)
      return { kind: 'line-length', found: end - start, limit: l.maxLineLength, span: { start, end }, line };
    const depth = lineDepth(text, start, end, stack, fence);
    fence = depth.fence;
    if (depth.depth > l.maxDepth)
      return { kind: 'depth', found: depth.depth, limit: l.maxDepth, span: { start, end }, line };
    containers += depth.opened;
    if (containers > l.maxContainers)
      return { kind: 'containers', found: containers, limit: l.maxContainers, span: { start, end }, line };
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return null;
}

/** The text being scanned has no CR: a line ends at the next LF (found by indexOf, not char by char). */
let lfOnly = false;

function lineEnd(text: string, from: number): number {
  if (lfOnly) {
    const i = text.indexOf('\n', from);
    return i < 0 ? text.length : i;
  }
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

const SPACE = 32;
let fenceQuotes = 0; // the quote markers before the open fence (scan() is not reentrant: it calls nothing)
const TAB = 9;

/**
 * How many containers hold the line [start, end): its block-quote markers, the list items open from earlier lines
 * that its indentation keeps it inside (`stack`, updated) and the list markers it opens itself ("- - - x"). An upper
 * estimate of remark's nesting (a fenced code block's lines count only their quote markers; a thematic break opens
 * nothing).
 */
function lineDepth(
  text: string,
  start: number,
  end: number,
  stack: number[],
  fence: string | null,
): { depth: number; opened: number; fence: string | null } {
  let i = start;
  let quotes = 0;
  // block-quote markers: up to three spaces, ">", an optional space — repeated
  for (;;) {
    let j = i;
    while (j < end && j - i < 3 && text.charCodeAt(j) === SPACE) j++;
    if (j < end && text.charCodeAt(j) === 62 /* > */) {
      quotes++;
      i = j + 1;
      if (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
    } else break;
  }
  // indentation (a tab to the next multiple of 4)
  let col = 0;
  let j = i;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === SPACE) col++;
    else if (c === TAB) col += 4 - (col % 4);
    else break;
  }
  const f = j < end ? /^(`{3,}|~{3,})/.exec(text.slice(j, Math.min(end, j + 8))) : null;
  if (fence !== null) {
    // inside fenced code: its lines are text, "-" and ">" open nothing (the fence's own quotes are counted)
    if (f && f[1][0] === fence[0] && quotes <= fenceQuotes) fence = null;
    return { depth: Math.min(quotes, fenceQuotes) + stack.length, opened: 0, fence };
  }
  if (j >= end) return { depth: quotes + stack.length, opened: quotes, fence }; // blank: lists stay open
  while (stack.length && stack[stack.length - 1] > col) stack.pop();
  if (f) {
    fenceQuotes = quotes;
    return { depth: quotes + stack.length, opened: quotes, fence: f[1][0] };
  }
  if (isThematicBreak(text, j, end)) return { depth: quotes + stack.length, opened: quotes, fence };
  // list markers opened on this line: "-", "*", "+", "1.", "1)" followed by a space (or the end of the line)
  let k = j;
  let opened = quotes;
  for (;;) {
    const m = markerEnd(text, k, end);
    if (m < 0) break;
    let s = m;
    let w = 0;
    while (s < end && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === TAB) && w < 4) {
      s++;
      w++;
    }
    stack.push(col + (m - k) + Math.max(1, w));
    opened++;
    col += s - k;
    k = s;
    if (s >= end || w === 0) break;
  }
  return { depth: quotes + stack.length, opened, fence };
}

/** Where a list marker starting at `k` ends (followed by a space, a tab or the line's end), or -1. */
function markerEnd(text: string, k: number, end: number): number {
  if (k >= end) return -1;
  const c = text.charCodeAt(k);
  let m = -1;
  if (c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) m = k + 1;
  else {
    let d = k;
    while (d < end && d - k < 9 && text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) d++;
    if (d > k && d < end && (text.charCodeAt(d) === 46 /* . */ || text.charCodeAt(d) === 41) /* ) */) m = d + 1;
  }
  if (m < 0) return -1;
  if (m === end) return m;
  const n = text.charCodeAt(m);
  return n === SPACE || n === TAB ? m : -1;
}

/** "- - -", "***", "___ _": three or more of one of - * _ and nothing else but spaces. */
function isThematicBreak(text: string, j: number, end: number): boolean {
  const c = text.charCodeAt(j);
  if (c !== 45 && c !== 42 && c !== 95) return false;
  let n = 0;
  for (let i = j; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) n++;
    else if (d !== SPACE && d !== TAB) return false;
  }
  return n >= 3;
}

/** `to.push(...from)` without spreading `from` into arguments (a long array would overflow the stack). */
export function append<T>(to: T[], from: readonly T[]): T[] {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
  return to;
}
