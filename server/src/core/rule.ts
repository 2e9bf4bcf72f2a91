// The contract every rule file implements, and what the engine gives it.
import type { Letter } from './model.js';
import type { Limits } from './limits.js';
import type { Line, Span } from './source.js';
import type { Joined } from './source.js';
import type { XrefIndex } from '../xref/index.js';
import type { LetterSummary } from '../xref/model.js';

export type Severity = 'error' | 'warning' | 'info';
export type Mode = 'draft' | 'final';

export interface Text {
  vi: string;
  en: string;
}

/** One edit on the original text. A fix is a list of non-overlapping edits. */
export interface Edit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: Text;
  edits: Edit[];
  /** The fix joins lines on purpose, having read both (a word broken over two lines): the core lets it through. */
  joins?: boolean;
}

export interface Related {
  /** In `file`'s text (this letter's when `file` is absent); absent: the whole `line`. */
  span?: Span;
  /** Another file of the workspace (cross-document rules). */
  file?: string;
  line?: number;
  message: Text;
}

export interface Finding {
  span: Span;
  message: Text;
  severity?: Severity; // overrides the rule's default for this finding
  fix?: Fix;
  related?: Related[];
}

export interface AgencyProfile {
  issuerName?: string;
  issuerCode?: string;
  unitCodes?: string[];
  place?: string;
  /** The province the body sits in, when its header names none (a commune's UBND): keys the gazetteer lookups. */
  province?: string;
  signing?: 'thu-truong' | 'tap-the';
  abbreviations?: string[];
  titles?: string[];
  allowHonorifics?: boolean;
}

export interface AnalyzeOptions {
  mode?: Mode;
  /** rule id or alias → 'off' or a severity */
  rules?: Record<string, 'off' | Severity>;
  profile?: AgencyProfile;
  /** "today" for plausibility checks (DD-05); ISO date. Defaults to the system date. */
  today?: string;
  /** Lower (or raise) the bounds of `core/limits.ts` for this analysis (default: `LIMITS`). */
  limits?: Partial<Limits>;
  /** The Party profile by date (DOC-01, catalogue §8.5). */
  party?: PartyOptions;
}

export interface PartyOptions {
  /** The day Hướng dẫn 05-HD/VPTW replaced HD 36 (ISO; default 2026-05-27, unverified). */
  hd05From?: string;
}

/** The queries a cross-document rule may ask of the workspace index (no way to change it). */
export type IndexQueries = Pick<
  XrefIndex,
  'resolve' | 'conflictsFor' | 'summary' | 'references' | 'citingCount' | 'keyOf'
>;

/** What a cross-document rule sees of the workspace: the index (read-only) and this letter's entry in it. */
export interface WorkspaceView {
  readonly file: string;
  readonly summary: LetterSummary;
  readonly index: IndexQueries;
}

export interface RuleContext {
  letter: Letter;
  mode: Mode;
  profile: AgencyProfile;
  today: string;
  party?: PartyOptions;
  report(f: Finding): void;
}

/** A cross-document rule sees the letter as the workspace index holds it (its summary), and the index. */
export interface WorkspaceRuleContext {
  workspace: WorkspaceView;
  mode: Mode;
  profile: AgencyProfile;
  today: string;
  report(f: Finding): void;
}

export type Rule = LetterRule | WorkspaceRule;

interface RuleMeta {
  id: string; // catalogue id, e.g. "DD-02"
  alias: string; // readable name, e.g. "date-leading-zero"
  title: Text;
  provision: string; // e.g. "NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm b"
  severity: Severity;
  /** Longer explanation for hover, SARIF help and the README. */
  description: Text;
  /** Which families the rule applies to; default: state documents only. */
  families?: ('state' | 'party')[];
  fixable?: boolean;
}

/** A rule of one letter (the default scope). */
export interface LetterRule extends RuleMeta {
  scope?: 'letter';
  check(ctx: RuleContext): void;
  /**
   * Optional: warm the rule's per-text memos (`memoByText`, a pure function of the text) for one paragraph of the
   * letter, as `check` will ask them. Over a long letter the engine calls it on the paragraphs a slice at a time
   * before `check`, so no single step of an analysis reads the whole letter; it changes no finding.
   */
  prepare?(j: Joined, letter: Letter): void;
}

/** A rule across documents: run where there is a workspace index (`vanthu lint` of files or folders, the server). */
export interface WorkspaceRule extends RuleMeta {
  scope: 'workspace';
  check(ctx: WorkspaceRuleContext): void;
}

/** Helpers for rules: spans and edits from clean-line indices. */
export function spanOf(line: Line, a = 0, b = line.text.length): Span {
  if (!line.text.length) return { start: line.start, end: line.end };
  const aa = Math.max(0, Math.min(a, line.text.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, line.text.length));
  return { start: line.start + line.relStarts[aa], end: line.start + line.relEnds[bb - 1] };
}

export function spanOfJoined(j: Joined, a = 0, b = j.text.length): Span {
  if (!j.text.length) return { start: j.lines[0]?.start ?? 0, end: j.lines[0]?.end ?? 0 };
  const aa = Math.max(0, Math.min(a, j.text.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, j.text.length));
  return { start: j.base + j.relStarts[aa], end: j.base + j.relEnds[bb - 1] };
}

/** Replace the original text behind clean-line range [a, b) of `line`. */
export function replaceIn(line: Line, a: number, b: number, newText: string): Edit {
  const s = spanOf(line, a, b);
  return { offset: s.start, length: s.end - s.start, newText };
}

/** The one edit that turns the line's text into `to`, touching only the differing middle. */
export function minimalEdit(line: Line, to: string): Edit {
  const from = line.text;
  let a = 0;
  while (a < from.length && a < to.length && from[a] === to[a]) a++;
  let b = 0;
  while (b < from.length - a && b < to.length - a && from[from.length - 1 - b] === to[to.length - 1 - b]) b++;
  // a pure insertion is anchored on the character before it, so it lands inside the line's own text
  if (a === from.length - b && a > 0) return replaceIn(line, a - 1, a, from[a - 1] + to.slice(a, to.length - b));
  return replaceIn(line, a, from.length - b, to.slice(a, to.length - b));
}

export function insertAt(offset: number, newText: string): Edit {
  return { offset, length: 0, newText };
}

export const vi = (vi: string, en: string): Text => ({ vi, en });

const memos = new Map<string, Map<string, unknown>>();

/** Forget every memoised text (benchmarks measure cold analyses with it). */
export function clearMemos(): void {
  memos.clear();
  joinedMemos.clear();
}

/**
 * Memoise a pure function of one text (a line, a paragraph) across analyses, so re-checking a long letter after an
 * edit re-reads only the text that changed. `compute` must depend on `text` alone.
 */
export function memoByText<T>(namespace: string, text: string, compute: (text: string) => T): T {
  let memo = memos.get(namespace);
  if (!memo) memos.set(namespace, (memo = new Map()));
  const hit = memo.get(text);
  if (hit !== undefined || memo.has(text)) return hit as T;
  const value = compute(text);
  if (memo.size >= 20000) memo.clear();
  memo.set(text, value);
  return value;
}

const joinedMemos = new Map<string, WeakMap<Joined, unknown>>();

/** Set by `analyze` while it analyses a version of an edited document (a BlockCache is passed): only then do
 * paragraphs outlive one analysis, so only then are per-paragraph results worth keeping. */
let keeping = false;

export function keepScans(on: boolean): boolean {
  const was = keeping;
  keeping = on;
  return was;
}

export function keepingScans(): boolean {
  return keeping;
}

/** `memoByText` while an edited document is analysed; a plain call otherwise (a one-off analysis gains nothing). */
export function memoWhileEditing<T>(namespace: string, text: string, compute: (text: string) => T): T {
  return keeping ? memoByText(namespace, text, compute) : compute(text);
}

/**
 * Memoise a pure function of one paragraph's text and key (`j.text`, `j.key`; never its offsets) for as long as the
 * paragraph lives: a block a BlockCache reuses after an edit keeps its paragraphs, so a rule re-scans only the
 * paragraphs an edit touched. Results are clean-text indices into `j`; turn them into spans at report time.
 */
export function memoByJoined<T>(namespace: string, j: Joined, compute: (j: Joined) => T): T {
  if (!keeping) return compute(j);
  let memo = joinedMemos.get(namespace);
  if (!memo) joinedMemos.set(namespace, (memo = new WeakMap()));
  const key = j.origin ?? j; // a moved paragraph's copy answers for its origin: the results are offset-free
  const hit = memo.get(key);
  if (hit !== undefined || memo.has(key)) return hit as T;
  const value = compute(j);
  memo.set(key, value);
  return value;
}
