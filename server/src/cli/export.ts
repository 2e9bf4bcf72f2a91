// `vanthu export FILE… [-o OUT] [--format docx|pdf|html] [--force]`: the letter as the page the office signs.
import { Option, type Command } from 'commander';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { analyze, formatMessage } from '../core/analyze.js';
import { layoutLetter, type Layout, type LayoutOptions } from '../core/layout/index.js';
import type { Config } from '../../../schemas/config.js';
import { renderDocx } from '../export/docx.js';
import { renderHtml } from '../export/html.js';
import { docxToPdf, findPdfEngine, hasTimesNewRoman, htmlToPdf, NO_PDF_ENGINE, type PdfEngine } from '../export/pdf.js';
import { loadConfig, toAnalyzeOptions, type ConfigProblem } from '../node/config.js';
import { expandPaths, readDraft } from './files.js';
import { isDocxPath, readDocxFile } from '../docx/cli.js';

export type ExportFormat = 'docx' | 'pdf' | 'html';

export interface ExportCliOptions {
  output?: string;
  format?: ExportFormat;
  force?: boolean;
  mode?: 'draft' | 'final';
  config?: string;
  verbose?: boolean;
}

/** The page options a config gives (margins within the decree's ranges, body size). */
export function layoutOptions(config: Config): LayoutOptions {
  const e = config.export ?? {};
  return { margins: e.margins ?? {}, bodySize: e.bodySize };
}

/** The file bytes of one format. PDF needs an engine (see findPdfEngine). */
export async function renderLayout(
  layout: Layout,
  format: ExportFormat,
  engine: PdfEngine | null,
  title?: string,
): Promise<Buffer> {
  if (format === 'html') return Buffer.from(renderHtml(layout, { title }), 'utf8');
  if (format === 'docx') return renderDocx(layout, { title });
  if (!engine) throw new Error(NO_PDF_ENGINE.vi);
  return engine.kind === 'chromium'
    ? htmlToPdf(renderHtml(layout, { title }), engine.path)
    : docxToPdf(await renderDocx(layout, { title }), engine.path);
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Runs the export; returns the exit code (0 all exported, 1 a letter refused for its errors, 2 I/O or missing
 * tool). */
export async function runExport(
  paths: string[],
  o: ExportCliOptions,
  io: Io,
  onConfigProblems: (ps: ConfigProblem[]) => void,
): Promise<number> {
  const expanded = await expandPaths(paths, process.cwd());
  const missing = expanded.missing;
  const explicit = new Set(paths.filter((p) => existsSync(p) && statSync(p).isFile()));
  // a folder's Word files are earlier exports or originals, not drafts; a .docx named on its own is read (import)
  const files = expanded.files.filter((f) => !isDocxPath(f) || explicit.has(f));
  let failed = missing.length > 0;
  let refused = false;
  for (const m of missing) io.err(`${m}: không tìm thấy tệp hoặc thư mục\n`);
  if (!files.length) {
    if (!missing.length) io.err('Không có tệp Markdown nào để xuất.\n');
    return 2;
  }
  // -o: a file name for one input; a folder (existing, or ending in "/") for several
  const outIsDir =
    !!o.output &&
    (o.output.endsWith('/') || (existsSync(o.output) && statSync(o.output).isDirectory()) || files.length > 1);
  let engine: PdfEngine | null | undefined;
  let fontNoted = false;
  const seenConfig = new Set<string>();
  for (const file of files) {
    const r = isDocxPath(file) ? readDocxFile(file) : readDraft(file);
    if (!r.ok) {
      io.err(`${file}: ${r.message}\n`);
      failed = true;
      continue;
    }
    const loaded = loadConfig({ explicit: o.config, fromDir: dirname(resolve(file)) });
    if (loaded.problems.length && !seenConfig.has(loaded.file ?? '')) {
      seenConfig.add(loaded.file ?? '');
      onConfigProblems(loaded.problems);
    }
    const format: ExportFormat = o.format ?? loaded.config.export?.format ?? 'docx';
    const a = analyze(r.text, toAnalyzeOptions(loaded.config, { mode: o.mode }));
    if (!a.letter.isLetter && !explicit.has(file)) {
      if (o.verbose) io.err(`${file}: không phải văn bản hành chính, bỏ qua\n`);
      continue;
    }
    const errors = a.diagnostics.filter((d) => d.severity === 'error');
    if (a.mode === 'final' && errors.length && !o.force) {
      refused = true;
      io.err(`${file}: không xuất vì còn ${errors.length} lỗi (chế độ final; dùng --force để vẫn xuất):\n`);
      for (const d of errors)
        io.err(`  ${d.start.line + 1}:${d.start.character + 1}  ${formatMessage(d)}  ${d.rule}\n`);
      continue;
    }
    const target = outputPath(file, format, o.output, outIsDir);
    if (resolve(target) === resolve(file)) {
      io.err(`${file}: tệp xuất trùng với tệp nguồn, không ghi đè (chọn tên khác với -o)\n`);
      failed = true;
      continue;
    }
    if (format === 'pdf' && engine === undefined) {
      engine = findPdfEngine();
      if (o.verbose && engine)
        io.err(`PDF: dùng ${engine.kind === 'chromium' ? 'Chromium' : 'LibreOffice'} (${engine.path})\n`);
    }
    if (format === 'pdf' && !engine) {
      io.err(`${file}: ${NO_PDF_ENGINE.vi}\n`);
      failed = true;
      continue;
    }
    if (format !== 'docx' && o.verbose && !fontNoted) {
      fontNoted = true;
      if (!(await hasTimesNewRoman()))
        io.err(
          'Máy không có phông Times New Roman: PDF/HTML dùng Liberation Serif (cùng kích thước chữ); tệp .docx vẫn ghi Times New Roman.\n',
        );
    }
    try {
      const layout = layoutLetter(a.letter, layoutOptions(loaded.config));
      const bytes = await renderLayout(layout, format, engine ?? null, titleOf(a.letter.trichYeu?.text, file));
      mkdirSync(dirname(resolve(target)), { recursive: true });
      writeFileSync(target, bytes);
      const note = errors.length ? ` (còn ${errors.length} lỗi)` : '';
      io.out(`${file} → ${target}${note}\n`);
    } catch (e) {
      io.err(`${file}: không xuất được: ${(e as Error).message}\n`);
      failed = true;
    }
  }
  return failed ? 2 : refused ? 1 : 0;
}

function titleOf(summary: string | undefined, file: string): string {
  return summary ?? basename(file, extname(file));
}

function outputPath(file: string, format: ExportFormat, output: string | undefined, outIsDir: boolean): string {
  const name = `${basename(file, extname(file))}.${format}`;
  if (!output) return join(dirname(file), name);
  return outIsDir ? join(output, name) : output;
}

export function addExportCommand(
  program: Command,
  setExit: (code: number) => void,
  onConfigProblems: (ps: ConfigProblem[]) => void,
): void {
  program
    .command('export')
    .description('xuất văn bản ra .docx, PDF hoặc HTML đúng thể thức Nghị định 30 (tệp, thư mục hoặc glob)')
    .argument('<paths...>', 'tệp, thư mục hoặc glob')
    .option('-o, --output <path>', 'tệp xuất (một văn bản) hoặc thư mục (nhiều văn bản); mặc định: cạnh tệp nguồn')
    .addOption(new Option('-f, --format <format>', 'định dạng xuất (mặc định docx)').choices(['docx', 'pdf', 'html']))
    .option('--force', 'vẫn xuất văn bản còn lỗi ở chế độ final')
    .addOption(new Option('-m, --mode <mode>', 'chế độ kiểm tra').choices(['draft', 'final']))
    .option('-c, --config <file>', 'tệp cấu hình (.vanthurc.json / .vanthurc.yaml)')
    .option('--verbose', 'in thêm thông tin (công cụ tạo PDF, phông chữ)')
    .action(async (paths: string[], o: ExportCliOptions) => {
      setExit(
        await runExport(
          paths,
          o,
          { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
          onConfigProblems,
        ),
      );
    });
}
