// The custom requests of the page preview and the export, shared by the server and the VS Code client (type imports
// only: the client bundles this file). The preview is data, never HTML: the webview builds its DOM with textContent.
import type { Layout } from '../core/layout/index.js';

/** `vanthu/preview` {textDocument: {uri}} → PreviewDoc | null (null: not a checked Markdown document). */
export const PREVIEW_REQUEST = 'vanthu/preview';
/** `vanthu/export` ExportParams → ExportResult. */
export const EXPORT_REQUEST = 'vanthu/export';

export interface PreviewParams {
  textDocument: { uri: string };
}

export interface PreviewDiag {
  s: number;
  e: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

export interface PreviewDoc {
  uri: string;
  version: number;
  isLetter: boolean;
  /** The core's page layout (plain JSON), as the .docx/HTML renderers get it. */
  layout: Layout;
  diagnostics: PreviewDiag[];
  /** Suggested file name for an export, without extension (from the ký hiệu and trích yếu, or the draft's name). */
  exportName: string;
}

export type ExportFormat = 'docx' | 'pdf' | 'html';

export interface ExportParams {
  textDocument: { uri: string };
  format: ExportFormat;
  /** Absolute path of the file to write; default: beside the draft, named `exportName`. */
  target?: string;
  /** Overwrite an existing file. */
  overwrite?: boolean;
  /** Export a final-mode letter with errors anyway. */
  force?: boolean;
}

export type ExportResult =
  | { ok: true; path: string; bytes: number; note?: string }
  | { ok: false; reason: 'exists' | 'errors' | 'no-target' | 'not-letter' | 'failed'; message: string; path?: string };
