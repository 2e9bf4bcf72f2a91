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
import { AnalysisCache, type Entry } from './documents.js';
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
  /** Settings for clients without workspace/configuration. */
  settings?: VanthuSettings;
  /** false in an untrusted VS Code workspace: read no .vanthurc from the workspace. */
  trusted?: boolean;
  /** A client command taking a rule id that shows the rule's page (VS Code: `vanthu.showRule`); else hovers link the README. */
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

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly cache = new AnalysisCache();
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
  /** Re-publish a document's diagnostics (push mode); set by the diagnostics feature. */
  schedulePublish: (uri: string) => void = () => undefined;

  constructor(readonly connection: Connection) {
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

  opened(uri: string): void {
    const path = uriToPath(uri);
    if (path) this.openByPath.set(path, uri);
  }

  closed(doc: TextDocument): void {
    this.debouncer.cancel(doc.uri);
    this.cache.delete(doc.uri);
    this.resolvedByUri.delete(doc.uri);
    this.settingsByUri.delete(doc.uri);
    const path = uriToPath(doc.uri);
    if (!path) return;
    this.openByPath.delete(path);
    if (isMarkdownUri(doc.uri, doc.languageId)) this.xref.closeOpen(path);
  }

  /** The analysis of the document's current version (the index kept on it), or null when it is not checked. */
  async entryFor(doc: TextDocument): Promise<Entry | null> {
    if (!isMarkdownUri(doc.uri, doc.languageId) || isConfigUri(doc.uri)) return null;
    const r = await this.resolve(doc.uri);
    const e = this.cache.get(doc, r);
    const path = uriToPath(doc.uri);
    if (path && r.included) this.xref.syncOpen(path, e.analysis.letter, doc.version);
    return e;
  }

  /** An open, checked document with its path, the index waited for at most `ms`. */
  async indexed(uri: string, ms = 5000): Promise<{ doc: TextDocument; e: Entry; path: string } | null> {
    const doc = this.documents.get(uri);
    const e = doc && (await this.entryFor(doc));
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
