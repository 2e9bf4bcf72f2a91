// Helpers for the extension-host tests: wait on conditions (never on fixed sleeps).
import * as vscode from 'vscode';
import type { VanthuApi } from '../extension';

export const EXTENSION_ID = 'vanthu.vanthu';

export async function api(): Promise<VanthuApi> {
  const ext = vscode.extensions.getExtension<VanthuApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} not found`);
  const a = await ext.activate();
  await a.ready();
  return a;
}

export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the tests need a workspace folder (test/editor/workspace)');
  return f.uri;
}

export const file = (name: string) => vscode.Uri.joinPath(folder(), name);

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return String(typeof c === 'object' && c !== null ? c.value : c);
}

export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'vanthu');

export const describeDiags = (ds: readonly vscode.Diagnostic[]) =>
  ds
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1} ${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.message}`,
    )
    .join('\n  ') || '(none)';

/** Resolves with the document's vanthu diagnostics once `ok` holds for them; waits on onDidChangeDiagnostics. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  ok: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const ds = ours(uri);
      if (ok(ds)) {
        done();
        resolve(ds);
        return true;
      }
      return false;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${uri.toString()}; diagnostics:\n  ${describeDiags(ours(uri))}`,
        ),
      );
    }, timeoutMs);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Polls a condition that has no event (document text after a save, a client state). */
export async function until<T>(
  get: () => T | Thenable<T>,
  ok: (v: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const t0 = Date.now();
  let v = await get();
  while (!ok(v)) {
    if (Date.now() - t0 > timeoutMs)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(v)?.slice(0, 500)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
    v = await get();
  }
  return v;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

export async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = file(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function closeAll(): Promise<void> {
  // revert-and-close never asks "Save changes?" (a dialog would hang the run)
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
