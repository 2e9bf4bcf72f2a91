// The state of one language-server connection: the client's capabilities, the settings, the workspace, the analysis
// cache and the cross-reference index. Every feature module registers its handlers over one Session; nothing is kept
// at module level, so two servers in one process (tests) never share state.
import {
  TextDocuments,
  type Connection,
  type TextEdit,
  type WorkspaceEdit,
  type InitializeParams,
  ShowMessageNotification,
  MessageType,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigUri, isMarkdownUri, resolveFor, uriToPath, type Resolved, type VanthuSettings } from './config.js';
import { AnalysisCache, Cancelled, type Entry } from './documents.js';
import { problemText } from '../node/config.js';
import { Debouncer, type Lang } from './diagnostics.js';
import { LspWorkspace, MAX_FILES, RecipientIndex } from './workspace.js';
import { XrefService } from './xref.js';

export interface InitOptions {
  locale?: string;
  /** Push debounce in ms (default 150; 0 for benchmarks and tests). */
  debounce?: number;
  /** Force a diagnostics mode whatever the client supports. */
  diagnosticMode?: 'push' | 'pull';
  /** Send `$/vanthu/timing` {uri, version, analyzeMs, totalMs} after each push (benchmarks). */
  timing?: boolean;
  /** Send `$/vanthu/analysis` {uri, version, state: started | cancelled | done} for every analysis (tests,
   * benchmarks). */
  trace?: boolean;
  /** Documents longer than this many characters are analysed when opened and saved only (default 1,000,000). */
  saveOnlyAbove?: number;
  /** Settings for clients without workspace/configuration. */
  settings?: VanthuSettings;
  /** false in an untrusted VS Code workspace: read no .vanthurc from the workspace. */
  trusted?: boolean;
  /** A client command taking a rule id that shows the rule's page (VS Code: `vanthu.showRule`); else hovers link the
   * README. */
  ruleCommand?: string;
  /** The cap on letters indexed and checked (default MAX_FILES, 5,000; tests lower it). */
  maxFiles?: number;
}

/** What the client said it supports (set once, at initialize). */
export interface ClientCapabilities {
  pull: boolean;
  configuration: boolean;
  refresh: boolean;
  watchDynamic: boolean;
  progress: boolean;
  documentChanges: boolean;
}

export type CommandHandler = (args: unknown[], token: { isCancellationRequested: boolean }) => Promise<unknown>;

/** `$/vanthu/analysis`: an analysis started, was dropped (a newer version superseded it) or ended. */
export const ANALYSIS_TRACE = '$/vanthu/analysis';
/** `vanthu/analysisMode` {uri, saveOnly}: the document is (no longer) too long to be checked as it is typed. */
export const ANALYSIS_MODE = 'vanthu/analysisMode';
/** Below this many characters a feature that can do with the last analysis waits for the current one instead. */
const CHEAP = 50_000;

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache: AnalysisCache;
  readonly workspace: LspWorkspace;
  readonly xref: XrefService;
  readonly recipients: RecipientIndex;
  readonly commands = new Map<string, CommandHandler>();
  init: InitOptions = {};
  client: ClientCapabilities = {
    pull: false,
    configuration: false,
    refresh: false,
    watchDynamic: false,
    progress: false,
    documentChanges: false,
  };
  debouncer = new Debouncer(150);
  lang: Lang = 'vi';
  private globalSettings: VanthuSettings = {};
  private settingsByUri = new Map<string, Promise<VanthuSettings>>();
  private resolvedByUri = new Map<string, Resolved>();
  private warnedConfig = new Set<string>();
  private openByPath = new Map<string, string>(); // path → uri of open documents
  private refreshQueued = false;
  /** Open documents analysed on open and save only (longer than `saveOnlyAbove`). */
  private saveOnlyUris = new Set<string>();
  /** The version of each open document as it was opened or last saved. */
  private checkedVersions = new Map<string, number>();
  /** Re-publish a document's diagnostics (push mode); set by the diagnostics feature. */
  schedulePublish: (uri: string) => void = () => undefined;

  constructor(readonly connection: Connection) {
    this.cache = new AnalysisCache({
      // a live document's analysis is dropped once a newer version exists; a save-only one's is kept to its end
      superseded: (uri, version) => {
        const doc = this.documents.get(uri);
        return !doc || (doc.version !== version && !this.saveOnlyUris.has(uri));
      },
      trace: (uri, version, state) => {
        if (this.init.trace) void connection.sendNotification(ANALYSIS_TRACE, { uri, version, state });
      },
    });
    this.workspace = new LspWorkspace({
      settings: (uri) => this.settings(uri),
      trusted: () => this.trusted,
      maxFiles: () => this.init.maxFiles ?? MAX_FILES,
      capped: (found, max) => this.warnCapped(found, max),
    });
    this.recipients = new RecipientIndex(this.workspace);
    this.xref = new XrefService({
      workspace: this.workspace,
      settings: () => this.settings(this.workspace.rootUri()),
      trusted: () => this.trusted,
      openText: (path) => {
        const uri = this.openByPath.get(path);
        return uri ? this.documents.get(uri)?.getText() : undefined;
      },
      progress: async () => (this.client.progress ? connection.window.createWorkDoneProgress() : null),
      log: (m) => connection.console.log(m),
      lang: () => this.lang,
      publishRegistry: (file, diagnostics) =>
        void connection.sendDiagnostics({ uri: this.openByPath.get(file) ?? this.workspace.uriOf(file), diagnostics }),
      recheck: (paths) => {
        if (this.client.pull) return this.refreshDiagnostics();
        for (const p of paths) {
          const uri = this.openByPath.get(p);
          if (uri) this.schedulePublish(uri);
        }
      },
    });
  }

  get trusted(): boolean {
    return this.init.trusted !== false;
  }

  initialize(params: InitializeParams): void {
    this.init = (params.initializationOptions ?? {}) as InitOptions;
    this.lang = this.langOf();
    const caps = params.capabilities;
    this.client = {
      pull: this.init.diagnosticMode ? this.init.diagnosticMode === 'pull' : !!caps.textDocument?.diagnostic,
      configuration: !!caps.workspace?.configuration,
      refresh: !!caps.workspace?.diagnostics?.refreshSupport,
      watchDynamic: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      progress: !!caps.window?.workDoneProgress,
      documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    };
    this.debouncer = new Debouncer(this.init.debounce ?? 150);
    let folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) folders = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    this.workspace.setFolders(folders);
  }

  /**
   * Vietnamese unless the settings or initializationOptions ask for English — not initialize's `locale`: the
   * editor's display language is English for Vietnamese users, who have no language pack.
   */
  private langOf(s?: VanthuSettings): Lang {
    return /^en/i.test(s?.locale ?? this.init.locale ?? '') ? 'en' : 'vi';
  }

  /** Versioned document changes when the client supports them, else plain `changes`. */
  edit(uri: string, version: number | null, edits: TextEdit[]): WorkspaceEdit {
    return this.client.documentChanges
      ? { documentChanges: [{ textDocument: { uri, version }, edits }] }
      : { changes: { [uri]: edits } };
  }

  // --- settings ----------------------------------------------------------------------------------------------

  settings(uri: string): Promise<VanthuSettings> {
    if (!this.client.configuration) return Promise.resolve({ ...(this.init.settings ?? {}), ...this.globalSettings });
    let p = this.settingsByUri.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'vanthu' }).then(
        (s: VanthuSettings | null) => ({ ...(this.init.settings ?? {}), ...(s ?? {}) }),
        () => ({ ...(this.init.settings ?? {}) }),
      );
      this.settingsByUri.set(uri, p);
    }
    return p;
  }

  setGlobalSettings(s: VanthuSettings): void {
    this.globalSettings = s;
  }

  /** The effective options of a file: the settings over its .vanthurc (a bad config is shown once). */
  async resolve(uri: string): Promise<Resolved> {
    const hit = this.resolvedByUri.get(uri);
    if (hit) return hit;
    const settings = await this.settings(uri);
    this.lang = this.langOf(settings);
    const path = uriToPath(uri);
    const r = resolveFor(path, settings, this.workspace.rootOf(path), this.trusted);
    this.resolvedByUri.set(uri, r);
    if (r.problems.length && r.configFile) this.warnConfig(r);
    return r;
  }

  private warnConfig(r: Resolved): void {
    const key = r.configFile + '\0' + r.problems.map((p) => p.message).join('\n');
    if (this.warnedConfig.has(key)) return;
    this.warnedConfig.add(key);
    // the first problem in the pop-up; a note (two configs in one folder) is a warning like a bad value
    const first = r.problems[0];
    const more = r.problems.length - 1;
    const text = problemText(first, this.lang);
    const suffix = more > 0 ? (this.lang === 'en' ? ` (+${more} more)` : ` (và ${more} vấn đề khác)`) : '';
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `vanthu: ${text}${suffix}`,
    });
  }

  private warnedCap = '';
  /** More letters than the cap: said once per count (a listing that grows past it again says it again). */
  private warnCapped(found: number, max: number): void {
    const key = `${found}/${max}`;
    if (this.warnedCap === key) return;
    this.warnedCap = key;
    const n = (x: number) => x.toLocaleString(this.lang === 'en' ? 'en-US' : 'vi-VN');
    void this.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message:
        this.lang === 'en'
          ? `vanthu: the workspace holds ${n(found)} letters, more than the limit of ${n(max)}: only the first ${n(max)} (in path order) are indexed and checked. Narrow it with vanthu.include / vanthu.exclude or "include"/"exclude" in .vanthurc.`
          : `vanthu: thư mục làm việc có ${n(found)} văn bản, vượt giới hạn ${n(max)}: chỉ ${n(max)} tệp đầu (theo thứ tự đường dẫn) được lập chỉ mục và kiểm tra. Hãy thu hẹp bằng vanthu.include / vanthu.exclude hoặc "include"/"exclude" trong .vanthurc.`,
    });
  }

  /** Settings, folders or a config changed: forget every resolution and analysis, and check the documents again. */
  recheckAll(): void {
    this.settingsByUri.clear();
    this.resolvedByUri.clear();
    this.cache.clear();
    this.workspace.changed();
    if (!this.client.pull) for (const d of this.documents.all()) this.schedulePublish(d.uri);
    else if (this.client.refresh) this.refreshDiagnostics();
    else for (const d of this.documents.all()) if (isConfigUri(d.uri)) this.schedulePublish(d.uri);
  }

  // --- documents ---------------------------------------------------------------------------------------------

  opened(doc: TextDocument): void {
    const uri = doc.uri;
    this.checked(doc);
    this.measure(doc);
    const path = uriToPath(uri);
    if (path) this.openByPath.set(path, uri);
  }

  closed(doc: TextDocument): void {
    this.debouncer.cancel(doc.uri);
    this.saveOnlyUris.delete(doc.uri);
    this.checkedVersions.delete(doc.uri);
    this.cache.delete(doc.uri);
    this.resolvedByUri.delete(doc.uri);
    this.settingsByUri.delete(doc.uri);
    const path = uriToPath(doc.uri);
    if (!path) return;
    this.openByPath.delete(path);
    if (isMarkdownUri(doc.uri, doc.languageId)) this.xref.closeOpen(path);
  }

  /**
   * The analysis of the document's current version (the index kept on it), waited for; null when the document is
   * not checked, or was changed or closed before its analysis ended.
   */
  async entryFor(doc: TextDocument): Promise<Entry | null> {
    if (!isMarkdownUri(doc.uri, doc.languageId) || isConfigUri(doc.uri)) return null;
    for (;;) {
      const version = doc.version;
      const r = await this.resolve(doc.uri);
      let e: Entry;
      try {
        e = await this.cache.analyse(doc, r);
      } catch (err) {
        if (!(err instanceof Cancelled)) throw err;
        // superseded: by a newer version (the caller's answer would be stale) or by a new configuration (again)
        if (this.documents.get(doc.uri) !== doc || doc.version !== version) return null;
        continue;
      }
      const path = uriToPath(doc.uri);
      if (path && r.included) this.xref.syncOpen(path, e.analysis.letter, e.version);
      return e;
    }
  }

  /**
   * For features that can answer from the last analysis (hover, completion, definition …): a long document's last
   * analysis, whatever its version, while its current one is pending — they never wait for a re-analysis of a big
   * document. A short document, or one never analysed, is analysed first.
   */
  async latestFor(doc: TextDocument): Promise<Entry | null> {
    if (!isMarkdownUri(doc.uri, doc.languageId) || isConfigUri(doc.uri)) return null;
    const last = this.cache.peek(doc.uri);
    if (last && (last.version === doc.version || doc.getText().length >= CHEAP)) return last;
    return (await this.entryFor(doc)) ?? this.cache.peek(doc.uri) ?? null;
  }

  /** The document was opened or saved: this version is the one a save-only document is checked at. */
  checked(doc: TextDocument): void {
    this.checkedVersions.set(doc.uri, doc.version);
  }

  checkedVersion(uri: string): number | undefined {
    return this.checkedVersions.get(uri);
  }

  /** The document is analysed on open and save only (it is longer than `saveOnlyAbove`). */
  saveOnly(uri: string): boolean {
    return this.saveOnlyUris.has(uri);
  }

  /** Re-measure an open document against `saveOnlyAbove`; tell the client when that changes (its status bar). */
  measure(doc: TextDocument): void {
    const long = doc.getText().length > (this.init.saveOnlyAbove ?? 1_000_000);
    if (long === this.saveOnlyUris.has(doc.uri)) return;
    if (long) this.saveOnlyUris.add(doc.uri);
    else this.saveOnlyUris.delete(doc.uri);
    void this.connection.sendNotification(ANALYSIS_MODE, { uri: doc.uri, saveOnly: long });
  }

  /** An open, checked document with its path, the index waited for at most `ms`. */
  async indexed(uri: string, ms = 5000): Promise<{ doc: TextDocument; e: Entry; path: string } | null> {
    const doc = this.documents.get(uri);
    const e = doc && (await this.latestFor(doc));
    const path = uriToPath(uri);
    if (!doc || !e || !e.resolved.included || !path) return null;
    await this.xref.within(ms);
    return { doc, e, path };
  }

  /** Ask a pull client to pull again (once per turn of the event loop). */
  refreshDiagnostics(): void {
    if (!this.client.refresh || this.refreshQueued) return;
    this.refreshQueued = true;
    setTimeout(() => {
      this.refreshQueued = false;
      void this.connection.languages.diagnostics.refresh();
    }, 0);
  }
}
