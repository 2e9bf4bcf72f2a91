// Offset edits of the core → LSP TextEdits, and a minimal diff of two texts into a few TextEdits.
import type { TextEdit } from 'vscode-languageserver';
import type { Edit } from '../core/rule.js';
import type { SourceText } from '../core/source.js';

export function toTextEdits(src: SourceText, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({
    range: { start: src.positionAt(e.offset), end: src.positionAt(e.offset + e.length) },
    newText: e.newText,
  }));
}

/** Lines with their terminators, so joining them gives the text back. */
function splitKeep(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/**
 * Offset edits that turn `a` into `b`: a line diff (resynchronising within a window) whose changed hunks are trimmed
 * to their differing characters. Fixes are local, so this yields one small edit per fix.
 */
export function diffEdits(a: string, b: string): Edit[] {
  if (a === b) return [];
  const A = splitKeep(a);
  const B = splitKeep(b);
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  let offA = 0;
  const WINDOW = 200;
  const push = (i0: number, i1: number, j0: number, j1: number, at: number) => {
    const oldText = A.slice(i0, i1).join('');
    const newText = B.slice(j0, j1).join('');
    let p = 0;
    while (p < oldText.length && p < newText.length && oldText[p] === newText[p]) p++;
    let s = 0;
    while (
      s < oldText.length - p &&
      s < newText.length - p &&
      oldText[oldText.length - 1 - s] === newText[newText.length - 1 - s]
    )
      s++;
    edits.push({ offset: at + p, length: oldText.length - p - s, newText: newText.slice(p, newText.length - s) });
  };
  while (i < A.length || j < B.length) {
    if (i < A.length && j < B.length && A[i] === B[j]) {
      offA += A[i].length;
      i++;
      j++;
      continue;
    }
    // find the nearest resync point (x, y): A[i+x] === B[j+y], minimising x + y
    let best: [number, number] | null = null;
    for (let d = 1; d <= WINDOW * 2 && !best; d++) {
      for (let x = 0; x <= d; x++) {
        const y = d - x;
        if (x > WINDOW || y > WINDOW) continue;
        if (i + x < A.length && j + y < B.length && A[i + x] === B[j + y] && A[i + x].length > 0) {
          best = [x, y];
          break;
        }
      }
    }
    const [x, y] = best ?? [A.length - i, B.length - j];
    const at = offA;
    for (let k = 0; k < x; k++) offA += A[i + k].length;
    push(i, i + x, j, j + y, at);
    i += x;
    j += y;
  }
  return edits;
}
