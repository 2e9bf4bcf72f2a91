// Inline bold and italic of the Markdown, from remark's mdast: the source ranges inside `strong` and `emphasis`.
// A clean line keeps the source offset of each of its characters, so a character's style is a look-up.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import type { SourceText } from '../source.js';

const parser = unified().use(remarkParse);

export interface InlineStyles {
  strong: [number, number][];
  em: [number, number][];
}

/**
 * The emphasis ranges of the given blocks (first and last source line: inline markup never crosses a block), each
 * parsed alone with its lines' indentation taken off (a nested list item alone would read as indented code) — a
 * letter's blocks without `*` or `_` need no parse at all.
 */
export function inlineStyles(src: SourceText, blocks: [number, number][]): InlineStyles {
  const out: InlineStyles = { strong: [], em: [] };
  const seen = new Set<string>();
  for (const [first, last] of blocks) {
    const key = `${first}:${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!/[*_]/.test(src.text.slice(src.lineStarts[first], src.lineEnds[last]))) continue;
    // the piece parsed, and for each of its lines the offset in the source where it starts
    let piece = '';
    const starts: number[] = [];
    const origin: number[] = [];
    for (let l = first; l <= last; l++) {
      const raw = src.lineText(l);
      const ind = /^[ \t\ufeff]*/.exec(raw)![0].length;
      starts.push(piece.length);
      origin.push(src.lineStarts[l] + ind);
      piece += raw.slice(ind) + '\n';
    }
    const at = (offset: number) => {
      let i = starts.length - 1;
      while (i > 0 && starts[i] > offset) i--;
      return origin[i] + offset - starts[i];
    };
    // every node, without recursion (inline nesting has no bound of its own); order does not matter: union() sorts
    const todo: RootContent[] = [...(parser.parse(piece) as Root).children];
    for (let n = todo.pop(); n; n = todo.pop()) {
      const p = n.position;
      if ((n.type === 'strong' || n.type === 'emphasis') && p?.start.offset !== undefined && p.end.offset !== undefined)
        (n.type === 'strong' ? out.strong : out.em).push([at(p.start.offset), at(p.end.offset - 1) + 1]);
      if ('children' in n && Array.isArray(n.children)) for (const c of n.children as RootContent[]) todo.push(c);
    }
  }
  return { strong: union(out.strong), em: union(out.em) };
}

function union(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Is `offset` inside one of the sorted ranges? */
export function inside(ranges: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && ranges[best][1] > offset;
}

/** Does any of the sorted ranges overlap [a, b)? */
export function touches(ranges: [number, number][], a: number, b: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= a) lo = mid + 1;
    else hi = mid;
  }
  return lo < ranges.length && ranges[lo][0] < b;
}
