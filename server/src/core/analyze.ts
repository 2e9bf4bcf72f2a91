// analyze(text, options) → { letter, diagnostics }: pure, deterministic, no I/O.
import { BlockCache, parseBlocks, parseBlocksSteps } from './blocks.js';
import { prepareParagraphs, recognise } from './recognise.js';
import type { Family, Letter } from './model.js';
import type {
  AnalyzeOptions,
  Finding,
  Fix,
  LetterRule,
  Mode,
  Related,
  Rule,
  Severity,
  Text,
  WorkspaceRule,
  WorkspaceView,
} from './rule.js';
import { SourceText, type Position, type Span } from './source.js';
import { disabledAt, parseDirectives, type Directive } from './directives.js';
import { RULES } from '../rules/index.js';
import { applyEdits, consistentFixes } from './fixes.js';
import { clearMemos as clearRuleMemos, keepScans } from './rule.js';
import { citationsInSteps, clearCitationMemo } from './citations.js';
import { checkLimits, type Breach } from './limits.js';
import { joinsLines } from './guards.js';
import { partyCap } from './party.js';

export interface Diagnostic {
  rule: string;
  alias: string;
  severity: Severity;
  message: Text;
  provision: string;
  span: Span;
  start: Position;
  end: Position;
  fix?: Fix;
  related?: (Related & { start: Position; end: Position })[];
}

export interface Analysis {
  letter: Letter;
  /** The findings of the rules that read the letter alone (a workspace's rules: `crossFindings`). */
  diagnostics: Diagnostic[];
  source: SourceText;
  mode: Mode;
  directives: readonly Directive[];
}

export { BlockCache };

/** Forget what earlier analyses memoised (for cold-start benchmarks). */
export function clearMemos(): void {
  clearRuleMemos();
  clearCitationMemo();
}

export const RULE_BY_NAME = new Map<string, Rule>();
for (const r of RULES) {
  RULE_BY_NAME.set(r.id, r);
  RULE_BY_NAME.set(r.alias, r);
}

const LETTER_RULES = RULES.filter((r): r is LetterRule => r.scope !== 'workspace');
/** The rules that speak for a text the engine would not parse (they find nothing in a parsed one). */
const LIMIT_RULES = LETTER_RULES.filter((r) => r.id === 'SYS-01' || r.id === 'SYS-02');
const INTERNAL_ERROR = LETTER_RULES.find((r) => r.id === 'SYS-03')!;
const WORKSPACE_RULES = RULES.filter((r): r is WorkspaceRule => r.scope === 'workspace');

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `cache`: pass the same BlockCache for successive versions of one document to re-parse only edited chunks. */
export function analyze(text: string, options: AnalyzeOptions = {}, cache?: BlockCache): Analysis {
  const steps = analyzeInSteps(text, options, cache);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** An analysis taken a step at a time: `next()` does one bounded piece of work (a remark run, the recognition, one
 * rule) and returns `done` with the analysis after the last. Abandoning it midway changes nothing but the cache's
 * reuse. `analyze` is this, run to the end. */
export interface AnalysisSteps {
  next(): IteratorResult<void, Analysis>;
}

export function analyzeInSteps(text: string, options: AnalyzeOptions = {}, cache?: BlockCache): AnalysisSteps {
  const steps = stepsOf(text, options, cache);
  return {
    next: () => {
      // per-paragraph scans are kept while an edited document (one with a cache) is analysed
      const was = keepScans(!!cache);
      try {
        return steps.next();
      } finally {
        keepScans(was);
      }
    },
  };
}

function* stepsOf(text: string, options: AnalyzeOptions, cache?: BlockCache): Generator<void, Analysis, void> {
  const source = new SourceText(text);
  const breach = checkLimits(text, options.limits);
  if (breach) return refused(source, breach, options);
  if (cache && text.length > 100_000) yield; // reading a long text through and splitting it into lines is a step
  const blocks = cache ? yield* parseBlocksSteps(source, cache) : parseBlocks(source, undefined, options.limits);
  yield;
  if (cache) yield* prepareParagraphs(blocks);
  const letter = recognise(source, blocks, { titles: options.profile?.titles, citations: false });
  if (letter.isLetter) {
    yield;
    letter.citations = yield* citationsInSteps(letter);
  }
  const mode: Mode = options.mode ?? 'draft';
  const directives = letter.isLetter ? parseDirectives(text, source) : [];
  const analysis: Analysis = { letter, diagnostics: [], source, mode, directives };
  if (letter.isLetter) {
    yield;
    analysis.diagnostics = yield* letterRules(analysis, options);
  }
  return analysis;
}

/** A text above the bounds (core/limits.ts): not parsed, not a letter; its one finding says which bound (SYS-01/02). */
function refused(source: SourceText, breach: Breach, options: AnalyzeOptions): Analysis {
  const letter: Letter = { ...recognise(source, []), breach };
  const a: Analysis = { letter, diagnostics: [], source, mode: options.mode ?? 'draft', directives: [] };
  const ctx = { letter, mode: a.mode, profile: options.profile ?? {}, today: options.today ?? todayIso() };
  a.diagnostics = drain(
    runRules(LIMIT_RULES, letter.family, a, options, (rule, report) => rule.check({ ...ctx, report })),
  );
  return a;
}

/** An analysis that cannot fail: an internal error becomes one finding (SYS-03) naming it; `failure` is the error. */
export function analyzeSafely(
  text: string,
  options: AnalyzeOptions = {},
  cache?: BlockCache,
): Analysis & { failure?: Error } {
  try {
    return analyze(text, options, cache);
  } catch (e) {
    const failure = e instanceof Error ? e : new Error(String(e));
    const source = new SourceText(text);
    const a: Analysis = {
      letter: recognise(source, []),
      diagnostics: [],
      source,
      mode: options.mode ?? 'draft',
      directives: [],
    };
    const reason = failure.message || failure.name;
    a.diagnostics = drain(
      runRules([INTERNAL_ERROR], a.letter.family, a, options, (_rule, report) =>
        report({
          span: { start: 0, end: source.lineEnds[0] },
          message: {
            vi: `Văn Thư gặp lỗi nội bộ khi kiểm tra văn bản này (${reason}): không có kết quả kiểm tra. Văn bản không bị thay đổi.`,
            en: `Văn Thư hit an internal error while checking this document (${reason}): no results. The text was not changed.`,
          },
        }),
      ),
    );
    return { ...a, failure };
  }
}

/** What the cross-document rules need of an analysed letter besides its summary in the index: positions and disable
 * comments (an `Analysis` is one; for a closed file of a workspace, its text is enough: `crossSubject`). */
export interface CrossSubject {
  source: SourceText;
  directives: readonly Directive[];
}

export function crossSubject(text: string): CrossSubject {
  const source = new SourceText(text);
  return { source, directives: parseDirectives(text, source) };
}

/**
 * The findings of the cross-document rules (XR-…) for a letter of the workspace, asked of the index: the same
 * severities, `off` and disable comments as the letter's own rules. `sourceOf` gives the text of another file of the
 * workspace, for the positions of related information there (absent: its line only).
 */
export function crossFindings(
  a: CrossSubject,
  options: AnalyzeOptions,
  view: WorkspaceView,
  sourceOf?: SourceOf,
): Diagnostic[] {
  if (!view.summary.isLetter) return [];
  const today = options.today ?? todayIso();
  const ctx = { workspace: view, mode: options.mode ?? 'draft', profile: options.profile ?? {}, today };
  return drain(
    runRules(
      WORKSPACE_RULES,
      view.summary.family,
      a,
      options,
      (rule, report) => rule.check({ ...ctx, report }),
      undefined,
      sourceOf,
    ),
  );
}

function drain<T>(g: Generator<void, T, void>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}

export type SourceOf = (file: string) => SourceText | null | undefined;

/** Every finding of one letter in a workspace: its own rules', then the cross-document rules', in one order. */
export function findingsInWorkspace(
  a: Analysis,
  options: AnalyzeOptions,
  view: WorkspaceView | null,
  sourceOf?: SourceOf,
): Diagnostic[] {
  return inWorkspaceOrder(a.diagnostics, view ? crossFindings(a, options, view, sourceOf) : []);
}

/** A letter's own findings and its cross-document ones in one order (by position, then rule). */
export function inWorkspaceOrder(own: Diagnostic[], cross: Diagnostic[]): Diagnostic[] {
  return cross.length ? [...own, ...cross].sort(byPosition) : own;
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.span.start - b.span.start || a.rule.localeCompare(b.rule);

function letterRules(a: Analysis, options: AnalyzeOptions): Generator<void, Diagnostic[], void> {
  const { letter, source } = a;
  const ctx = {
    letter,
    mode: a.mode,
    profile: options.profile ?? {},
    today: options.today ?? todayIso(),
    party: options.party ?? {},
  };
  // a fix that breaks a line or adds a pipe inside a table row would break the table: report, don't fix
  const tableRows = new Set(letter.blocks.flatMap((b) => b.lines.filter((l) => l.cell).map((l) => l.line)));
  // a fix that joins two lines (its edit takes out a line break and puts none back) rewrites what it did not read
  const safeInTable = (fix: Fix | undefined) =>
    !fix ||
    ((fix.joins || !fix.edits.some((e) => joinsLines(source, e))) &&
      (!tableRows.size ||
        !fix.edits.some((e) => /[\r\n|]/.test(e.newText) && tableRows.has(source.positionAt(e.offset).line))));
  return runRules(
    LETTER_RULES,
    letter.family,
    a,
    options,
    (rule, report) => rule.check({ ...ctx, report }),
    safeInTable,
    undefined,
    letter,
  );
}

/** Above this many characters a letter's rules warm their per-paragraph memos (`LetterRule.prepare`) in slices of
 * about `PREPARE_SLICE` characters of paragraphs, one step each, before they check the whole letter. */
const PREPARE_ABOVE = 50_000;
const PREPARE_SLICE = 25_000;

function* prepareRule(rule: Rule, letter: Letter | undefined): Generator<void, void, void> {
  const prepare = rule.scope !== 'workspace' ? rule.prepare : undefined;
  if (!prepare || !letter || letter.src.text.length <= PREPARE_ABOVE) return;
  let chars = 0;
  for (const p of [...letter.canCu, ...letter.body, ...letter.annex]) {
    prepare(p.joined, letter);
    if ((chars += p.joined.text.length) >= PREPARE_SLICE) {
      chars = 0;
      yield;
    }
  }
  yield;
}

/** The rules' findings, one rule per step. */
function* runRules<R extends Rule>(
  rules: readonly R[],
  family: Family,
  a: CrossSubject,
  options: AnalyzeOptions,
  check: (rule: R, report: (f: Finding) => void) => void,
  safeFix: (fix: Fix | undefined) => boolean = () => true,
  sourceOf?: SourceOf,
  letter?: Letter,
): Generator<void, Diagnostic[], void> {
  const { source, directives } = a;
  const diagnostics: Diagnostic[] = [];
  const overrides = new Map<Rule, 'off' | Severity>();
  for (const [name, v] of Object.entries(options.rules ?? {})) {
    const r = RULE_BY_NAME.get(name);
    if (r) overrides.set(r, v);
  }
  const relatedAt = (r: Related) => {
    const src = r.file ? sourceOf?.(r.file) : source;
    if (r.span && src) return { ...r, start: src.positionAt(r.span.start), end: src.positionAt(r.span.end) };
    const at = { line: r.line ?? 0, character: 0 };
    return { ...r, start: at, end: at };
  };
  let first = true;
  for (const rule of rules) {
    const setting = overrides.get(rule);
    if (setting === 'off') continue;
    if (!(rule.families ?? ['state']).includes(family)) continue;
    if (!first) yield;
    first = false;
    yield* prepareRule(rule, letter);
    check(rule, (f) => {
      const start = source.positionAt(f.span.start);
      const end = source.positionAt(f.span.end);
      if (disabledAt(directives, rule, start.line, end.line)) return;
      diagnostics.push({
        rule: rule.id,
        alias: rule.alias,
        // the Party profile's cap (catalogue §8.5): no finding of a Party document is an error, whatever the setting
        severity:
          family === 'party'
            ? partyCap(setting ?? f.severity ?? rule.severity)
            : (setting ?? f.severity ?? rule.severity),
        message: f.message,
        provision: rule.provision,
        span: f.span,
        start,
        end,
        fix: safeFix(f.fix) ? f.fix : undefined,
        related: f.related?.map(relatedAt),
      });
    });
  }
  return diagnostics.sort(byPosition);
}

/** The user-facing message: what is wrong, then the rule's provision. */
export function formatMessage(d: Diagnostic, lang: 'vi' | 'en' = 'vi'): string {
  return `${d.message[lang]} (${d.provision})`;
}

/** What fix-all did: the final text, how many fixes it applied, and the findings whose fixes each pass applied. */
export interface FixAllResult {
  text: string;
  applied: number;
  /** Per pass, the findings (on that pass's text) whose fixes were applied. */
  passes: Diagnostic[][];
  /** The analyses of the given text and of the final one (absent if fix-all stopped before converging). */
  first: Analysis;
  last?: Analysis;
}

/**
 * Apply one consistent set of fixes (no two touching the same line: `consistentFixes`), re-analyse, repeat until
 * nothing changes (fix-all converges). A fix left out of a pass is asked again of the text the kept ones produced.
 */
export function fixAll(text: string, options: AnalyzeOptions = {}, rules?: Set<string>): FixAllResult {
  let current = text;
  let applied = 0;
  const passes: Diagnostic[][] = [];
  let first: Analysis | undefined;
  let last: Analysis | undefined;
  for (let pass = 0; pass < 40; pass++) {
    const a = analyze(current, options);
    first ??= a;
    const wanted = a.diagnostics.filter((d) => d.fix && (!rules || rules.has(d.rule)));
    const kept = consistentFixes(a.source, wanted);
    last = a; // the analysis of `current`: the final text if this pass changes nothing
    if (!kept.length) break;
    const next = applyEdits(
      current,
      kept.flatMap((d) => d.fix!.edits),
    );
    if (next === current) break;
    last = undefined;
    applied += kept.length;
    passes.push(kept);
    current = next;
  }
  return { text: current, applied, passes, first: first!, last };
}
