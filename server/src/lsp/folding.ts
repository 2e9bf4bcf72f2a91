// Folding ranges: every multi-line part of the letter and every item with lines or children under it.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze.js';
import type { Item } from '../core/model.js';
import { itemEndLine, letterParts } from './parts.js';
import type { Session } from './session.js';

export function foldingRanges(a: Analysis): FoldingRange[] {
  if (!a.letter.isLetter) return [];
  const out: FoldingRange[] = [];
  for (const p of letterParts(a.letter)) {
    if (p.endLine > p.startLine)
      out.push({ startLine: p.startLine, endLine: p.endLine, kind: FoldingRangeKind.Region });
  }
  const walk = (it: Item) => {
    const end = itemEndLine(it);
    if (end > it.line) out.push({ startLine: it.line, endLine: end, kind: FoldingRangeKind.Region });
    it.children.forEach(walk);
  };
  a.letter.items.forEach(walk);
  a.letter.annexItems.forEach(walk);
  return out;
}

export function registerFolding(s: Session): void {
  s.connection.onFoldingRanges(async (params) => {
    const doc = s.documents.get(params.textDocument.uri);
    const e = doc && (await s.latestFor(doc));
    return e ? foldingRanges(e.analysis) : [];
  });
}
