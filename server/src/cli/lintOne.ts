// One letter's share of `vanthu lint` that needs no other letter: the fix, the letter's own findings and its summary
// for the workspace index. Pure data in and out, so a worker thread (`pool.ts`) and the serial run compute it alike.
import { analyzeSafely, fixAll, type Diagnostic } from '../core/analyze.js';
import type { AnalyzeOptions, Mode } from '../core/rule.js';
import { summariseText } from '../xref/index.js';
import type { LetterSummary } from '../xref/model.js';

export interface LetterTask {
  abs: string;
  text: string;
  options: AnalyzeOptions;
  fix: boolean;
}

/** An internal error of the analysis (plain data: it crosses from a worker thread). */
export interface Failure {
  message: string;
  stack?: string;
}

export interface LetterResult {
  /** The text after `--fix` (the input's text when nothing was fixed or `fix` was not asked). */
  text: string;
  mode: Mode;
  type: string;
  diagnostics: Diagnostic[];
  summary: LetterSummary;
  /** The analysis failed: `diagnostics` is its one SYS-03 finding, the text is left as it was. */
  failure?: Failure;
}

const failureOf = (e: unknown): Failure =>
  e instanceof Error ? { message: e.message || e.name, stack: e.stack } : { message: String(e) };

export function lintOne(t: LetterTask): LetterResult {
  let text = t.text;
  let failure: Failure | undefined;
  if (t.fix) {
    try {
      text = fixAll(t.text, t.options).text;
    } catch (e) {
      failure = failureOf(e); // no fix written: the analysis below fails alike, or reports the text as it is
    }
  }
  const a = analyzeSafely(text, t.options);
  if (a.failure) failure ??= failureOf(a.failure);
  let summary: LetterSummary;
  try {
    summary = summariseText(text, t.abs);
  } catch (e) {
    failure ??= failureOf(e);
    summary = summariseText('', t.abs);
  }
  return {
    text,
    mode: a.mode,
    type: a.letter.isLetter ? a.letter.type : 'not-a-letter',
    diagnostics: a.diagnostics,
    summary,
    ...(failure ? { failure } : {}),
  };
}
