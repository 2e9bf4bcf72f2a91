// Status bar item: "⚖ dự thảo ⓧ 2 ⚠ 1"; a click opens the Văn Thư menu (mode with its meaning, agency, rules,
// settings).
import * as vscode from 'vscode';
import { t } from './i18n';
import { getMode } from './config';

export const DIAGNOSTIC_SOURCE = 'vanthu';

export function countDiagnostics(uri: vscode.Uri): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of vscode.languages.getDiagnostics(uri)) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
    else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
  }
  return { errors, warnings };
}

/** The server's `vanthu/analysisMode` notification: a document too long to be checked as it is typed. */
export const ANALYSIS_MODE = 'vanthu/analysisMode';
export interface AnalysisMode {
  uri: string;
  saveOnly: boolean;
}

export class StatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('vanthu.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** Open documents the server checks when they are opened and saved only. */
  private readonly saveOnly = new Set<string>();

  constructor() {
    this.item.name = 'Văn Thư';
    this.item.command = 'vanthu.menu';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration(
        (e) => (e.affectsConfiguration('vanthu.mode') || e.affectsConfiguration('vanthu.locale')) && this.update(),
      ),
    );
    this.update();
  }

  /** What the server said of a document (`vanthu/analysisMode`); a restarted server says it again. */
  setMode(p: AnalysisMode): void {
    if (p.saveOnly) this.saveOnly.add(p.uri);
    else this.saveOnly.delete(p.uri);
    this.update();
  }

  /** The server stopped: what it said no longer holds. */
  resetModes(): void {
    this.saveOnly.clear();
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const mode = getMode(editor.document.uri);
    const modeText = mode === 'final' ? t('final') : t('draft');
    const { errors, warnings } = countDiagnostics(editor.document.uri);
    const onSave = this.saveOnly.has(editor.document.uri.toString());
    this.item.text =
      `$(law) Văn Thư: ${modeText} $(error) ${errors} $(warning) ${warnings}` +
      (onSave ? ` $(history) ${t('on save')}` : '');
    this.item.tooltip =
      t('Văn Thư — mode: {0}; {1} errors, {2} warnings. Click for the Văn Thư menu.', modeText, errors, warnings) +
      (onSave
        ? ' ' + t('This document is very long: it is checked when it is opened and saved, not as you type.')
        : '');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
