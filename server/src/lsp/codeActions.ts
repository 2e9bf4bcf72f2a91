// Quick fixes, "disable rule" actions and source.fixAll.vanthu — all from the core's fixes.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic as LspDiagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, RULE_BY_NAME, type Analysis, type Diagnostic } from '../core/analyze.js';
import type { AnalyzeOptions } from '../core/rule.js';
import { SOURCE, type Lang } from './diagnostics.js';
import { diffEdits, toTextEdits } from './textEdits.js';
import { uriToPath } from './config.js';
import type { Session } from './session.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vanthu`;
export const FIX_ALL_COMMAND = 'vanthu.fixAll';

const sameRange = (d: Diagnostic, l: LspDiagnostic) =>
  d.start.line === l.range.start.line &&
  d.start.character === l.range.start.character &&
  d.end.line === l.range.end.line &&
  d.end.character === l.range.end.character;

/** The whole-document fix-all as minimal edits (none when nothing is fixable). */
export function fixAllEdits(doc: TextDocument, analysis: Analysis, options: AnalyzeOptions): TextEdit[] {
  if (!analysis.diagnostics.some((d) => d.fix)) return [];
  const text = doc.getText();
  const fixed = fixAll(text, options).text;
  return toTextEdits(analysis.source, diffEdits(text, fixed));
}

export function codeActions(
  params: CodeActionParams,
  doc: TextDocument,
  analysis: Analysis,
  options: AnalyzeOptions,
  lang: Lang,
  edit: EditOf,
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  const uri = doc.uri;
  const eol = analysis.source.eol;
  if (wants(CodeActionKind.QuickFix)) {
    const seenDisable = new Set<string>();
    for (const l of params.context.diagnostics) {
      if (l.source !== SOURCE || typeof l.code !== 'string') continue;
      const d = analysis.diagnostics.find((d) => d.rule === l.code && sameRange(d, l));
      if (d?.fix) {
        out.push({
          title: d.fix.title[lang],
          kind: CodeActionKind.QuickFix,
          isPreferred: true,
          diagnostics: [l],
          edit: edit(uri, doc.version, toTextEdits(analysis.source, d.fix.edits)),
        });
      }
      const rule = RULE_BY_NAME.get(l.code);
      if (!rule) continue;
      const key = `${rule.id}:${l.range.start.line}`;
      if (seenDisable.has(key)) continue;
      seenDisable.add(key);
      const line = l.range.start.line;
      const indent = /^[ \t]*/.exec(analysis.source.lineText(line))?.[0] ?? '';
      out.push({
        title: lang === 'en' ? `Disable rule ${rule.id} for this line` : `Tắt quy tắc ${rule.id} cho dòng này`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [l],
        edit: edit(uri, doc.version, [
          {
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            newText: `${indent}<!-- vanthu-disable-next-line ${rule.id} -->${eol}`,
          },
        ]),
      });
      if (!seenDisable.has(`${rule.id}:file`)) {
        seenDisable.add(`${rule.id}:file`);
        out.push({
          title: lang === 'en' ? `Disable rule ${rule.id} for the whole file` : `Tắt quy tắc ${rule.id} cho cả tệp`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [l],
          edit: edit(uri, doc.version, [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: `<!-- vanthu-disable-file ${rule.id} -->${eol}`,
            },
          ]),
        });
      }
    }
  }
  // fix-all: asked for explicitly (on save: only = source.fixAll) or offered alongside when a fixable problem exists
  if ((only && wants(FIX_ALL_KIND)) || (!only && analysis.diagnostics.some((d) => d.fix))) {
    const edits = fixAllEdits(doc, analysis, options);
    if (edits.length) {
      out.push({
        title: lang === 'en' ? 'Fix all auto-fixable problems (vanthu)' : 'Sửa tất cả lỗi sửa tự động được (vanthu)',
        kind: FIX_ALL_KIND,
        edit: edit(uri, doc.version, edits),
      });
    }
  }
  return out;
}

type EditOf = (uri: string, version: number | null, edits: TextEdit[]) => WorkspaceEdit;

export function registerCodeActions(s: Session): void {
  s.connection.onCodeAction(async (params) => {
    const doc = s.documents.get(params.textDocument.uri);
    if (!doc) return [];
    // a document checked on save only gets quick fixes from an analysis of its version, if there is one; fix-all,
    // asked for, analyses it
    const only = params.context.only;
    const e =
      s.saveOnly(doc.uri) && !only?.some((o) => FIX_ALL_KIND.startsWith(o) || CodeActionKind.SourceFixAll.startsWith(o))
        ? (s.cache.current(doc, await s.resolve(doc.uri)) ?? null)
        : await s.entryFor(doc);
    if (!e || !e.resolved.included) return [];
    const out = codeActions(params, doc, e.analysis, e.resolved.options, s.lang, s.edit.bind(s));
    const path = uriToPath(doc.uri);
    if (path && (!only || only.some((o) => o === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(o)))) {
      await s.xref.within(2000);
      out.unshift(
        ...s.xref.quickFixes(
          path,
          doc.uri,
          doc.version,
          e.analysis.source,
          params.context.diagnostics,
          s.lang,
          s.edit.bind(s),
        ),
      );
    }
    return out;
  });

  s.commands.set(FIX_ALL_COMMAND, async (args) => {
    const arg = args[0] as string | { uri?: string; external?: string } | undefined;
    const uri = typeof arg === 'string' ? arg : (arg?.uri ?? arg?.external);
    const doc = uri ? s.documents.get(uri) : undefined;
    if (!doc) return { applied: false };
    const e = await s.entryFor(doc);
    if (!e) return { applied: false };
    const edits = fixAllEdits(doc, e.analysis, e.resolved.options);
    if (!edits.length) return { applied: false };
    const res = await s.connection.workspace.applyEdit({
      label: 'vanthu: fix all',
      edit: s.edit(doc.uri, doc.version, edits),
    });
    return { applied: res.applied };
  });
}
