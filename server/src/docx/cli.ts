// What `vanthu` does with Word files: lint reads them (never --fix), `import` writes their Markdown, `inspect`
// adds paragraph numbers. main.ts calls these; the reading itself is ./files.ts.
import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { isDocxPath, readDocxFile, withParagraphs, type DocxRead } from './files.js';
import type { Imported } from './index.js';

export { isDocxPath, readDocxFile, withParagraphs };

export const FIX_REFUSED = (file: string) =>
  `${file}: không sửa tệp Word (.docx) — --fix chỉ sửa tệp Markdown; chuyển sang Markdown bằng "vanthu import ${file} -o …md" rồi sửa. Các lỗi vẫn được liệt kê.\n`;

export function printNotes(file: string, imported: Imported) {
  for (const n of imported.notes) process.stderr.write(`${file}: ${n}\n`);
}

export function addImportCommand(program: Command, setExit: (code: number) => void) {
  program
    .command('import')
    .description('chuyển tệp Word (.docx) sang Markdown (in ra stdout, hoặc ghi vào tệp với -o)')
    .argument('<file>', 'tệp .docx')
    .option('-o, --output <file>', 'tệp Markdown cần ghi')
    .option('--force', 'ghi đè tệp đã có')
    .action((file: string, o: { output?: string; force?: boolean }) => {
      const r: DocxRead = readDocxFile(file);
      if (!r.ok) {
        process.stderr.write(`${file}: ${r.message}\n`);
        setExit(2);
        return;
      }
      printNotes(file, r.imported);
      if (!o.output) {
        process.stdout.write(r.text);
        return;
      }
      if (existsSync(o.output) && !o.force) {
        process.stderr.write(`${o.output}: tệp đã có — không ghi đè (thêm --force để ghi đè)\n`);
        setExit(2);
        return;
      }
      try {
        writeFileSync(o.output, r.text);
        process.stderr.write(`Đã ghi ${o.output} (${r.imported.spans.length} đoạn).\n`);
      } catch (e) {
        process.stderr.write(
          `${o.output}: không ghi được tệp (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
        );
        setExit(2);
      }
    });
}
