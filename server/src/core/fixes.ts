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
    kept.push(...group);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
