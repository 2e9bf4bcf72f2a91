// Starts the Văn Thư language server (server/dist/server.js) over Node IPC.
import * as vscode from 'vscode';
import { t } from './i18n';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { explicitSettings, getLocale, SECTION } from './config';

export const CLIENT_ID = 'vanthu';

/** Restarts a crashed server up to `max` times within `windowMs` (the default handler's policy, but never silent). */
export function restartingErrorHandler(output: vscode.LogOutputChannel, max = 4, windowMs = 3 * 60_000): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > windowMs) restarts.shift();
      if (restarts.length <= max) {
        output.appendLine(t('The Văn Thư server stopped; restarting ({0}/{1}).', restarts.length, max));
        return { action: CloseAction.Restart, handled: true };
      }
      return {
        action: CloseAction.DoNotRestart,
        message: t(
          'The Văn Thư server crashed {0} times in 3 minutes and will not be restarted. Use "Văn Thư: Restart Server".',
          max + 1,
        ),
      };
    },
  };
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const watchers = [
    vscode.workspace.createFileSystemWatcher('**/.vanthurc.{json,yaml,yml}'),
    vscode.workspace.createFileSystemWatcher('**/vanban.{yaml,json}'),
  ];
  context.subscriptions.push(...watchers);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: SECTION, fileEvents: watchers },
    initializationOptions: {
      locale: getLocale(),
      // In an untrusted workspace the server must not read the workspace's .vanthurc (restricted mode).
      trusted: vscode.workspace.isTrusted,
      // hovers link "Xem quy tắc" to this command (the README's rule table, inside VS Code, no network)
      ruleCommand: 'vanthu.showRule',
    },
    markdown: { isTrusted: { enabledCommands: ['vanthu.showRule'] } },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: restartingErrorHandler(output),
    middleware: {
      workspace: {
        // Answer workspace/configuration for "vanthu" with the settings the user set (see explicitSettings).
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((r, i) => {
            const item = params.items[i];
            if (item?.section !== SECTION) return r;
            return explicitSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined);
          });
        },
      },
    },
  };
  return new LanguageClient(CLIENT_ID, 'Văn Thư', serverOptions, clientOptions);
}
