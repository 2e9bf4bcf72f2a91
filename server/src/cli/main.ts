// `vanthu` — lint, inspect, refs, export, lsp. A thin adapter over the pure core.
import { Command, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, fixAll } from '../core/analyze.js';
import { inspectLetter } from '../core/inspect.js';
import { RULES } from '../rules/index.js';
import { loadConfig, toAnalyzeOptions, type ConfigProblem } from '../node/config.js';
import { expandPaths, readDraft, readStdin, type ReadResult } from './files.js';
import { toJson, toSarif, toStylish, type FileReport } from './format.js';
import { addRefsCommand } from './refs.js';
import { GAZETTEER_META } from '../core/gazetteer/index.js';
import { dmy } from '../core/letterdate.js';
import { addExportCommand } from './export.js';
import { addImportCommand, FIX_REFUSED, isDocxPath, printNotes, readDocxFile, withParagraphs } from '../docx/cli.js';
import { originsOf } from '../docx/files.js';
import type { Imported } from '../docx/index.js';

declare const VANTHU_VERSION: string;
const version = typeof VANTHU_VERSION === 'string' ? VANTHU_VERSION : '0.0.0-dev';

const printConfigProblems = (ps: ConfigProblem[]) => {
  for (const p of ps) {
    process.stderr.write(`${p.file}:${p.line}:${p.column}: cấu hình không hợp lệ${p.path ? ` tại "${p.path}"` : ''}: ${p.message} — dùng giá trị mặc định.\n`);
  }
};

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let exit = 0;
  program
    .name('vanthu')
    .description('Kiểm tra thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) viết bằng Markdown')
    .version(`${version}\nDanh mục đơn vị hành chính: dữ liệu đến ${GAZETTEER_META.currentTo} (hiệu lực từ ${dmy(GAZETTEER_META.currentFrom)}).`)
    .exitOverride()
    .configureOutput({ writeErr: s => process.stderr.write(s) });

  program
    .command('lint')
    .description('kiểm tra các tệp, thư mục hoặc glob ("-" đọc từ stdin)')
    .argument('[paths...]', 'tệp, thư mục hoặc glob', ['.'])
    .addOption(new Option('-f, --format <format>', 'định dạng kết quả').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--fix', 'tự động sửa những lỗi sửa được')
    .addOption(new Option('-m, --mode <mode>', 'chế độ kiểm tra').choices(['draft', 'final']))
    .option('-c, --config <file>', 'tệp cấu hình (.vanthurc.json / .vanthurc.yaml)')
    .option('--no-color', 'không tô màu')
    .action(async (paths: string[], o: { format: string; fix?: boolean; mode?: 'draft' | 'final'; config?: string; color: boolean }) => {
      const reports: FileReport[] = [];
      let ioFailure = false;
      const lintText = (file: string, text: string, fromDir: string, word?: Imported): FileReport => {
        const loaded = loadConfig({ explicit: o.config, fromDir });
        if (loaded.problems.length && !seenConfig.has(loaded.file ?? '')) {
          seenConfig.add(loaded.file ?? '');
          printConfigProblems(loaded.problems);
        }
        const options = toAnalyzeOptions(loaded.config, { mode: o.mode });
        if (o.fix && word) process.stderr.write(FIX_REFUSED(file));
        if (o.fix && file !== '<stdin>' && !word) {
          const fixed = fixAll(text, options);
          if (fixed.text !== text) {
            writeFileSync(file, fixed.text);
            text = fixed.text;
          }
        }
        const a = analyze(text, options);
        if (o.fix && file === '<stdin>') {
          process.stdout.write(fixAll(text, options).text);
        }
        return {
          file,
          mode: a.mode,
          type: a.letter.isLetter ? a.letter.type : 'not-a-letter',
          diagnostics: a.diagnostics,
          ...(word ? { origins: originsOf(word, a.diagnostics.map(d => d.span.start)) } : {}),
        };
      };
      const seenConfig = new Set<string>();
      if (paths.length === 1 && paths[0] === '-') {
        const r = await readStdin();
        if (!r.ok) {
          process.stderr.write(`<stdin>: ${r.message}\n`);
          exit = 2;
          return;
        }
        reports.push(lintText('<stdin>', r.text, process.cwd()));
      } else {
        const { files, missing } = await expandPaths(paths, process.cwd());
        for (const m of missing) {
          process.stderr.write(`${m}: không tìm thấy tệp hoặc thư mục\n`);
          ioFailure = true;
        }
        for (const file of files) {
          const r: ReadResult & { imported?: Imported } = isDocxPath(file) ? readDocxFile(file) : readDraft(file);
          if (!r.ok) {
            ioFailure = true;
            process.stderr.write(`${file}: ${r.message}\n`);
            reports.push({ file, mode: o.mode ?? 'draft', type: 'unknown', diagnostics: [], error: r.message });
            continue;
          }
          if (r.imported) printNotes(file, r.imported);
          reports.push(lintText(file, r.text, dirname(resolve(file)), r.imported));
        }
        if (!files.length && !missing.length) process.stderr.write('Không có tệp Markdown hoặc Word (.docx) nào để kiểm tra.\n');
      }
      if (o.format === 'json') process.stdout.write(JSON.stringify(toJson(reports), null, 2) + '\n');
      else if (o.format === 'sarif') process.stdout.write(JSON.stringify(toSarif(reports, RULES, version, pathToFileURL(process.cwd() + '/').href), null, 2) + '\n');
      else if (!(o.fix && paths[0] === '-')) process.stdout.write(toStylish(reports, o.color && !!process.stdout.isTTY) + '\n');
      const errors = reports.some(r => r.diagnostics.some(d => d.severity === 'error'));
      exit = ioFailure ? 2 : errors ? 1 : 0;
    });

  program
    .command('inspect')
    .description('in mô hình văn bản (các thành phần thể thức nhận diện được) dưới dạng JSON')
    .argument('<file>', 'tệp Markdown hoặc Word .docx ("-" đọc từ stdin)')
    .action(async (file: string) => {
      const r: ReadResult & { imported?: Imported } = file === '-' ? await readStdin() : isDocxPath(file) ? readDocxFile(file) : readDraft(file);
      if (!r.ok) {
        process.stderr.write(`${file}: ${r.message}\n`);
        exit = 2;
        return;
      }
      const a = analyze(r.text, {});
      const model = inspectLetter(a.letter, file);
      process.stdout.write(JSON.stringify(r.imported ? withParagraphs(model, r.imported) : model, null, 2) + '\n');
    });

  addRefsCommand(program, code => (exit = code));
  addExportCommand(program, code => (exit = code), printConfigProblems);
  addImportCommand(program, code => (exit = code));

  program
    .command('rules')
    .description('liệt kê các quy tắc')
    .option('--json', 'dạng JSON')
    .action((o: { json?: boolean }) => {
      if (o.json) process.stdout.write(JSON.stringify(RULES.map(r => ({ id: r.id, alias: r.alias, severity: r.severity, title: r.title, provision: r.provision, fixable: !!r.fixable })), null, 2) + '\n');
      else for (const r of RULES) process.stdout.write(`${r.id.padEnd(7)} ${r.severity.padEnd(8)} ${r.title.vi} — ${r.provision}\n`);
    });

  program
    .command('lsp')
    .description('chạy language server (LSP) qua stdio')
    .option('--stdio', 'giao tiếp qua stdin/stdout (mặc định)')
    .option('--node-ipc', 'giao tiếp qua IPC của Node')
    .allowUnknownOption(true)
    .action(async () => {
      const { startServer } = await import('../lsp/server.js');
      startServer();
      exit = -1; // keep running
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
    return 2;
  }
  return exit;
}

export function relativeTo(cwd: string, file: string): string {
  return relative(cwd, file) || file;
}
