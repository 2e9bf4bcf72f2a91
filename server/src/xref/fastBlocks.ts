// A fast block splitter for the plain Markdown letters are written in (paragraphs, ATX headings, flat "- " and
// "1." lists). It gives exactly the blocks of core/blocks.ts parseBlocks (remark) or, on anything it is not sure
// of (indentation, quotes, fences, HTML, rules, mixed lists, a list interrupting a paragraph …), null — the caller
// then uses parseBlocks. Used by the cross-reference index, where remark is ~75% of the indexing time.
import type { Block, BlockKind } from '../core/blocks.js';
import { checkLimits } from '../core/limits.js';
import { cleanLine, type EmphasisState, type Line, type SourceText } from '../core/source.js';

const RULE_LINE = /^[ \t>]*(?:[-*_=][ \t]*){3,}$/;
const BLANK = /^[ \t]*$/;
const HEADING = /^#{1,6}(?:[ ]+\S.*)?$/;
const BULLET = /^-[ ]{1,4}\S/;
const ORDERED = /^\d{1,9}([.)])[ ]{1,4}\S/;
// a line whose block meaning the fast path does not model
const UNSURE =
  /^(?:[ \t]|>|```|~~~|<|\||[*+](?:[ \t]|$)|-(?:[ \t]*$|[ ]{5})|\d{1,9}[.)](?:[ \t]*$|[ ]{5})|\[[^\]]*\]:|=)/;

export function parseBlocksFast(src: SourceText): Block[] | null {
  const text = src.text;
  if (checkLimits(text)) return []; // above the bounds: not parsed, not a letter (as parseBlocks)
  if (text.charCodeAt(0) === 0xfeff || text.includes('\t') || text.includes('\r')) return null;
  const n = src.lineCount;
  const out: Block[] = [];
  const push = (kind: BlockKind, from: number, to: number, ordered?: boolean) => {
    const state: EmphasisState = { strong: false, em: false };
    const lines: Line[] = [];
    for (let l = from; l <= to; l++)
      lines.push(
        cleanLine(
          src,
          l,
          { quoted: false, heading: kind === 'heading', listMarker: kind === 'item' && l === from },
          state,
        ),
      );
    out.push({
      index: out.length,
      kind,
      lines,
      quoted: false,
      ordered,
      depth: 0,
      start: src.lineStarts[from],
      end: src.lineEnds[to],
    });
  };
  let open: { kind: 'paragraph' | 'item'; from: number; ordered?: boolean; delim?: string } | null = null;
  // the list the last item belongs to (until a blank + non-item)
  let list: { ordered: boolean; delim: string } | null = null;
  let blankSince = false;
  const close = (to: number) => {
    if (open) push(open.kind, open.from, to, open.kind === 'item' ? open.ordered : undefined);
    open = null;
  };
  for (let l = 0; l < n; l++) {
    const s = src.lineText(l);
    if (BLANK.test(s)) {
      close(l - 1);
      blankSince = true;
      continue;
    }
    if (RULE_LINE.test(s) || UNSURE.test(s)) return null;
    if (HEADING.test(s)) {
      close(l - 1);
      push('heading', l, l);
      list = null;
      blankSince = false;
      continue;
    }
    const b = BULLET.test(s);
    const o = b ? null : ORDERED.exec(s);
    if (b || o) {
      const ordered = !!o;
      const delim = o ? o[1] : '-';
      if (open) {
        // a marker right after text: only a sibling item of the same list is modelled
        if (open.kind !== 'item' || !list || list.ordered !== ordered || list.delim !== delim) return null;
      } else if (list && !blankSince) return null;
      close(l - 1);
      if (!list || list.ordered !== ordered || list.delim !== delim) list = { ordered, delim };
      open = { kind: 'item', from: l, ordered };
      blankSince = false;
      continue;
    }
    if (!open) {
      // text after a blank line ends any list
      list = null;
      open = { kind: 'paragraph', from: l };
    }
    // else: paragraph continuation (lazy continuation inside an item)
    blankSince = false;
  }
  close(n - 1);
  return out;
}
