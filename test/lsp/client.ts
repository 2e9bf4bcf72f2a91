// A minimal LSP client for the tests and the benchmark: spawns the BUILT server over stdio.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER = join(ROOT, 'server', 'dist', 'server.js');

export function ensureBuilt(): void {
  if (!existsSync(SERVER)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  pull?: boolean;
  initializationOptions?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  rootPath?: string;
  locale?: string;
  /** Arguments after `node` (default: the bundled server with --stdio). */
  args?: string[];
}

export class TestClient {
  child!: ChildProcess;
  conn!: ProtocolConnection;
  published = new Map<string, PublishDiagnosticsParams>();
  messages: { type: number; message: string }[] = [];
  applied: WorkspaceEdit[] = [];
  progress: unknown[] = [];
  docs = new Map<string, TextDocument>();
  stderr = '';
  exited: number | null = null;
  private listeners: (() => void)[] = [];

  async start(o: StartOptions = {}): Promise<this> {
    ensureBuilt();
    this.child = spawn(
      process.execPath,
      [...(process.env.VANTHU_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...(o.args ?? [SERVER, '--stdio'])],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child.stderr!.on('data', (d) => (this.stderr += d));
    this.child.on('exit', (code) => {
      this.exited = code ?? -1;
      this.notify();
    });
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.set(p.uri, p);
      this.notify();
    });
    this.conn.onNotification('window/showMessage', (p: { type: number; message: string }) => {
      this.messages.push(p);
      this.notify();
    });
    this.conn.onNotification('$/progress', (p: unknown) => {
      this.progress.push(p);
      this.notify();
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => o.settings ?? {}));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => null);
    this.conn.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.applied.push(p.edit);
      this.applyWorkspaceEdit(p.edit);
      this.notify();
      return { applied: true };
    });
    this.conn.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
        ...(o.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          isPreferredSupport: true,
        },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
      workspace: {
        configuration: true,
        workspaceEdit: { documentChanges: true },
        applyEdit: true,
        diagnostics: { refreshSupport: true },
      },
      window: { workDoneProgress: true },
    };
    const root = o.rootPath ?? ROOT;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(root),
      workspaceFolders: [{ uri: uriOf(root), name: 'ws' }],
      capabilities,
      locale: o.locale,
      initializationOptions: { debounce: 0, ...(o.initializationOptions ?? {}) },
    });
    await this.conn.sendNotification('initialized', {});
    return this;
  }

  notify(): void {
    for (const l of this.listeners.splice(0)) l();
  }

  /** Waits until `pred` holds (re-checked on every message from the server), failing after `ms`. */
  waitFor<T>(pred: () => T | undefined | null | false, ms = 10000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out after ${ms} ms waiting for ${what}; stderr: ${this.stderr}`)),
        ms,
      );
      const check = () => {
        let v: T | undefined | null | false;
        try {
          v = pred();
        } catch (e) {
          clearTimeout(timer);
          reject(e);
          return;
        }
        if (v) {
          clearTimeout(timer);
          resolve(v);
        } else if (this.exited !== null) {
          clearTimeout(timer);
          reject(new Error(`server exited (${this.exited}) while waiting for ${what}; stderr: ${this.stderr}`));
        } else this.listeners.push(check);
      };
      check();
    });
  }

  /** Diagnostics published for `uri` for the document's current version, once `pred` holds. */
  diagnostics(uri: string, pred: (ds: Diagnostic[]) => boolean = () => true, ms?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const p = this.published.get(uri);
        const doc = this.docs.get(uri);
        if (!p || (doc && p.version !== undefined && p.version !== doc.version)) return null;
        return pred(p.diagnostics) ? p.diagnostics : null;
      },
      ms,
      `diagnostics of ${uri}`,
    );
  }

  open(uri: string, text: string, languageId = 'markdown'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Applies edits locally and sends them as an incremental didChange. */
  change(uri: string, edits: TextEdit[]): TextDocument {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.create(uri, doc.languageId, doc.version + 1, TextDocument.applyEdits(doc, edits));
    this.docs.set(uri, next);
    // contentChanges apply in order, each on the result of the previous one: send them last-to-first
    const sorted = [...edits].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next;
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const dc of edit.documentChanges ?? [])
      if ('edits' in dc) this.change(dc.textDocument.uri, dc.edits as TextEdit[]);
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) this.change(uri, edits);
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    if (this.exited !== null) return;
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    await this.waitFor(() => this.exited !== null, 5000, 'the server to exit');
    this.conn.dispose();
  }
}
