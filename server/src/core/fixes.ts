// One fix model for every consumer: quick fix, fix-all on save and `vanthu lint --fix`.
import type { Edit, Fix } from './rule.js';
import type { SourceText, Span } from './source.js';

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
    if (selfOverlapping(group)) continue;
    kept.push(...group);
  }
  return kept.sort((a, b) => a.offset - b.offset);
}

const selfOverlapping = (group: Edit[]) =>
  group.some((e, i) =>
    group.some(
      (f, j) =>
        i !== j &&
        ((e.offset < f.offset + f.length && f.offset < e.offset + e.length) ||
          (e.length === 0 && f.length === 0 && e.offset === f.offset)),
    ),
  );

/**
 * One consistent set of fixes for a fix-all pass: in the given (deterministic) order, a fix is kept only when no
 * source line it touches is touched by a fix kept before it. Two fixes on one line (a join and a new line after it,
 * two rewrites of one item) were each computed on the text without the other, so together they may contradict: the
 * later one waits for the next pass, which asks it again of the text the first one produced.
 */
export function consistentFixes<T extends { fix?: Fix; span: Span }>(source: SourceText, findings: T[]): T[] {
  const taken = new Set<number>();
  const kept: T[] = [];
  for (const f of findings) {
    const edits = f.fix?.edits;
    if (!edits?.length || selfOverlapping(edits)) continue;
    const lines = new Set<number>();
    for (const e of edits) {
      const a = source.positionAt(e.offset).line;
      const b = source.positionAt(e.offset + e.length).line;
      for (let l = a; l <= b; l++) lines.add(l);
    }
    if ([...lines].some((l) => taken.has(l))) continue;
    for (const l of lines) taken.add(l);
    kept.push(f);
  }
  return kept;
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
