// Core diagnostics → LSP diagnostics (code, codeDescription, source, severity, related information).
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { formatMessage, type Diagnostic } from '../core/analyze.js';
import type { Severity } from '../core/rule.js';
import type { ConfigProblem } from '../node/config.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Lang = 'vi' | 'en';
export const SOURCE = 'vanthu';
/** The README shipped beside the server (the extension's, or the npm package's): its rule table has an anchor per
 * rule. */
export const DOCS_URL = bundledReadme();

export const ruleDocUrl = (id: string) => `${DOCS_URL}#${id.toLowerCase()}`;

function bundledReadme(): string {
  // server/dist/server.js, server/dist/cli.js and server/src/lsp/*.ts all sit below the package root
  let dir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'README.md')) && existsSync(join(dir, 'package.json')))
      return pathToFileURL(join(dir, 'README.md')).href;
  }
  return pathToFileURL(join(dir, 'README.md')).href;
}

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
    out.relatedInformation = d.related.map((r) => ({
      location: { uri: r.file ? pathToFileURL(r.file).href : uri, range: { start: r.start, end: r.end } },
      message: r.message[lang],
    }));
  }
  return out;
}

export function toLspDiagnostics(ds: Diagnostic[], uri: string, lang: Lang): LspDiagnostic[] {
  return ds.map((d) => toLspDiagnostic(d, uri, lang));
}

/** Problems of a .vanthurc file as diagnostics in that file (1-based line/column → LSP). */
export function configDiagnostics(
  problems: ConfigProblem[],
  lineText: (line: number) => string,
  lang: Lang = 'vi',
): LspDiagnostic[] {
  return problems.map((p) => {
    const line = Math.max(0, p.line - 1);
    const character = Math.max(0, p.column - 1);
    const end = Math.max(character + 1, lineText(line).length);
    return {
      range: { start: { line, character }, end: { line, character: end } },
      severity: p.drops === 'none' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'config',
      message: `${p.path ? `"${p.path}": ` : ''}${lang === 'en' ? p.en : p.message}${
        p.drops === 'value'
          ? lang === 'en'
            ? ' (this value is ignored)'
            : ' (giá trị này bị bỏ qua)'
          : p.drops === 'file'
            ? lang === 'en'
              ? ' (the file is ignored)'
              : ' (cả tệp bị bỏ qua)'
            : ''
      }`,
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
    this.timers.set(
      uri,
      setTimeout(
        () => {
          this.timers.delete(uri);
          run();
        },
        Math.max(0, this.delay),
      ),
    );
  }
  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }
}
