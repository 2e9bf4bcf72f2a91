// The language server: wiring of the LSP features onto the pure core (translation only, no analysis here).
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  ResponseError,
  ShowMessageNotification,
  MessageType,
  LSPErrorCodes,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Diagnostic as LspDiagnostic,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { statSync } from 'node:fs';
import { analyze } from '../core/analyze.js';
import { parseConfig } from '../node/config.js';
import { inclusionFilter, isConfigUri, isMarkdownUri, resolveFor, uriToPath, type Resolved, type VanthuSettings } from './config.js';
import { AnalysisCache, type Entry } from './documents.js';
import { configDiagnostics, Debouncer, toLspDiagnostics, type Lang } from './diagnostics.js';
import { codeActions, edit, editStyle, fixAllEdits, FIX_ALL_COMMAND, FIX_ALL_KIND } from './codeActions.js';
import { documentSymbols } from './symbols.js';
import { foldingRanges } from './folding.js';
import { hover, ruleCommandLink } from './hover.js';
import { complete } from './completion.js';
import { fileUri, markdownFiles, readText, RecipientIndex } from './workspace.js';
import { XrefService } from './xref.js';

export const CHECK_WORKSPACE_COMMAND = 'vanthu.checkWorkspace';

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
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  const documents = new TextDocuments(TextDocument);
  // a failed request to the client (e.g. one it does not implement) must not bring the server down
  process.on('unhandledRejection', e => connection.console.error(`vanthu: ${(e as Error)?.stack ?? String(e)}`));
  const cache = new AnalysisCache();
  let init: InitOptions = {};
  let pull = false;
  let configurationCapability = false;
  let refreshSupport = false;
  let watchDynamic = false;
  let progressSupport = false;
  let folders: string[] = [];
  let globalSettings: VanthuSettings = {};
  const settingsByUri = new Map<string, Promise<VanthuSettings>>();
  const resolvedByUri = new Map<string, Resolved>();
  const warnedConfig = new Set<string>();
  const pushedClosed = new Set<string>(); // files published by check-workspace
  let debouncer = new Debouncer(150);
  const recipients = new RecipientIndex(() => folders);
  let recipientsReady: Promise<void> | null = null;
  let recipientsSettled = false;
  const openByPath = new Map<string, string>(); // path → uri of open documents
  let refreshQueued = false;
  const xref = new XrefService({
    folders: () => folders,
    settings: () => getSettings(folders[0] ? fileUri(folders[0]) : ''),
    trusted: () => init.trusted !== false,
    openText: path => {
      const uri = openByPath.get(path);
      return uri ? documents.get(uri)?.getText() : undefined;
    },
    progress: async () => (progressSupport ? connection.window.createWorkDoneProgress() : null),
    log: m => connection.console.log(m),
    publishRegistry: (file, diagnostics) => void connection.sendDiagnostics({ uri: openByPath.get(file) ?? fileUri(file), diagnostics }),
    recheck: paths => {
      if (pull) {
        if (refreshSupport && !refreshQueued) {
          refreshQueued = true;
          setTimeout(() => {
            refreshQueued = false;
            void connection.languages.diagnostics.refresh();
          }, 0);
        }
        return;
      }
      for (const p of paths) {
        const uri = openByPath.get(p);
        if (uri) debouncer.schedule(uri, () => void publish(uri));
      }
    },
    inclusion: async () => {
      const trusted = init.trusted !== false;
      const byRoot = new Map<string, (path: string) => boolean>();
      for (const f of folders) byRoot.set(f, inclusionFilter(await getSettings(fileUri(f)), f, trusted));
      // the scan covers the folders only (an open file elsewhere is checked by itself, as resolveFor says)
      return path => {
        const root = rootOf(path);
        const test = root ? byRoot.get(root) : undefined;
        return test ? test(path) : true;
      };
    },
  });
  /** Keep the index on the open document's current version (its analysis is the summary's source). */
  function xrefSync(doc: TextDocument, e: Entry): string | null {
    const path = uriToPath(doc.uri);
    if (!path || !e.resolved.included) return null;
    xref.syncOpen(path, e.analysis.letter, doc.version);
    return path;
  }

  // Vietnamese unless the settings or the client's initializationOptions ask for English: the editor's display
  // language (initialize's `locale`) is English for Vietnamese users, who have no language pack
  const langOf = (s?: VanthuSettings): Lang => (/^en/i.test(s?.locale ?? init.locale ?? '') ? 'en' : 'vi');
  let lang: Lang = 'vi';

  const rootOf = (path: string | null) => (path ? folders.filter(f => path === f || path.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? null : null);

  function getSettings(uri: string): Promise<VanthuSettings> {
    if (!configurationCapability) return Promise.resolve({ ...(init.settings ?? {}), ...globalSettings });
    let p = settingsByUri.get(uri);
    if (!p) {
      p = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'vanthu' })
        .then((s: VanthuSettings | null) => ({ ...(init.settings ?? {}), ...(s ?? {}) }), () => ({ ...(init.settings ?? {}) }));
      settingsByUri.set(uri, p);
    }
    return p;
  }

  async function resolve(uri: string): Promise<Resolved> {
    const hit = resolvedByUri.get(uri);
    if (hit) return hit;
    const settings = await getSettings(uri);
    lang = langOf(settings);
    const path = uriToPath(uri);
    const r = resolveFor(path, settings, rootOf(path), init.trusted !== false);
    resolvedByUri.set(uri, r);
    if (r.problems.length && r.configFile) {
      const key = r.configFile + '\0' + r.problems.map(p => p.message).join('\n');
      if (!warnedConfig.has(key)) {
        warnedConfig.add(key);
        const first = r.problems[0];
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Warning,
          message: lang === 'en'
            ? `vanthu: invalid configuration ${r.configFile}:${first.line}:${first.column}: ${first.message} — using defaults.`
            : `vanthu: cấu hình không hợp lệ ${r.configFile}:${first.line}:${first.column}: ${first.message} — dùng giá trị mặc định.`,
        });
      }
    }
    return r;
  }

  /** The analysis of the document's current version, or null when it is not checked. */
  async function entryFor(doc: TextDocument): Promise<Entry | null> {
    if (!isMarkdownUri(doc.uri, doc.languageId)) return null;
    const r = await resolve(doc.uri);
    const e = cache.get(doc, r);
    xrefSync(doc, e);
    return e;
  }

  async function diagnosticsFor(doc: TextDocument): Promise<LspDiagnostic[] | null> {
    if (isConfigUri(doc.uri)) {
      const path = uriToPath(doc.uri)!;
      return configDiagnostics(parseConfig(doc.getText(), path).problems, l => doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, ''));
    }
    if (!isMarkdownUri(doc.uri, doc.languageId)) return null;
    const r = await resolve(doc.uri);
    if (!r.included) return [];
    const e = cache.get(doc, r);
    const path = xrefSync(doc, e);
    void xref.ensure();
    return toLspDiagnostics(path ? [...e.analysis.diagnostics, ...xref.findings(path, e.analysis, r.options)] : e.analysis.diagnostics, doc.uri, lang);
  }

  async function publish(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const t0 = performance.now();
    const ds = await diagnosticsFor(doc);
    if (ds === null) return;
    if (documents.get(uri)?.version !== version) return; // superseded by a newer edit
    void connection.sendDiagnostics({ uri, version, diagnostics: ds });
    if (init.timing) {
      const e = cache.peek(uri);
      void connection.sendNotification('$/vanthu/timing', { uri, version, analyzeMs: e?.version === version ? e.ms : 0, totalMs: performance.now() - t0 });
    }
  }

  function recheckAll(): void {
    settingsByUri.clear();
    resolvedByUri.clear();
    cache.clear();
    if (pull) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
      else for (const d of documents.all()) if (isConfigUri(d.uri)) debouncer.schedule(d.uri, () => void publish(d.uri));
    } else {
      for (const d of documents.all()) debouncer.schedule(d.uri, () => void publish(d.uri));
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    init = (params.initializationOptions ?? {}) as InitOptions;
    lang = langOf();
    const caps = params.capabilities;
    pull = init.diagnosticMode ? init.diagnosticMode === 'pull' : !!caps.textDocument?.diagnostic;
    configurationCapability = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    watchDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    progressSupport = !!caps.window?.workDoneProgress;
    editStyle.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    debouncer = new Debouncer(init.debounce ?? 150);
    folders = (params.workspaceFolders ?? []).map(f => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!folders.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) folders = [p];
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [FIX_ALL_COMMAND, CHECK_WORKSPACE_COMMAND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '/', ',', '.', ')', '-', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(pull ? { diagnosticProvider: { identifier: 'vanthu', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vanthu', version: typeof VANTHU_VERSION === 'string' ? VANTHU_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    // index the recipients of the workspace's letters in the background, after the first diagnostics
    setTimeout(() => {
      if (!recipientsReady) recipientsReady = recipients.refresh().then(() => recipients.update()).catch(() => undefined).finally(() => (recipientsSettled = true));
    }, 500).unref();
    if (configurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vanthu' });
    if (watchDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.vanthurc.{json,yaml,yml}' }, { globPattern: '**/*.{md,markdown}' }, { globPattern: '**/vanban.{yaml,yml,json}' }],
      });
    }
    // the cross-reference index: built in the background (with progress), after the first diagnostics
    setTimeout(() => void xref.ensure(), 300).unref();
    if (folders.length) {
      connection.workspace.onDidChangeWorkspaceFolders(e => {
        const removed = new Set(e.removed.map(f => uriToPath(f.uri)));
        folders = [...folders.filter(f => !removed.has(f)), ...e.added.map(f => uriToPath(f.uri)).filter((p): p is string => !!p)];
        recheckAll();
        void xref.reindex();
      });
    }
  });

  connection.onDidChangeConfiguration(change => {
    const s = (change.settings as { vanthu?: VanthuSettings } | null)?.vanthu;
    if (s) globalSettings = s;
    recheckAll();
    // include/exclude and the registry may have changed: the index follows
    void xref.reindex();
  });

  connection.onDidChangeWatchedFiles(params => {
    let config = false;
    for (const c of params.changes) {
      const path = uriToPath(c.uri);
      if (isConfigUri(c.uri)) config = true;
      else if (path) xref.fileChanged(path, c.type === 3);
    }
    if (config) {
      recheckAll();
      void xref.reindex(); // a .vanthurc's include/exclude
    }
  });

  documents.onDidChangeContent(e => {
    const uri = e.document.uri;
    if (isConfigUri(uri)) {
      // an edited (unsaved) config only gets its own diagnostics; saved changes re-check the letters via the watcher
      if (!pull) debouncer.schedule(uri, () => void publish(uri));
      return;
    }
    if (!isMarkdownUri(uri, e.document.languageId)) return;
    if (pull) return; // the client pulls on change
    debouncer.schedule(uri, () => void publish(uri));
  });

  documents.onDidOpen(e => {
    const path = uriToPath(e.document.uri);
    if (path) openByPath.set(path, e.document.uri);
    if (pull && pushedClosed.has(e.document.uri)) {
      pushedClosed.delete(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }); // the pull report takes over
    }
  });

  documents.onDidSave(e => {
    if (isConfigUri(e.document.uri)) recheckAll();
  });

  documents.onDidClose(e => {
    debouncer.cancel(e.document.uri);
    cache.delete(e.document.uri);
    resolvedByUri.delete(e.document.uri);
    settingsByUri.delete(e.document.uri);
    const path = uriToPath(e.document.uri);
    if (path) {
      openByPath.delete(path);
      if (isMarkdownUri(e.document.uri, e.document.languageId)) xref.closeOpen(path);
    }
    if (!pull) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Pull diagnostics (LSP 3.17): computed on demand, cached by version; a stale request is cancelled.
  connection.languages.diagnostics.on(async (params, token) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const version = doc.version;
    await new Promise(r => setImmediate(r)); // let queued didChange notifications land first
    if (token.isCancellationRequested || documents.get(doc.uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'document changed', { retriggerRequest: true });
    }
    const r = isMarkdownUri(doc.uri, doc.languageId) ? await resolve(doc.uri) : null;
    const resultId = `${version}:${r?.key ?? ''}:${lang}:${xref.epoch}`;
    if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    const items = (await diagnosticsFor(doc)) ?? [];
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  const workspaceResults = new Map<string, { id: string; items: LspDiagnostic[] }>();
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    const previous = new Map(params.previousResultIds.map(p => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    // the XR findings of closed letters need the index (they change with it: its generation is in the result id)
    await xref.within(30000);
    for (const folder of folders) {
      for (const path of await markdownFiles(folder)) {
        if (token.isCancellationRequested) return { items };
        const uri = fileUri(path);
        if (documents.get(uri)) continue; // open documents are pulled one by one
        let mtime = 0;
        try {
          mtime = statSync(path).mtimeMs;
        } catch {
          continue;
        }
        const r = await resolve(uri);
        const core = `${mtime}:${r.key}:${lang}`;
        const id = `${core}:${xref.built ? xref.generation : 'x'}`;
        if (previous.get(uri) === id) {
          items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: id });
          continue;
        }
        // the core analysis is kept by file version and config; the XR findings are asked of the index each time
        let cached = workspaceResults.get(uri);
        if (cached?.id !== core) {
          const text = r.included ? readText(path) : null;
          cached = { id: core, items: text === null ? [] : toLspDiagnostics(analyze(text, r.options).diagnostics, uri, lang) };
          workspaceResults.set(uri, cached);
        }
        const xr = r.included ? toLspDiagnostics(xref.findings(path, null, r.options), uri, lang) : [];
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: id, items: xr.length ? [...cached.items, ...xr] : cached.items });
      }
    }
    return { items };
  });

  connection.onCodeAction(async params => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const e = await entryFor(doc);
    if (!e || !e.resolved.included) return [];
    const out = codeActions(params, doc, e.analysis, e.resolved.options, lang);
    const path = uriToPath(doc.uri);
    if (path && (!params.context.only || params.context.only.some(o => o === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(o)))) {
      await xref.within(2000);
      out.unshift(...xref.quickFixes(path, doc.uri, doc.version, e.analysis.source, params.context.diagnostics, lang, edit));
    }
    return out;
  });

  connection.onExecuteCommand(async (params, token) => {
    if (params.command === FIX_ALL_COMMAND) {
      const arg = params.arguments?.[0] as string | { uri?: string; external?: string } | undefined;
      const uri = typeof arg === 'string' ? arg : arg?.uri ?? arg?.external;
      const doc = uri ? documents.get(uri) : undefined;
      if (!doc) return { applied: false };
      const e = await entryFor(doc);
      if (!e) return { applied: false };
      const edits = fixAllEdits(doc, e.analysis, e.resolved.options);
      if (!edits.length) return { applied: false };
      const res = await connection.workspace.applyEdit({ label: 'vanthu: fix all', edit: edit(doc.uri, doc.version, edits) });
      return { applied: res.applied };
    }
    if (params.command === CHECK_WORKSPACE_COMMAND) {
      const progress = progressSupport ? await connection.window.createWorkDoneProgress() : null;
      const title = lang === 'en' ? 'Checking letters' : 'Đang kiểm tra văn bản';
      const files: string[] = [];
      for (const f of folders) files.push(...(await markdownFiles(f)));
      progress?.begin(title, 0, `0/${files.length}`, true);
      await xref.within(30000); // the XR findings need the workspace index
      let letters = 0;
      let problems = 0;
      let checked = 0;
      for (const path of files) {
        if (token.isCancellationRequested || progress?.token.isCancellationRequested) break;
        const uri = fileUri(path);
        const r = await resolve(uri);
        checked++;
        if (checked % 10 === 0 || checked === files.length) progress?.report(Math.round((checked / files.length) * 100), `${checked}/${files.length}`);
        if (!r.included) continue;
        const open = documents.get(uri);
        const text = open ? open.getText() : readText(path);
        if (text === null) continue;
        let a;
        if (open) {
          const e = cache.get(open, r);
          xrefSync(open, e);
          a = e.analysis;
        } else a = analyze(text, r.options);
        if (a.letter.isLetter) letters++;
        // the same diagnostics as an open document's: the core's, then the index's XR findings
        const ds = toLspDiagnostics([...a.diagnostics, ...xref.findings(path, open ? a : null, r.options)], uri, lang);
        problems += ds.length;
        // a pull client with refresh pulls open documents one by one and closed ones through workspace/diagnostic:
        // pushing them as well would show every finding twice (VS Code keeps pulled and pushed diagnostics apart)
        if (pull && (open || refreshSupport)) continue;
        if (!open) pushedClosed.add(uri);
        void connection.sendDiagnostics({ uri, version: open?.version, diagnostics: ds });
      }
      progress?.done();
      if (pull && refreshSupport) void connection.languages.diagnostics.refresh();
      return { files: files.length, letters, problems };
    }
    return null;
  });

  connection.onDocumentSymbol(async params => {
    const doc = documents.get(params.textDocument.uri);
    const e = doc && (await entryFor(doc));
    return e ? documentSymbols(e.analysis, lang) : [];
  });

  connection.onFoldingRanges(async params => {
    const doc = documents.get(params.textDocument.uri);
    const e = doc && (await entryFor(doc));
    return e ? foldingRanges(e.analysis) : [];
  });

  connection.onHover(async params => {
    const doc = documents.get(params.textDocument.uri);
    const e = doc && (await entryFor(doc));
    if (!doc || !e || !e.resolved.included) return null;
    const path = uriToPath(doc.uri);
    if (path) await xref.within(2000);
    return hover(e.analysis, params.position, lang, path ? offset => xref.hover(path, offset, lang) : undefined, init.ruleCommand ? ruleCommandLink(init.ruleCommand) : undefined);
  });

  /** The open, checked document's path with the index on its current version. */
  async function xrefDoc(uri: string): Promise<{ doc: TextDocument; e: Entry; path: string } | null> {
    const doc = documents.get(uri);
    const e = doc && (await entryFor(doc));
    const path = uriToPath(uri);
    if (!doc || !e || !e.resolved.included || !path) return null;
    await xref.within(5000);
    return { doc, e, path };
  }

  connection.onDefinition(async params => {
    const x = await xrefDoc(params.textDocument.uri);
    return x ? xref.definition(x.path, x.e.analysis.source.offsetAt(params.position)) : null;
  });

  connection.onReferences(async params => {
    const x = await xrefDoc(params.textDocument.uri);
    return x ? xref.references(x.path, x.e.analysis.source.offsetAt(params.position), !!params.context?.includeDeclaration) : null;
  });

  connection.onDocumentLinks(async params => {
    const x = await xrefDoc(params.textDocument.uri);
    return x ? xref.links(x.path, x.e.analysis.source) : [];
  });

  connection.onWorkspaceSymbol(async params => {
    await xref.within(5000);
    return xref.symbols(params.query);
  });

  connection.onCodeLens(async params => {
    const x = await xrefDoc(params.textDocument.uri);
    if (!x) return [];
    const s = await getSettings(x.doc.uri);
    if (s.codeLens === false) return [];
    return xref.lenses(x.path, x.e.analysis.source, s.citationLens ?? 'problems', lang);
  });

  connection.onCompletion(async params => {
    const doc = documents.get(params.textDocument.uri);
    const e = doc && (await entryFor(doc));
    if (!e) return [];
    const path = uriToPath(doc.uri);
    if (e.resolved.included) {
      const src = e.analysis.source;
      if (xref.completion(null, src, params.position, lang)) {
        await xref.within(2000);
        const items = xref.completion(path, src, params.position, lang);
        if (items) return items;
      }
    }
    // a space triggers only the citation completion
    if (params.context?.triggerCharacter === ' ') return [];
    // the first scan of the workspace's letters runs in the background; only a recipients completion waits for
    // it, and for a second at most
    if (!recipientsReady) recipientsReady = recipients.refresh().then(() => recipients.update()).catch(() => undefined).finally(() => (recipientsSettled = true));
    let asked = false;
    const ctx = { analysis: e.analysis, profile: e.resolved.profile, workspaceRecipients: () => ((asked = true), recipients.names()) };
    let items = complete(ctx, params.position);
    if (asked && !recipientsSettled) {
      await Promise.race([recipientsReady, new Promise(r => setTimeout(r, 1000))]);
      items = complete(ctx, params.position);
    }
    return items;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

declare const VANTHU_VERSION: string;
