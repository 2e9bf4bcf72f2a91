// What changes under the server: settings, workspace folders, watched files (letters, .vanthurc, the registry).
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import { isConfigUri, uriToPath, type VanthuSettings } from './config.js';
import type { Session } from './session.js';
import { unitsAt } from '../core/gazetteer/index.js';

export function registerWatchers(s: Session): void {
  const { connection, documents, xref } = s;

  connection.onInitialized(() => {
    if (s.client.configuration)
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'vanthu' });
    if (s.client.watchDynamic) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/.vanthurc.{json,yaml,yml}' },
          { globPattern: '**/*.{md,markdown}' },
          { globPattern: '**/vanban.{yaml,yml,json}' },
        ],
      });
    }
    // the cross-reference index and the recipients: built in the background, after the first diagnostics
    setTimeout(() => void xref.ensure(), 300).unref();
    setTimeout(() => void s.recipients.start(), 500).unref();
    // the gazetteer's tables are read once, on first use (a place name checked): read them now, not in the middle of
    // the first long letter's analysis
    setTimeout(() => void unitsAt('2025-07-01'), 200).unref();
    if (s.workspace.folders.length) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        const added = e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
        s.workspace.setFolders([...s.workspace.folders.filter((f) => !removed.has(f)), ...added]);
        s.recheckAll();
        void xref.reindex();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    const v = (change.settings as { vanthu?: VanthuSettings } | null)?.vanthu;
    if (v) s.setGlobalSettings(v);
    s.recheckAll();
    void xref.reindex(); // include/exclude and the registry may have changed: the index follows
  });

  connection.onDidChangeWatchedFiles((params) => {
    let config = false;
    for (const c of params.changes) {
      const path = uriToPath(c.uri);
      if (isConfigUri(c.uri)) config = true;
      else if (path) {
        if (c.type !== 2) s.workspace.changed(); // created or deleted: list the files again
        xref.fileChanged(path, c.type === 3);
      }
    }
    if (config) {
      s.recheckAll();
      void xref.reindex(); // a .vanthurc's include/exclude
    }
  });

  documents.onDidSave((e) => {
    if (isConfigUri(e.document.uri)) s.recheckAll();
  });
}
