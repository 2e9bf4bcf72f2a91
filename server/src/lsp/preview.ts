// The page preview and the export of an open letter: `vanthu/preview` answers the core's layout as data (plus the
// diagnostics' ranges, from the same analysis the diagnostics come from); `vanthu/export` writes a .docx/.pdf/.html.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { formatMessage, type Analysis } from '../core/analyze.js';
import { fileStem, layoutLetter, type LayoutOptions } from '../core/layout/index.js';
import type { Letter } from '../core/model.js';
import { layoutOptions as configLayout, renderLayout } from '../cli/export.js';
import { findPdfEngine, NO_PDF_ENGINE } from '../export/pdf.js';
import { uriToPath } from './config.js';
import type { Entry } from './documents.js';
import type { Session } from './session.js';
import type { Lang } from './diagnostics.js';
import {
  EXPORT_REQUEST,
  PREVIEW_REQUEST,
  type ExportParams,
  type ExportResult,
  type PreviewDiag,
  type PreviewDoc,
  type PreviewParams,
} from './previewProtocol.js';

export function registerPreview(s: Session): void {
  s.connection.onRequest(PREVIEW_REQUEST, async (p: PreviewParams) => {
    const doc = s.documents.get(p.textDocument.uri);
    const e = doc && (await s.entryFor(doc));
    return doc && e ? previewOf(e.analysis, doc.uri, doc.version, s.lang, layoutOptions(e)) : null;
  });
  s.connection.onRequest(EXPORT_REQUEST, async (p: ExportParams) => {
    const doc = s.documents.get(p.textDocument.uri);
    const e = doc && (await s.entryFor(doc));
    if (!doc || !e) return refusal('not-letter', s.lang);
    return exportLetter(e.analysis, doc.uri, p, s.lang, layoutOptions(e));
  });
}

/** The page of the nearest .vanthurc (`export.margins`, `export.bodySize`), as `vanthu export` lays it out. */
const layoutOptions = (e: Entry): LayoutOptions => configLayout(e.resolved.config);

/** The export's file name: from the ký hiệu and trích yếu, else the draft's own name folded to ASCII. */
export function exportName(letter: Letter, uri: string): string {
  const stem = fileStem(letter);
  if (stem) return stem;
  const draft = decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, '')).replace(/\.(md|markdown)$/i, '');
  const ascii = draft.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'van-ban';
}

export function previewOf(
  a: Analysis,
  uri: string,
  version: number,
  lang: Lang,
  options: LayoutOptions = {},
): PreviewDoc {
  const layout = layoutLetter(a.letter, options);
  const diagnostics: PreviewDiag[] = a.diagnostics.map((d) => ({
    s: d.span.start,
    e: d.span.end,
    severity: d.severity,
    rule: d.rule,
    message: formatMessage(d, lang),
  }));
  return { uri, version, isLetter: a.letter.isLetter, layout, diagnostics, exportName: exportName(a.letter, uri) };
}

const MESSAGES: Record<Exclude<ExportResult, { ok: true }>['reason'], Record<Lang, string>> = {
  exists: { vi: 'Tệp {0} đã có.', en: 'The file {0} already exists.' },
  errors: {
    vi: 'Văn bản ở chế độ chính thức còn {0} lỗi; sửa trước khi xuất, hoặc vẫn xuất:\n{1}',
    en: 'The final-mode letter has {0} errors; fix them before exporting, or export anyway:\n{1}',
  },
  'no-target': {
    vi: 'Văn bản chưa được lưu: hãy chọn nơi lưu tệp xuất.',
    en: 'The draft is not saved: choose where to write the export.',
  },
  'not-letter': {
    vi: 'Đây không phải văn bản Markdown được Văn Thư kiểm tra.',
    en: 'This is not a Markdown document checked by Văn Thư.',
  },
  failed: { vi: 'Không xuất được: {0}', en: 'Export failed: {0}' },
};

function refusal(reason: keyof typeof MESSAGES, lang: Lang, args: string[] = [], path?: string): ExportResult {
  const message = MESSAGES[reason][lang].replace(/\{(\d)\}/g, (_, i) => args[Number(i)] ?? '');
  return { ok: false, reason, message, ...(path ? { path } : {}) };
}

export async function exportLetter(
  a: Analysis,
  uri: string,
  p: ExportParams,
  lang: Lang,
  options: LayoutOptions = {},
): Promise<ExportResult> {
  const stem = exportName(a.letter, uri);
  const draft = uriToPath(uri);
  const target = p.target ?? (draft ? join(dirname(draft), `${stem}.${p.format}`) : null);
  if (!target || !isAbsolute(target)) return refusal('no-target', lang);
  if (!p.overwrite && existsSync(target)) return refusal('exists', lang, [basename(target)], target);
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  if (a.mode === 'final' && errors.length && !p.force) {
    const list = errors
      .slice(0, 10)
      .map((d) => `${d.start.line + 1}:${d.start.character + 1} ${d.rule} ${d.message[lang]}`);
    return refusal('errors', lang, [String(errors.length), list.join('\n')], target);
  }
  const layout = layoutLetter(a.letter, options);
  const engine = p.format === 'pdf' ? findPdfEngine() : null;
  if (p.format === 'pdf' && !engine) return refusal('failed', lang, [NO_PDF_ENGINE[lang]], target);
  try {
    const data = await renderLayout(layout, p.format, engine, a.letter.trichYeu?.text ?? stem);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    return { ok: true, path: target, bytes: data.length };
  } catch (e) {
    return refusal('failed', lang, [(e as Error)?.message ?? String(e)], target);
  }
}
