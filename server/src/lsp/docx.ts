// Word files in the editor: a .docx the user opens (or check-workspace finds) gets read-only diagnostics at its
// paragraphs — Problems shows "đoạn 12" as line 12 — and "Mở dưới dạng Markdown" asks for its Markdown.
import type { Connection, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { glob } from 'tinyglobby';
import { analyze } from '../core/analyze.js';
import type { AnalyzeOptions } from '../core/rule.js';
import { readDocxFile } from '../docx/files.js';
import { originOf } from '../docx/index.js';
import { toLspDiagnostics, SOURCE, type Lang } from './diagnostics.js';
import { DEFAULT_EXCLUDE, uriToPath } from './config.js';

export const DOCX_OPEN = 'vanthu/docx/open';
export const DOCX_CLOSE = 'vanthu/docx/close';
export const DOCX_IMPORT = 'vanthu/docx/import';

export const isDocxUri = (uri: string) => /\.docx$/i.test(uri.split(/[?#]/)[0]);

export async function docxFiles(root: string, max: number): Promise<string[]> {
  const found = await glob(['**/*.docx'], { cwd: root, ignore: [...DEFAULT_EXCLUDE, '**/~$*'], absolute: true });
  return found.sort().slice(0, max);
}

/** The findings of a Word file, each on the line numbered as its paragraph, the message led by the place. */
export function docxDiagnostics(path: string, options: AnalyzeOptions, lang: Lang): { diagnostics: LspDiagnostic[]; letter: boolean } {
  const r = readDocxFile(path);
  if (!r.ok) {
    const message = lang === 'en' ? `Cannot read this Word file: ${r.message}` : `Không đọc được tệp Word: ${r.message}`;
    return { diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: 'docx', message }], letter: false };
  }
  const a = analyze(r.text, options);
  const lsp = toLspDiagnostics(a.diagnostics, '', lang);
  const diagnostics = a.diagnostics.map((d, k) => {
    const o = originOf(r.imported.spans, d.span.start);
    const place = o ? `${lang === 'en' ? 'paragraph' : 'đoạn'} ${o.paragraph}${o.cell ? (lang === 'en' ? ` (table ${o.cell.table}, cell ${o.cell.cell})` : ` (bảng ${o.cell.table}, ô ${o.cell.cell})`) : ''}` : '';
    const line = o ? o.paragraph - 1 : 0;
    const { relatedInformation: _r, ...rest } = lsp[k];
    return {
      ...rest,
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      message: o ? `${place}: ${rest.message} — «${o.excerpt}»` : rest.message,
      data: { alias: d.alias, fixable: false },
    };
  });
  return { diagnostics, letter: a.letter.isLetter };
}

export interface DocxHost {
  options(uri: string): Promise<{ options: AnalyzeOptions; included: boolean }>;
  lang(): Lang;
}

/** Wires the .docx notifications and the import request onto the connection. */
export function registerDocx(connection: Connection, host: DocxHost): void {
  const publish = async (uri: string) => {
    const path = uriToPath(uri);
    if (!path || !isDocxUri(uri)) return;
    const r = await host.options(uri);
    const diagnostics = r.included ? docxDiagnostics(path, r.options, host.lang()).diagnostics : [];
    void connection.sendDiagnostics({ uri, diagnostics });
  };
  connection.onNotification(DOCX_OPEN, (p: { uri: string }) => void publish(p.uri));
  connection.onNotification(DOCX_CLOSE, (p: { uri: string }) => void connection.sendDiagnostics({ uri: p.uri, diagnostics: [] }));
  connection.onRequest(DOCX_IMPORT, (p: { uri: string }): { markdown?: string; notes?: string[]; error?: string } => {
    const path = uriToPath(p.uri);
    if (!path) return { error: 'không phải tệp trên đĩa' };
    const r = readDocxFile(path);
    return r.ok ? { markdown: r.text, notes: r.imported.notes } : { error: r.message };
  });
}
