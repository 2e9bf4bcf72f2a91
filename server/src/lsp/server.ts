// The language server: one Session (state) and one module per feature registering its handlers — wiring only.
import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  CodeActionKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { Session } from './session.js';
import { Findings, registerDiagnostics } from './findings.js';
import { CHECK_WORKSPACE_COMMAND, registerCheckWorkspace } from './checkWorkspace.js';
import { FIX_ALL_KIND, registerCodeActions } from './codeActions.js';
import { registerSymbols } from './symbols.js';
import { registerFolding } from './folding.js';
import { registerHover } from './hover.js';
import { registerCompletion } from './completion.js';
import { registerNavigation } from './navigation.js';
import { registerCodeLens } from './lens.js';
import { registerWatchers } from './watch.js';
import { registerDocx } from './docx.js';
import { registerPreview } from './preview.js';

export { CHECK_WORKSPACE_COMMAND };
export type { InitOptions } from './session.js';

export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): Connection {
  // a failed request to the client (e.g. one it does not implement) must not bring the server down
  process.on('unhandledRejection', (e) => connection.console.error(`vanthu: ${(e as Error)?.stack ?? String(e)}`));
  const s = new Session(connection);
  const findings = new Findings(s);

  connection.onInitialize((params): InitializeResult => {
    s.initialize(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [...s.commands.keys()] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [':', '/', ',', '.', ')', '-', ' '] },
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(s.client.pull
          ? { diagnosticProvider: { identifier: 'vanthu', interFileDependencies: false, workspaceDiagnostics: true } }
          : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vanthu', version: typeof VANTHU_VERSION === 'string' ? VANTHU_VERSION : '0.0.0-dev' },
    };
  });

  s.documents.onDidOpen((e) => s.opened(e.document));
  s.documents.onDidClose((e) => s.closed(e.document));
  registerDiagnostics(s, findings);
  registerCheckWorkspace(s, findings);
  registerCodeActions(s);
  registerSymbols(s);
  registerFolding(s);
  registerHover(s);
  registerCompletion(s);
  registerNavigation(s);
  registerCodeLens(s);
  registerWatchers(s);
  registerDocx(s);
  registerPreview(s);

  connection.onExecuteCommand(async (params, token) => {
    const run = s.commands.get(params.command);
    return run ? run(params.arguments ?? [], token) : null;
  });

  s.documents.listen(connection);
  connection.listen();
  return connection;
}

declare const VANTHU_VERSION: string;
