// `vanthu` — lint, inspect, refs, export, lsp. A thin adapter over the pure core.
import { Command, InvalidArgumentError, Option } from 'commander';
import { relative } from 'node:path';
import { analyze } from '../core/analyze.js';
import { inspectLetter } from '../core/inspect.js';
import { RULES } from '../rules/index.js';
import { readDraft, readStdin, type ReadResult } from './files.js';
import { addRefsCommand } from './refs.js';
import { GAZETTEER_META } from '../core/gazetteer/index.js';
import { dmy } from '../core/letterdate.js';
import { lint, printConfigProblems, type LintOptions } from './lint.js';
import { version } from './version.js';
import { addExportCommand } from './export.js';
import { addImportCommand, isDocxPath, readDocxFile, withParagraphs } from '../docx/cli.js';
import type { Imported } from '../docx/index.js';

export async function main(argv: string[]): Promise<number> {
  // `vanthu lint … | head`: the reader went away; nothing more to say, and no stack trace about it
  if (argv[0] !== 'lsp' && !process.stdout.listeners('error').includes(quietOnEpipe))
    process.stdout.on('error', quietOnEpipe);
  const program = new Command();
  let exit = 0;
  program
    .name('vanthu')
    .description('Kiểm tra thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) viết bằng Markdown')
    .version(
      `${version}\nDanh mục đơn vị hành chính: dữ liệu đến ${GAZETTEER_META.currentTo} (hiệu lực từ ${dmy(GAZETTEER_META.currentFrom)}).`,
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('lint')
    .description('kiểm tra các tệp, thư mục hoặc glob ("-" đọc từ stdin)')
    .argument('[paths...]', 'tệp, thư mục hoặc glob', ['.'])
    .addOption(
      new Option('-f, --format <format>', 'định dạng kết quả').choices(['stylish', 'json', 'sarif']).default('stylish'),
    )
    .option('--fix', 'tự động sửa những lỗi sửa được')
    .addOption(new Option('-m, --mode <mode>', 'chế độ kiểm tra').choices(['draft', 'final']))
    .option('-c, --config <file>', 'tệp cấu hình (.vanthurc.json / .vanthurc.yaml)')
    .option('--no-color', 'không tô màu')
    .option(
      '--registry <file>',
      'danh mục văn bản (mặc định: vanban.yaml/vanban.json ở thư mục được kiểm tra hoặc thư mục cha)',
    )
    .option('-j, --jobs <n>', 'số luồng kiểm tra song song (1: không song song; mặc định: theo số lõi CPU)', jobsOption)
    .option('--debug', 'in chi tiết (stack) của lỗi nội bộ')
    .action(async (paths: string[], o: LintOptions) => {
      exit = await lint(paths, o);
    });

  program
    .command('inspect')
    .description('in mô hình văn bản (các thành phần thể thức nhận diện được) dưới dạng JSON')
    .argument('<file>', 'tệp Markdown hoặc Word .docx ("-" đọc từ stdin)')
    .action(async (file: string) => {
      const r: ReadResult & { imported?: Imported } =
        file === '-' ? await readStdin() : isDocxPath(file) ? readDocxFile(file) : readDraft(file);
      if (!r.ok) {
        process.stderr.write(`${file}: ${r.message}\n`);
        exit = 2;
        return;
      }
      const a = analyze(r.text, {});
      const model = inspectLetter(a.letter, file);
      process.stdout.write(JSON.stringify(r.imported ? withParagraphs(model, r.imported) : model, null, 2) + '\n');
    });

  addRefsCommand(program, (code) => (exit = code));
  addExportCommand(program, (code) => (exit = code), printConfigProblems);
  addImportCommand(program, (code) => (exit = code));

  program
    .command('rules')
    .description('liệt kê các quy tắc')
    .option('--json', 'dạng JSON')
    .action((o: { json?: boolean }) => {
      if (o.json)
        process.stdout.write(
          JSON.stringify(
            RULES.map((r) => ({
              id: r.id,
              alias: r.alias,
              severity: r.severity,
              title: r.title,
              provision: r.provision,
              fixable: !!r.fixable,
            })),
            null,
            2,
          ) + '\n',
        );
      else
        for (const r of RULES)
          process.stdout.write(`${r.id.padEnd(7)} ${r.severity.padEnd(8)} ${r.title.vi} — ${r.provision}\n`);
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
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return 0;
    if (typeof err.code === 'string' && err.code.startsWith('commander.')) return 2; // commander said what was wrong
    if (err.code === 'EPIPE') return exit;
    // anything else is ours: say what happened (the stack with --debug), never exit without a word
    const error = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(`vanthu: lỗi nội bộ: ${error.message || error.name}\n`);
    if (argv.includes('--debug') && error.stack) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write('  (chạy lại với --debug để xem chi tiết lỗi)\n');
    return 2;
  }
  return exit;
}

function quietOnEpipe(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
}

export function relativeTo(cwd: string, file: string): string {
  return relative(cwd, file) || file;
}

/** `--jobs N`: a whole number from 1 to 256. */
function jobsOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new InvalidArgumentError(`"${v}" không phải số nguyên từ 1 đến 256.`);
  return n;
}
