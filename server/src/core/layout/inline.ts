// Inline bold and italic of the Markdown, from remark's mdast: the source ranges inside `strong` and `emphasis`.
// A clean line keeps the source offset of each of its characters, so a character's style is a look-up.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';

const parser = unified().use(remarkParse);

export interface InlineStyles {
  strong: [number, number][];
  em: [number, number][];
}

export function inlineStyles(text: string): InlineStyles {
  // a BOM would hide the first line's markup from remark; a space keeps every offset in place
  const tree = parser.parse(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text) as Root;
  const out: InlineStyles = { strong: [], em: [] };
  const walk = (nodes: RootContent[]) => {
    for (const n of nodes) {
      const p = n.position;
      if ((n.type === 'strong' || n.type === 'emphasis') && p?.start.offset !== undefined && p.end.offset !== undefined)
        (n.type === 'strong' ? out.strong : out.em).push([p.start.offset, p.end.offset]);
      if ('children' in n && Array.isArray(n.children)) walk(n.children as RootContent[]);
    }
  };
  walk(tree.children);
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
