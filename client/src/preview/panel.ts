// The page preview: a webview beside the editor that draws the server's layout of the letter (A4 pages, page breaks,
// diagnostics), follows the cursor, moves the cursor on a click, and offers the export.
import * as vscode from 'vscode';
import { lang, t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PREVIEW_REQUEST, type PreviewDoc } from '../../../server/src/lsp/previewProtocol';

export const PREVIEW_VIEW_TYPE = 'vanthu.preview';
/** Typing pauses this long before the page is laid out again. */
const UPDATE_DELAY = 150;

/** What the webview reported after drawing a layout (the extension-host tests read it). */
export interface Rendered {
  version: number;
  pages: number;
  paragraphs: number;
  runs: number;
  marks: number;
  unplaced: number;
  text: string;
  zoom: number;
  cursor: number | null;
}

/** Messages from the webview (preview.js). */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; offset: number }
  | { type: 'export'; format: 'docx' | 'pdf' }
  | { type: 'rendered'; info: Rendered }
  | { type: 'cursor'; at: number | null };

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private timer: NodeJS.Timeout | undefined;
  private requested = 0;
  private disposables: vscode.Disposable[] = [];
  /** The last layout posted to the webview and the webview's last report (test hooks, see VanthuApi.preview). */
  lastPosted: PreviewDoc | undefined;
  lastRendered: Rendered | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<Rendered>();
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.renderedEmitter,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && this.uri && e.document.uri.toString() === this.uri.toString()) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.panel && this.uri && e.textEditor.document.uri.toString() === this.uri.toString())
          this.postCursor(e.textEditor);
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // the preview follows the letter being edited, like VS Code's Markdown preview
        if (this.panel && e && isLetterDocument(e.document) && e.document.uri.toString() !== this.uri?.toString()) {
          this.uri = e.document.uri;
          this.setTitle(e.document);
          void this.update();
        }
      }),
    );
  }

  get documentUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  get visible(): boolean {
    return !!this.panel;
  }

  /** Open (or reveal) the preview of a document beside its editor. */
  async show(doc: vscode.TextDocument): Promise<void> {
    this.uri = doc.uri;
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.context.extensionUri, 'client', 'media', 'preview');
      this.panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        t('Print preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true, enableFindWidget: true },
      );
      this.panel.webview.html = this.html(this.panel.webview, media);
      this.panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), undefined, this.disposables);
      this.panel.onDidDispose(
        () => {
          this.panel = undefined;
          this.lastPosted = undefined;
          this.lastRendered = undefined;
          clearTimeout(this.timer);
        },
        undefined,
        this.disposables,
      );
    } else {
      this.panel.reveal(undefined, true);
    }
    this.setTitle(doc);
    await this.update();
  }

  private setTitle(doc: vscode.TextDocument): void {
    if (this.panel) this.panel.title = t('Preview: {0}', doc.uri.path.replace(/^.*\//, '') || doc.uri.toString());
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY);
  }

  /** Ask the server for the layout of the document's current version and post it to the webview. */
  async update(): Promise<void> {
    const c = this.client();
    const uri = this.uri;
    if (!this.panel || !uri || !c?.isRunning()) return;
    const ticket = ++this.requested;
    let doc: PreviewDoc | null;
    try {
      doc = await c.sendRequest<PreviewDoc | null>(PREVIEW_REQUEST, {
        textDocument: { uri: c.code2ProtocolConverter.asUri(uri) },
      });
    } catch (e) {
      this.output.error(`preview: ${String(e)}`);
      return;
    }
    if (ticket !== this.requested || !this.panel || uri.toString() !== this.uri?.toString()) return; // superseded
    if (!doc) {
      void this.panel.webview.postMessage({ type: 'empty', message: t('This document is not checked by Văn Thư.') });
      return;
    }
    this.lastPosted = doc;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const cursor = editor ? editor.document.offsetAt(editor.selection.active) : null;
    void this.panel.webview.postMessage({ type: 'layout', doc, cursor });
  }

  private postCursor(editor: vscode.TextEditor): void {
    void this.panel?.webview.postMessage({ type: 'cursor', offset: editor.document.offsetAt(editor.selection.active) });
  }

  /** Zoom the pages (the toolbar's buttons; also a command for keyboard users and tests). */
  zoom(step: 'in' | 'out' | 'reset' | 'fit'): void {
    void this.panel?.webview.postMessage({ type: 'zoom', step });
  }

  /** A message from the webview (public: the tests play a click through it too). */
  async onMessage(m: FromWebview): Promise<void> {
    if (m.type === 'ready') await this.update();
    else if (m.type === 'rendered') {
      this.lastRendered = m.info;
      this.renderedEmitter.fire(m.info);
    } else if (m.type === 'cursor') {
      if (this.lastRendered) this.lastRendered = { ...this.lastRendered, cursor: m.at };
      if (this.lastRendered) this.renderedEmitter.fire(this.lastRendered);
    } else if (m.type === 'reveal' && this.uri && Number.isInteger(m.offset)) await this.reveal(this.uri, m.offset);
    else if (m.type === 'export' && this.uri)
      await vscode.commands.executeCommand(m.format === 'pdf' ? 'vanthu.exportPdf' : 'vanthu.exportDocx', this.uri);
  }

  /** A click on the page: the cursor goes to that place in the source, in the editor beside. */
  private async reveal(uri: vscode.Uri, offset: number): Promise<void> {
    const doc = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const pos = doc.positionAt(offset);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = makeNonce();
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js'));
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource} data:`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    const h = (s: string) => escapeHtml(s);
    return `<!DOCTYPE html>
<html lang="${lang()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>${h(t('Print preview'))}</title>
</head>
<body>
<div id="toolbar" role="toolbar">
<button id="zoom-out" title="${h(t('Zoom out'))}" aria-label="${h(t('Zoom out'))}">−</button>
<span id="zoom-level">100%</span>
<button id="zoom-in" title="${h(t('Zoom in'))}" aria-label="${h(t('Zoom in'))}">+</button>
<button id="zoom-fit" title="${h(t('Fit to width'))}">${h(t('Fit'))}</button>
<button id="zoom-reset" title="${h(t('Actual size'))}">100%</button>
<span class="spacer"></span>
<span id="status" aria-live="polite"></span>
<button id="export-docx" class="primary">${h(t('Export .docx'))}</button>
<button id="export-pdf">${h(t('Export PDF'))}</button>
</div>
<div id="message" hidden></div>
<div id="pages" data-page-of="${h(t('Page {0} of {1}'))}" data-problems="${h(t('{0} problems'))}" data-unplaced="${h(t('{0} not on the page'))}"></div>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function isLetterDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown';
}

function makeNonce(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
