// Core diagnostics → LSP diagnostics (code, codeDescription, source, severity, related information).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { formatMessage, type Diagnostic } from '../core/analyze.js';
import type { Severity } from '../core/rule.js';
import type { ConfigProblem } from '../node/config.js';
import { pathToFileURL } from 'node:url';

export type Lang = 'vi' | 'en';
export const SOURCE = 'vanthu';
export const DOCS_URL = 'https://github.com/vanthu/vanthu/blob/main/README.md';

export const ruleDocUrl = (id: string) => `${DOCS_URL}#${id.toLowerCase()}`;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(d: Diagnostic, uri: string, lang: Lang): LspDiagnostic {
  const out: LspDiagnostic = {
    range: { start: d.start, end: d.end },
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: ruleDocUrl(d.rule) },
    source: SOURCE,
    message: formatMessage(d, lang),
    data: { alias: d.alias, fixable: !!d.fix },
  };
  if (d.related?.length) {
    out.relatedInformation = d.related.map(r => ({
      location: { uri: r.file ? pathToFileURL(r.file).href : uri, range: { start: r.start, end: r.end } },
      message: r.message[lang],
    }));
  }
  return out;
}

export function toLspDiagnostics(ds: Diagnostic[], uri: string, lang: Lang): LspDiagnostic[] {
  return ds.map(d => toLspDiagnostic(d, uri, lang));
}

/** Problems of a .vanthurc file as diagnostics in that file (1-based line/column → LSP). */
export function configDiagnostics(problems: ConfigProblem[], lineText: (line: number) => string): LspDiagnostic[] {
  return problems.map(p => {
    const line = Math.max(0, p.line - 1);
    const character = Math.max(0, p.column - 1);
    const end = Math.max(character + 1, lineText(line).length);
    return {
      range: { start: { line, character }, end: { line, character: end } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'config',
      message: `${p.path ? `"${p.path}": ` : ''}${p.message}`,
    };
  });
}

/** Cancels work superseded by a newer edit: one pending timer per document. */
export class Debouncer {
  private timers = new Map<string, NodeJS.Timeout>();
  constructor(private delay: number) {}
  schedule(uri: string, run: () => void): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    // delay 0 still yields once, so a burst of queued didChange notifications collapses into one run
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); run(); }, Math.max(0, this.delay)));
  }
  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}
