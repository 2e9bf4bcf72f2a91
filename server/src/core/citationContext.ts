// What the drafter is typing when completion is asked: "… theo Kế hoạch số 14/KH|" → the kind of document being
// cited and the number typed so far. Pure text → data; the language server turns it into completion items.
import { CITABLE_KINDS } from './doctypes.js';
import { fold } from './source.js';

export interface CitationContext {
  /** The kind as written in running text ("Kế hoạch", "Nghị định"). */
  kind: string;
  /** The number typed so far ("14/KH"), possibly empty. */
  partial: string;
}

/** Up to four words before "số" (NFC or NFD), then the partial number as written. */
const CITE_BEFORE =
  /(\p{L}[\p{L}\p{M}]*(?:[ \t]+\p{L}[\p{L}\p{M}]*){0,3})[ \t]+s(?:ố|ô\u0301|o\u0302\u0301)[ \t]+([^\s,;:()]*)$/u;
const KINDS_FOLDED = CITABLE_KINDS.map((k) => [fold(k), k] as const);

/** The citation being typed at the end of `lineBefore` (the line up to the cursor), or null when none is. */
export function citationContextBefore(lineBefore: string): CitationContext | null {
  const m = CITE_BEFORE.exec(lineBefore);
  if (!m) return null;
  const words = fold(m[1]);
  const kind = KINDS_FOLDED.find(([f]) => words === f || words.endsWith(' ' + f))?.[1];
  return kind ? { kind, partial: m[2] } : null;
}
