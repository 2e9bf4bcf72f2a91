// `vanthu lint`: the files' own findings and, over the workspace index of the files linted (and the registry beside
// them), the cross-document rules' — the same findings the language server reports for the same folder.
import { writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crossFindings, crossSubject, inWorkspaceOrder, type Diagnostic } from '../core/analyze.js';
import { SourceText } from '../core/source.js';
import { RULES } from '../rules/index.js';
import {
  loadConfig,
  problemText,
  searchRoot,
  toAnalyzeOptions,
  type ConfigProblem,
  type LoadedConfig,
} from '../node/config.js';
import { findRegistry, loadRegistry } from '../node/workspace.js';
import { inclusionFilter } from '../lsp/config.js';
import { XrefIndex } from '../xref/index.js';
import { expandPaths, readDraft, readStdin, type ReadResult } from './files.js';
import { FIX_REFUSED, isDocxPath, printNotes, readDocxFile } from '../docx/cli.js';
import { originsOf } from '../docx/files.js';
import type { Imported } from '../docx/index.js';
import { toJson, toSarif, toStylish, type FileReport } from './format.js';
import { version } from './version.js';
import { lintAll } from './pool.js';

export interface LintOptions {
  format: string;
  fix?: boolean;
  mode?: 'draft' | 'final';
  config?: string;
  color: boolean;
  registry?: string;
  /** Worker threads for the letters (1: all in this thread); default one per core when there are many letters. */
  jobs?: number;
}

export const printConfigProblems = (ps: ConfigProblem[]) => {
  for (const p of ps) process.stderr.write(problemText(p) + '\n');
};

interface Input {
  file: string; // as given (reported)
  abs: string; // the index's name for it
  text: string;
  config: LoadedConfig;
  /** A Word file: its Markdown and where each part came from (never fixed in place). */
  word?: Imported;
  /** The file began with a UTF-8 BOM: `--fix` keeps it. */
  bom?: boolean;
}

/** Exit code: 0 clean, 1 errors found, 2 I/O or usage problems. */
export async function lint(paths: string[], o: LintOptions): Promise<number> {
  const cwd = process.cwd();
  const reports: FileReport[] = [];
  let ioFailure = false;
  const seenConfig = new Set<string>();
  // the search for .vanthurc / vanban.yaml stops at the repository root, else the working directory, else the folder
  // named on the command line (node/config.ts searchRoot)
  const roots = paths.filter((p) => p !== '-').map((p) => resolve(cwd, p));
  const stopAt = (dir: string) => searchRoot(dir, { cwd, roots });
  const configFor = (fromDir: string) => {
    const loaded = loadConfig({ explicit: o.config, fromDir, stopAt: stopAt(fromDir) });
    if (loaded.problems.length && !seenConfig.has(loaded.file ?? '')) {
      seenConfig.add(loaded.file ?? '');
      printConfigProblems(loaded.problems);
    }
    return loaded;
  };
  const inputs: Input[] = [];
  const stdin = paths.length === 1 && paths[0] === '-';
  if (stdin) {
    const r = await readStdin();
    if (!r.ok) {
      process.stderr.write(`<stdin>: ${r.message}\n`);
      return 2;
    }
    inputs.push({ file: '<stdin>', abs: resolve(cwd, '<stdin>'), text: r.text, config: configFor(cwd), bom: r.bom });
  } else {
    const { files, missing, expanded } = await expandPaths(paths, cwd);
    for (const m of missing) {
      process.stderr.write(`${m}: không tìm thấy tệp hoặc thư mục\n`);
      ioFailure = true;
    }
    // a folder's Markdown files are those its .vanthurc includes (as in the editor); a file named on the command line,
    // and a Word file, is linted
    const included = inclusionFilter({}, null, true, { stopAt, explicit: o.config });
    for (const file of files) {
      const abs = resolve(cwd, file);
      if (expanded.has(file) && !isDocxPath(file) && !included(abs)) continue;
      const r: ReadResult & { imported?: Imported } = isDocxPath(file) ? readDocxFile(file) : readDraft(file);
      if (!r.ok) {
        ioFailure = true;
        process.stderr.write(`${file}: ${r.message}\n`);
        reports.push({ file, mode: o.mode ?? 'draft', type: 'unknown', diagnostics: [], error: r.message });
        continue;
      }
      if (r.imported) printNotes(file, r.imported);
      inputs.push({ file, abs, text: r.text, config: configFor(dirname(abs)), word: r.imported, bom: r.bom });
    }
    if (!files.length && !missing.length)
      process.stderr.write('Không có tệp Markdown hoặc Word (.docx) nào để kiểm tra.\n');
  }
  const optionsOf = (i: Input) => toAnalyzeOptions(i.config.config, { mode: o.mode });
  for (const i of inputs) if (o.fix && i.word) process.stderr.write(FIX_REFUSED(i.file));
  // each letter's own work, on worker threads when there are many; fixes are written here, in input order
  const { results } = await lintAll(
    inputs.map((i) => ({ abs: i.abs, text: i.text, options: optionsOf(i), fix: !!o.fix && !i.word })),
    o.jobs,
  );
  const index = new XrefIndex({ registry: registryFor(paths, o, cwd, stopAt) });
  inputs.forEach((i, k) => {
    const r = results[k];
    if (o.fix && !i.word) {
      const bom = i.bom ? '\ufeff' : '';
      if (stdin) process.stdout.write(bom + r.text);
      else if (r.text !== i.text) writeFileSync(i.file, bom + r.text);
    }
    i.text = r.text;
    index.setSummary(r.summary);
  });
  const byAbs = new Map(inputs.map((i) => [i.abs, i]));
  const sources = new Map<string, SourceText>();
  const sourceOf = (file: string) => {
    let s = sources.get(file);
    const text = byAbs.get(file)?.text;
    if (!s && text !== undefined) sources.set(file, (s = new SourceText(text)));
    return s;
  };
  const rel = (file: string) => relative(cwd, file) || file;
  inputs.forEach((i, k) => {
    const r = results[k];
    const options = optionsOf(i);
    const view = index.view(i.abs);
    const cross = view ? crossFindings(crossSubject(i.text), options, view, sourceOf) : [];
    const diagnostics = inWorkspaceOrder(r.diagnostics, cross).map((d) => relatedRelative(d, rel));
    reports.push({
      file: i.file,
      mode: r.mode,
      type: r.type,
      diagnostics,
      ...(i.word
        ? {
            origins: originsOf(
              i.word,
              diagnostics.map((d) => d.span.start),
            ),
          }
        : {}),
    });
  });
  if (o.format === 'json') process.stdout.write(JSON.stringify(toJson(reports), null, 2) + '\n');
  else if (o.format === 'sarif')
    process.stdout.write(
      JSON.stringify(toSarif(reports, RULES, version, pathToFileURL(cwd + '/').href), null, 2) + '\n',
    );
  else if (!(o.fix && stdin)) process.stdout.write(toStylish(reports, o.color && !!process.stdout.isTTY) + '\n');
  const errors = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return ioFailure ? 2 : errors ? 1 : 0;
}

/** Related information in another file names it relative to the working directory, as the reports do. */
function relatedRelative(d: Diagnostic, rel: (file: string) => string): Diagnostic {
  if (!d.related?.some((r) => r.file)) return d;
  return { ...d, related: d.related.map((r) => (r.file ? { ...r, file: rel(r.file) } : r)) };
}

/** `--registry`, else vanban.yaml / vanban.json in the folder linted (the first argument) or a parent. */
function registryFor(paths: string[], o: LintOptions, cwd: string, stopAt: (dir: string) => string) {
  const first = paths.find((p) => p !== '-');
  let from = cwd;
  if (first) {
    const abs = resolve(cwd, first);
    from = /\.(?:md|markdown)$/i.test(abs) ? dirname(abs) : abs;
  }
  const file = o.registry ? resolve(cwd, o.registry) : findRegistry(from, stopAt(from));
  if (!file) return null;
  const reg = loadRegistry(file, { root: stopAt(dirname(file)) });
  for (const p of reg.problems) {
    process.stderr.write(
      `${relative(cwd, p.file) || p.file}:${p.line}:${p.column}: danh mục văn bản không hợp lệ${p.path ? ` tại "${p.path}"` : ''}: ${p.message}\n`,
    );
  }
  return reg;
}
