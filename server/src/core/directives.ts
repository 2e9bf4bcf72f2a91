// Disable comments: <!-- vanthu-disable RULE… -->, vanthu-enable, -line, -next-line, -file.
import type { Rule } from './rule.js';
import type { SourceText } from './source.js';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  rules: string[]; // ids or aliases; empty = all
  line: number;
}

const RE = /<!--\s*vanthu-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->/g;

export function parseDirectives(text: string, src: SourceText): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('vanthu-')) return out;
  let m: RegExpExecArray | null;
  while ((m = RE.exec(text))) {
    out.push({
      kind: m[1] as Directive['kind'],
      rules: m[2].split(/[\s,]+/).filter(Boolean),
      line: src.positionAt(m.index).line,
    });
  }
  return out;
}

const names = (d: Directive, r: Rule) => d.rules.length === 0 || d.rules.includes(r.id) || d.rules.includes(r.alias);

export function disabledAt(ds: readonly Directive[], rule: Rule, line: number, endLine = line): boolean {
  if (!ds.length) return false;
  let off = false;
  for (const d of ds) {
    if (!names(d, rule)) continue;
    if (d.kind === 'disable-file') return true;
    if (d.kind === 'disable-line' && d.line >= line && d.line <= endLine) return true;
    if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
    if (d.line <= line && d.kind === 'disable') off = true;
    if (d.line <= line && d.kind === 'enable') off = false;
  }
  return off;
}
