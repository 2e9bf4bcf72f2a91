// One fix model for every consumer: quick fix, fix-all on save and `vanthu lint --fix`.
import type { Edit } from './rule.js';

/** Keep the edits that do not overlap an earlier kept one (in offset order). */
export function nonOverlapping(edits: Edit[][]): Edit[] {
  const kept: Edit[] = [];
  const overlaps = (e: Edit) =>
    kept.some(
      (k) =>
        (e.offset < k.offset + k.length && k.offset < e.offset + e.length) ||
        (e.length === 0 && k.length === 0 && e.offset === k.offset),
    );
  for (const group of edits) {
    if (group.some(overlaps)) continue;
    if (
      group.some((e, i) =>
        group.some((f, j) => i !== j && e.offset < f.offset + f.length && f.offset < e.offset + e.length),
      )
    )
      continue;
    for (const e of group) kept.push(e);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  // one pass from the start (the text is copied once, not once per edit); overlapping edits keep the old meaning
  const parts: string[] = [];
  let pos = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    if (e.offset < pos) return applyOneByOne(text, sorted);
    parts.push(text.slice(pos, e.offset), e.newText);
    pos = e.offset + e.length;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

function applyOneByOne(text: string, sorted: Edit[]): string {
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
