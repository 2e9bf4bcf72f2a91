// Markdown → a flat list of blocks of clean lines. remark-parse decides where blocks start and end (lists,
// blockquotes, code, HTML comments); the letter's parts are then recognised from the blocks' text.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import { cleanLine, type EmphasisState, type Line, type SourceText } from './source.js';

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
}

const parser = unified().use(remarkParse);

/** A line that is layout only: thematic break, setext underline, the rule drawn under a header block. */
const RULE_LINE = /^[ \t>]*(?:[-*_=][ \t]*){3,}$/;

export function parseBlocks(src: SourceText): Block[] {
  // A BOM would hide the first line's markup from remark; a space keeps every offset in place.
  const text = src.text.charCodeAt(0) === 0xfeff ? ' ' + src.text.slice(1) : src.text;
  const tree = parser.parse(text) as Root;
  const out: Block[] = [];
  const push = (kind: BlockKind, from: number, to: number, quoted: boolean, depth: number, ordered?: boolean) => {
    const state: EmphasisState = { strong: false, em: false };
    const lines: Line[] = [];
    for (let l = from; l <= to; l++) {
      const rawLine = src.lineText(l);
      if (kind !== 'html' && kind !== 'code' && RULE_LINE.test(rawLine)) continue;
      const line = cleanLine(src, l, { quoted, heading: kind === 'heading', listMarker: kind === 'item' && l === from }, state);
      lines.push(line);
    }
    if (!lines.length && kind !== 'break') return;
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
  const walk = (nodes: RootContent[], quoted: boolean, depth: number) => {
    for (const node of nodes) {
      const pos = node.position;
      if (!pos) continue;
      const from = pos.start.line - 1;
      const to = pos.end.line - 1;
      switch (node.type) {
        case 'paragraph':
          push('paragraph', from, to, quoted, depth);
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
          for (const item of node.children) {
            const first = item.children[0];
            const ipos = item.position!;
            const itemFrom = ipos.start.line - 1;
            if (first && first.type === 'paragraph' && first.position) {
              push('item', itemFrom, first.position.end.line - 1, quoted, depth, node.ordered ?? false);
              walk(item.children.slice(1), quoted, depth + 1);
            } else {
              // "- " with nothing or a nested list: keep the marker line so the item is still seen
              push('item', itemFrom, itemFrom, quoted, depth, node.ordered ?? false);
              walk(item.children, quoted, depth + 1);
            }
          }
          break;
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
  };
  walk(tree.children, false, 0);
  return out;
}
