// Diagnostics: the one findings stream of a letter (its own rules', then the cross-document rules' over the index),
// as pushed diagnostics, pulled document diagnostics and workspace diagnostics of closed letters.
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Diagnostic as LspDiagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { statSync } from 'node:fs';
import { analyzeSafely } from '../core/analyze.js';
import { parseConfig, siblingNotes } from '../node/config.js';
import { isConfigUri, isMarkdownUri, uriToPath, type Resolved } from './config.js';
import { configDiagnostics, toLspDiagnostics } from './diagnostics.js';
import type { Session } from './session.js';
import { fileUri, readText } from './workspace.js';

/** What a file reports, open or closed; the closed files' own findings are kept by mtime and configuration. */
export class Findings {
  /** Closed files published by check-workspace (a pull client takes over when they open). */
  readonly pushedClosed = new Set<string>();
  private closed = new Map<string, { id: string; items: LspDiagnostic[] }>();

  constructor(private s: Session) {}

  /** The open document's diagnostics for its current version (null: not a file we check). */
  async forDocument(doc: TextDocument): Promise<LspDiagnostic[] | null> {
    if (isConfigUri(doc.uri)) {
      const path = uriToPath(doc.uri)!;
      const line = (l: number) =>
        doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, '');
      return configDiagnostics(
        [...siblingNotes(path), ...parseConfig(doc.getText(), path).problems],
        line,
        this.s.lang,
      );
    }
    if (!isMarkdownUri(doc.uri, doc.languageId)) return null;
    const r = await this.s.resolve(doc.uri);
    if (!r.included) return [];
    const e = await this.s.entryFor(doc);
    if (!e) return null; // changed or closed meanwhile: a newer version's answer follows
    const path = uriToPath(doc.uri);
    void this.s.xref.ensure();
    const ds = path
      ? [...e.analysis.diagnostics, ...this.s.xref.findings(path, e.analysis, r.options)]
      : e.analysis.diagnostics;
    return toLspDiagnostics(ds, doc.uri, this.s.lang);
  }

  /** A closed file as it is on disk now: its resolved options and what identifies its own findings (null: gone). */
  async closedState(path: string): Promise<{ r: Resolved; core: string } | null> {
    let mtime: number;
    try {
      mtime = statSync(path).mtimeMs;
    } catch {
      return null;
    }
    const r = await this.s.resolve(fileUri(path));
    return { r, core: `${mtime}:${r.key}:${this.s.lang}` };
  }

  /** A closed file's diagnostics; `core` identifies its text and configuration (cache key of its own findings). */
  forClosed(path: string, r: Resolved, core: string): LspDiagnostic[] {
    if (!r.included) return [];
    const uri = fileUri(path);
    let cached = this.closed.get(uri);
    if (cached?.id !== core) {
      const text = readText(path);
      cached = {
        id: core,
        items: text === null ? [] : toLspDiagnostics(analyzeSafely(text, r.options).diagnostics, uri, this.s.lang),
      };
      this.closed.set(uri, cached);
    }
    // the cross-document findings are asked of the index each time (it changes without the file changing)
    const xr = toLspDiagnostics(this.s.xref.findings(path, null, r.options), uri, this.s.lang);
    return xr.length ? [...cached.items, ...xr] : cached.items;
  }

  async publish(uri: string): Promise<void> {
    const doc = this.s.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const t0 = performance.now();
    const ds = await this.forDocument(doc);
    if (ds === null) return;
    if (this.s.documents.get(uri)?.version !== version) return; // superseded by a newer edit
    void this.s.connection.sendDiagnostics({ uri, version, diagnostics: ds });
    if (this.s.init.timing) {
      const e = this.s.cache.peek(uri);
      void this.s.connection.sendNotification('$/vanthu/timing', {
        uri,
        version,
        analyzeMs: e?.version === version ? e.ms : 0,
        totalMs: performance.now() - t0,
      });
    }
  }
}

export function registerDiagnostics(s: Session, findings: Findings): void {
  const { connection, documents } = s;
  s.schedulePublish = (uri) => s.debouncer.schedule(uri, () => void findings.publish(uri));

  documents.onDidChangeContent((e) => {
    const uri = e.document.uri;
    // an edited (unsaved) config only gets its own diagnostics; saved changes re-check the letters via the watcher
    if (!isConfigUri(uri) && !isMarkdownUri(uri, e.document.languageId)) return;
    s.measure(e.document);
    // a very long document is checked when opened and saved, not as it is typed (the status bar says so)
    if (s.saveOnly(uri) && e.document.version !== s.checkedVersion(uri)) return;
    if (!s.client.pull) s.schedulePublish(uri); // a pull client pulls on change
  });

  documents.onDidSave((e) => {
    const uri = e.document.uri;
    if (!s.saveOnly(uri)) return;
    s.checked(e.document);
    if (s.client.pull) s.refreshDiagnostics();
    else s.schedulePublish(uri);
  });

  documents.onDidOpen((e) => {
    if (s.client.pull && findings.pushedClosed.has(e.document.uri)) {
      findings.pushedClosed.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); // the pull report takes over
    }
  });

  documents.onDidClose((e) => {
    if (!s.client.pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Pull diagnostics (LSP 3.17): computed on demand, cached by version; a stale request is cancelled.
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = doc.version;
    const cancelled = () =>
      new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    await new Promise((r) => setImmediate(r)); // let queued didChange notifications land first
    if (token.isCancellationRequested || documents.get(doc.uri)?.version !== version) throw cancelled();
    // a very long document keeps the report of its last saved version until it is saved again
    if (s.saveOnly(doc.uri) && params.previousResultId && version !== s.checkedVersion(doc.uri))
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
    const r = isMarkdownUri(doc.uri, doc.languageId) ? await s.resolve(doc.uri) : null;
    const resultId = `${version}:${r?.key ?? ''}:${s.lang}:${s.xref.epoch}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = await findings.forDocument(doc);
    // the analysis runs between other messages: a newer version may have come meanwhile
    if (token.isCancellationRequested || documents.get(doc.uri)?.version !== version) throw cancelled();
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: items ?? [] };
  });

  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    // the cross-document findings of closed letters need the index (its generation is in the result id)
    await s.xref.within(30000);
    for (const path of await s.workspace.letters()) {
      if (token.isCancellationRequested) return { items };
      const uri = fileUri(path);
      if (documents.get(uri)) continue; // open documents are pulled one by one
      const state = await findings.closedState(path);
      if (!state) continue;
      const { r, core } = state;
      const id = `${core}:${s.xref.built ? s.xref.generation : 'x'}`;
      if (previous.get(uri) === id) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: id });
        continue;
      }
      items.push({
        kind: DocumentDiagnosticReportKind.Full,
        uri,
        version: null,
        resultId: id,
        items: findings.forClosed(path, r, core),
      });
    }
    return { items };
  });
}
