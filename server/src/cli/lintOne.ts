// One letter's share of `vanthu lint` that needs no other letter: the fix, the letter's own findings and its summary
// for the workspace index. Pure data in and out, so a worker thread (`pool.ts`) and the serial run compute it alike.
import { analyze, fixAll, type Diagnostic } from '../core/analyze.js';
import type { AnalyzeOptions, Mode } from '../core/rule.js';
import { summariseText } from '../xref/index.js';
import type { LetterSummary } from '../xref/model.js';

export interface LetterTask {
  abs: string;
  text: string;
  options: AnalyzeOptions;
  fix: boolean;
}

export interface LetterResult {
  /** The text after `--fix` (the input's text when nothing was fixed or `fix` was not asked). */
  text: string;
  mode: Mode;
  type: string;
  diagnostics: Diagnostic[];
  summary: LetterSummary;
}

export function lintOne(t: LetterTask): LetterResult {
  const text = t.fix ? fixAll(t.text, t.options).text : t.text;
  const a = analyze(text, t.options);
  return {
    text,
    mode: a.mode,
    type: a.letter.isLetter ? a.letter.type : 'not-a-letter',
    diagnostics: a.diagnostics,
    summary: summariseText(text, t.abs),
  };
}
