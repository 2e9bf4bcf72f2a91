// Word files in the editor: a .docx the user opens (or check-workspace finds) gets read-only diagnostics at its
// paragraphs — Problems shows "đoạn 12" as line 12 — and "Mở dưới dạng Markdown" asks for its Markdown.
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { glob } from 'tinyglobby';
import { analyze } from '../core/analyze.js';
import type { AnalyzeOptions } from '../core/rule.js';
import { readDocxFile } from '../docx/files.js';
import { originOf } from '../docx/index.js';
import { toLspDiagnostics, SOURCE, type Lang } from './diagnostics.js';
import { DEFAULT_EXCLUDE, uriToPath } from './config.js';
import { fileUri, MAX_FILES } from './workspace.js';
import type { Session } from './session.js';

export const DOCX_OPEN = 'vanthu/docx/open';
export const DOCX_CLOSE = 'vanthu/docx/close';
export const DOCX_IMPORT = 'vanthu/docx/import';

export const isDocxUri = (uri: string) => /\.docx$/i.test(uri.split(/[?#]/)[0]);

export async function docxFiles(root: string): Promise<string[]> {
  const found = await glob(['**/*.docx'], { cwd: root, ignore: [...DEFAULT_EXCLUDE, '**/~$*'], absolute: true });
  return found.sort();
}

/** The findings of a Word file, each on the line numbered as its paragraph, the message led by the place. */
export function docxDiagnostics(
  path: string,
  options: AnalyzeOptions,
  lang: Lang,
): { diagnostics: LspDiagnostic[]; letter: boolean } {
  const r = readDocxFile(path);
  if (!r.ok) {
    const message =
      lang === 'en' ? `Cannot read this Word file: ${r.message}` : `Không đọc được tệp Word: ${r.message}`;
    return {
      diagnostics: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: 'docx',
          message,
        },
      ],
      letter: false,
    };
  }
  const a = analyze(r.text, options);
  const lsp = toLspDiagnostics(a.diagnostics, '', lang);
  const diagnostics = a.diagnostics.map((d, k) => {
    const o = originOf(r.imported.spans, d.span.start);
    const place = o
      ? `${lang === 'en' ? 'paragraph' : 'đoạn'} ${o.paragraph}${o.cell ? (lang === 'en' ? ` (table ${o.cell.table}, cell ${o.cell.cell})` : ` (bảng ${o.cell.table}, ô ${o.cell.cell})`) : ''}`
      : '';
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

/** Wires the .docx notifications and the import request. A Word file takes its folder's rules and profile; the
 * include/exclude globs are for Markdown (as in `vanthu lint FOLDER`). */
export function registerDocx(s: Session): void {
  const publish = async (uri: string) => {
    const path = uriToPath(uri);
    if (!path || !isDocxUri(uri)) return;
    const r = await s.resolve(uri);
    void s.connection.sendDiagnostics({ uri, diagnostics: docxDiagnostics(path, r.options, s.lang).diagnostics });
  };
  s.connection.onNotification(DOCX_OPEN, (p: { uri: string }) => void publish(p.uri));
  s.connection.onNotification(
    DOCX_CLOSE,
    (p: { uri: string }) => void s.connection.sendDiagnostics({ uri: p.uri, diagnostics: [] }),
  );
  s.connection.onRequest(DOCX_IMPORT, (p: { uri: string }): { markdown?: string; notes?: string[]; error?: string } => {
    const path = uriToPath(p.uri);
    if (!path) return { error: 'không phải tệp trên đĩa' };
    const r = readDocxFile(path);
    return r.ok ? { markdown: r.text, notes: r.imported.notes } : { error: r.message };
  });
}

/** check-workspace's part for Word files: each .docx of the folders checked and published, at most the workspace cap
 * (MAX_FILES, lowered by tests); over it the user is told, as for the Markdown letters (Session.warnCapped). */
export async function checkDocx(
  s: Session,
  cancelled: () => boolean,
): Promise<{ files: number; letters: number; problems: number; capped?: { found: number; max: number } }> {
  const files: string[] = [];
  for (const root of s.workspace.folders) files.push(...(await docxFiles(root)));
  files.sort();
  const max = s.init.maxFiles ?? MAX_FILES;
  const capped = files.length > max ? { found: files.length, max } : undefined;
  if (capped) warnDocxCapped(s, capped.found, max);
  let letters = 0;
  let problems = 0;
  for (const path of files.slice(0, max)) {
    if (cancelled()) break;
    const uri = fileUri(path);
    const r = await s.resolve(uri);
    const w = docxDiagnostics(path, r.options, s.lang);
    if (w.letter) letters++;
    problems += w.diagnostics.length;
    void s.connection.sendDiagnostics({ uri, diagnostics: w.diagnostics });
  }
  return { files: files.length, letters, problems, ...(capped ? { capped } : {}) };
}

/** More Word files than the cap: a warning with the count and the limit (each check-workspace that meets it). */
function warnDocxCapped(s: Session, found: number, max: number): void {
  const n = (x: number) => x.toLocaleString(s.lang === 'en' ? 'en-US' : 'vi-VN');
  void s.connection.sendNotification(ShowMessageNotification.type, {
    type: MessageType.Warning,
    message:
      s.lang === 'en'
        ? `vanthu: the workspace holds ${n(found)} Word files (.docx), more than the limit of ${n(max)}: only the first ${n(max)} (in path order) are checked. Narrow it with vanthu.include / vanthu.exclude or "include"/"exclude" in .vanthurc.`
        : `vanthu: thư mục làm việc có ${n(found)} tệp Word (.docx), vượt giới hạn ${n(max)}: chỉ ${n(max)} tệp đầu (theo thứ tự đường dẫn) được kiểm tra. Hãy thu hẹp bằng vanthu.include / vanthu.exclude hoặc "include"/"exclude" trong .vanthurc.`,
  });
}
