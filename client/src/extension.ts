// Entry point of the Văn Thư VS Code extension: output channel, language client, commands, status bar.
import * as vscode from 'vscode';
import { t } from './i18n';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { CLIENT_COMMANDS, registerCommands } from './commands';
import { syncManifestLanguage } from './manifestLanguage';
import { ANALYSIS_MODE, StatusBar, type AnalysisMode } from './statusBar';
import { registerDocx } from './docx';
import { registerPreview } from './preview';
import type { PreviewPanel } from './preview/panel';

let client: LanguageClient | undefined;
const serverCommands = new Set<string>();

/** What activate() returns; the extension-host tests use it. */
export interface VanthuApi {
  client(): LanguageClient | undefined;
  /** Resolves when the language server is running (rejects if it cannot start). */
  ready(): Promise<void>;
  /** Milliseconds from activate() to its return, and to the first server start (benchmark figures). */
  timings(): { activate: number; serverReady: number | null };
  /** The page preview (its last posted layout and the webview's last report). */
  preview(): PreviewPanel;
}

export async function activate(context: vscode.ExtensionContext): Promise<VanthuApi> {
  const t0 = performance.now();
  let serverReady: number | null = null;
  const output = vscode.window.createOutputChannel('Văn Thư', { log: true });
  context.subscriptions.push(output);
  let starting: Promise<void> = Promise.resolve();
  const statusBar = new StatusBar();

  const start = async () => {
    client = createClient(context, output);
    interceptServerCommands(client);
    client.onNotification(ANALYSIS_MODE, (p: AnalysisMode) => statusBar.setMode(p));
    client.onDidChangeState((e) => {
      if (e.newState === State.Stopped) {
        output.appendLine(t('Language server stopped.'));
        statusBar.resetModes();
      }
    });
    starting = client.start();
    try {
      await starting;
      void preview.update(); // a restarted server: draw the open preview again
    } catch (e) {
      output.appendLine(t('Could not start the language server: {0}', String(e)));
      throw e;
    }
  };
  const restart = async () => {
    const old = client;
    client = undefined;
    serverCommands.clear();
    await old?.stop().catch(() => {});
    await old?.dispose().catch(() => {});
    await start();
  };

  registerCommands({ context, output, client: () => client, serverCommands: () => serverCommands, restart });
  const preview = registerPreview(context, () => client, output);
  context.subscriptions.push(statusBar);
  registerDocx(context, () => client);
  void syncManifestLanguage(context, output);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(
      (e) => e.affectsConfiguration('vanthu.locale') && void syncManifestLanguage(context, output),
    ),
  );
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.appendLine(t('Workspace trusted: restarting the server to read the workspace configuration.'));
      void restart();
    }),
  );
  starting = start()
    .then(() => void (serverReady ??= performance.now() - t0))
    .catch(() => {});
  const activated = performance.now() - t0;
  return {
    client: () => client,
    ready: () =>
      starting.then(() => {
        if (!client?.isRunning()) throw new Error('Văn Thư server not running');
      }),
    timings: () => ({ activate: activated, serverReady }),
    preview: () => preview,
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * vscode-languageclient registers every command in the server's executeCommandProvider as a VS Code command;
 * the extension registers `vanthu.fixAll` and `vanthu.checkWorkspace` itself (they need the active document, a
 * progress bar, the Problems panel), so those are filtered out here and sent to the server by the extension.
 */
type ServerCapabilitiesLike = { executeCommandProvider?: { commands?: string[] } } | undefined;
interface ExecuteCommandFeatureLike {
  initialize(capabilities: ServerCapabilitiesLike, ...rest: unknown[]): unknown;
}

function interceptServerCommands(c: LanguageClient): void {
  // getFeature is public in vscode-languageclient but typed per method; only initialize is needed here
  const feature = (c as unknown as { getFeature?(method: string): ExecuteCommandFeatureLike | undefined }).getFeature?.(
    'workspace/executeCommand',
  );
  if (!feature || typeof feature.initialize !== 'function') return;
  const initialize = feature.initialize.bind(feature);
  feature.initialize = (capabilities: ServerCapabilitiesLike, ...rest: unknown[]) => {
    const commands: string[] = capabilities?.executeCommandProvider?.commands ?? [];
    serverCommands.clear();
    for (const cmd of commands) serverCommands.add(cmd);
    if (capabilities?.executeCommandProvider) {
      capabilities = {
        ...capabilities,
        executeCommandProvider: {
          ...capabilities.executeCommandProvider,
          commands: commands.filter((x) => !CLIENT_COMMANDS.includes(x)),
        },
      };
    }
    return initialize(capabilities, ...rest);
  };
}
