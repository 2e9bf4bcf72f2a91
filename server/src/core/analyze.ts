// analyze(text, options) → { letter, diagnostics }: pure, deterministic, no I/O.
import { BlockCache, parseBlocks } from './blocks.js';
import { recognise } from './recognise.js';
import type { Letter } from './model.js';
import type { AnalyzeOptions, Fix, Mode, Related, Rule, Severity, Text } from './rule.js';
import { SourceText, type Position, type Span } from './source.js';
import { disabledAt, parseDirectives } from './directives.js';
import { RULES } from '../rules/index.js';
import { applyEdits, nonOverlapping } from './fixes.js';
import { clearMemos as clearRuleMemos, keepScans } from './rule.js';
import { clearCitationMemo } from './citations.js';

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
  diagnostics: Diagnostic[];
  source: SourceText;
  mode: Mode;
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

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** `cache`: pass the same BlockCache for successive versions of one document to re-parse only edited chunks. */
export function analyze(text: string, options: AnalyzeOptions = {}, cache?: BlockCache): Analysis {
  const was = keepScans(!!cache);
  try {
    return analyzeWith(text, options, cache);
  } finally {
    keepScans(was);
  }
}

function analyzeWith(text: string, options: AnalyzeOptions, cache?: BlockCache): Analysis {
  const source = new SourceText(text);
  const letter = recognise(source, parseBlocks(source, cache), { titles: options.profile?.titles });
  const mode: Mode = options.mode ?? 'draft';
  const diagnostics: Diagnostic[] = [];
  if (!letter.isLetter) return { letter, diagnostics, source, mode };
  const overrides = new Map<Rule, 'off' | Severity>();
  for (const [name, v] of Object.entries(options.rules ?? {})) {
    const r = RULE_BY_NAME.get(name);
    if (r) overrides.set(r, v);
  }
  const directives = parseDirectives(text, source);
  const profile = options.profile ?? {};
  // a fix that breaks a line or adds a pipe inside a table row would break the table: report, don't fix
  const tableRows = new Set(letter.blocks.flatMap(b => b.lines.filter(l => l.cell).map(l => l.line)));
  const safeInTable = (fix: Fix | undefined) =>
    !fix || !tableRows.size || !fix.edits.some(e => /[\r\n|]/.test(e.newText) && tableRows.has(source.positionAt(e.offset).line));
  const today = options.today ?? todayIso();
  for (const rule of RULES) {
    const setting = overrides.get(rule);
    if (setting === 'off') continue;
    if (!(rule.families ?? ['state']).includes(letter.family)) continue;
    rule.check({
      letter,
      mode,
      profile,
      today,
      report(f) {
        const start = source.positionAt(f.span.start);
        const end = source.positionAt(f.span.end);
        if (disabledAt(directives, rule, start.line, end.line)) return;
        diagnostics.push({
          rule: rule.id,
          alias: rule.alias,
          severity: setting ?? f.severity ?? rule.severity,
          message: f.message,
          provision: rule.provision,
          span: f.span,
          start,
          end,
          fix: safeInTable(f.fix) ? f.fix : undefined,
          related: f.related?.map(r => ({ ...r, start: source.positionAt(r.span.start), end: source.positionAt(r.span.end) })),
        });
      },
    });
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  return { letter, diagnostics, source, mode };
}

/** The user-facing message: what is wrong, then the rule's provision. */
export function formatMessage(d: Diagnostic, lang: 'vi' | 'en' = 'vi'): string {
  return `${d.message[lang]} (${d.provision})`;
}

/** Apply every non-overlapping fix, re-analyse, repeat until nothing changes (fix-all converges). */
export function fixAll(text: string, options: AnalyzeOptions = {}, rules?: Set<string>): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const { diagnostics } = analyze(current, options);
    const groups = diagnostics.filter(d => d.fix && (!rules || rules.has(d.rule))).map(d => d.fix!.edits);
    const edits = nonOverlapping(groups);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied += groups.length;
    current = next;
  }
  return { text: current, applied };
}
