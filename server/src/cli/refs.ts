// `vanthu refs [paths]`: every citation of the given letters with what it resolves to, as JSON.
import type { Command } from 'commander';
import { dirname, relative, resolve } from 'node:path';
import { XrefIndex } from '../xref/index.js';
import type { Registry } from '../xref/registry.js';
import type { DescriptionFact } from '../xref/model.js';
import { findRegistry, loadRegistry } from '../node/workspace.js';
import { summariseAll, type SummariseTask } from '../node/xrefPool.js';
import { loadConfig, toAnalyzeOptions } from '../node/config.js';
import { expandPaths, readDraft } from './files.js';

export interface RefEntry {
  file: string;
  line: number; // 1-based
  text: string;
  kind: string;
  number: string | null;
  family: 'state' | 'legal' | 'party' | null;
  date: string | null;
  issuer: string | null;
  /** A first mention lacking what VD-01 asks for (the same findings as `vanthu lint`: laws and proposals exempt). */
  incomplete?: DescriptionFact[];
  /** Short forms ("Kết luận nêu trên"): how they resolved within the letter. */
  short?: { status: 'resolved' | 'self' | 'ambiguous' | 'unresolved'; candidates: string[] };
  resolvedTo: { source: 'workspace' | 'registry' | 'first-mention'; file?: string; line?: number } | null;
}

export interface RefsOptions {
  unresolved?: boolean;
  registry?: string;
  cwd?: string;
  /** Worker threads for the summaries (1: this thread; default: one per core for many files). */
  jobs?: number;
}

export interface RefsResult {
  code: number;
  entries: RefEntry[];
  errors: string[]; // I/O and usage errors (exit 2)
  warnings: string[]; // registry problems
}

export async function runRefs(paths: string[], o: RefsOptions = {}): Promise<RefsResult> {
  const cwd = o.cwd ?? process.cwd();
  const errors: string[] = [];
  const warnings: string[] = [];
  const rel = (f: string) => relative(cwd, resolve(cwd, f)) || f;
  let registry: Registry | null = null;
  const regFile = o.registry ? resolve(cwd, o.registry) : findRegistry(cwd);
  if (regFile) {
    registry = loadRegistry(regFile);
    const unreadable =
      registry.problems.length === 1 &&
      !registry.docs.length &&
      /Không đọc được|mã hóa|nhị phân/.test(registry.problems[0].message);
    for (const p of registry.problems) {
      const line = `${rel(p.file)}:${p.line}:${p.column}: danh mục văn bản không hợp lệ${p.path ? ` tại "${p.path}"` : ''}: ${p.message}`;
      (unreadable && o.registry ? errors : warnings).push(line);
    }
  }
  const { files, missing } = await expandPaths(paths.length ? paths : ['.'], cwd);
  for (const m of missing) errors.push(`${m}: không tìm thấy tệp hoặc thư mục`);
  const index = new XrefIndex({ registry });
  const order: string[] = [];
  const tasks: SummariseTask[] = [];
  for (const f of files) {
    const r = readDraft(resolve(cwd, f));
    if (!r.ok) {
      errors.push(`${f}: ${r.message}`);
      continue;
    }
    const abs = resolve(cwd, f);
    tasks.push({ file: abs, text: r.text });
    order.push(abs);
  }
  // the summaries on worker threads when there are many, put in the index in the files' order (as a serial run)
  for (const r of (await summariseAll(tasks, { jobs: o.jobs })).results) {
    if ('error' in r) throw new Error(r.error);
    if ('summary' in r) index.setSummary(r.summary);
  }
  // VD-01 turned off by the .vanthurc that `vanthu lint` would use for the file: no first mention is incomplete
  const vd01Off = new Map<string, boolean>();
  const checksVd01 = (file: string) => {
    const dir = dirname(file);
    let off = vd01Off.get(dir);
    if (off === undefined) {
      const rules = toAnalyzeOptions(loadConfig({ fromDir: dir }).config).rules ?? {};
      vd01Off.set(dir, (off = rules['VD-01'] === 'off' || rules['citation-first-mention'] === 'off'));
    }
    return !off;
  };
  const entries: RefEntry[] = [];
  const target = (file: string, key: string): RefEntry['resolvedTo'] => {
    const r = index.resolve({ key }, { excludeFile: file });
    if (!r) return null;
    return {
      source: r.source,
      ...(r.file ? { file: rel(r.file) } : {}),
      ...(r.line !== undefined ? { line: r.line + 1 } : {}),
    };
  };
  for (const file of order) {
    const s = index.summary(file)!;
    const vd01 = checksVd01(file);
    const items: (RefEntry & { at: number })[] = [];
    for (const c of s.citations) {
      items.push({
        at: c.span.start,
        file: rel(file),
        line: c.line + 1,
        text: c.text,
        kind: c.kind,
        number: c.number,
        family: c.family,
        date: c.date,
        issuer: c.issuer,
        ...(vd01 && c.missing.length ? { incomplete: c.missing } : {}),
        resolvedTo: target(file, c.key),
      });
    }
    for (const sf of s.shortForms) {
      const c = sf.citation !== null ? s.citations[sf.citation] : null;
      const self = sf.status === 'self';
      items.push({
        at: sf.span.start,
        file: rel(file),
        line: sf.line + 1,
        text: sf.text,
        kind: sf.kind,
        number: c?.number ?? (self ? s.self.number : null),
        family: c?.family ?? (self ? s.self.family : null),
        date: c ? (c.date ?? index.resolve({ key: c.key })?.date ?? null) : self ? s.self.date : null,
        issuer: c ? (c.issuer ?? index.resolve({ key: c.key })?.issuer ?? null) : self ? s.self.issuer : null,
        short: { status: sf.status, candidates: sf.candidates },
        resolvedTo: c
          ? { source: 'first-mention', file: rel(file), line: c.line + 1 }
          : self && s.own
            ? { source: 'workspace', file: rel(file), line: s.own.line + 1 }
            : null,
      });
    }
    items.sort((a, b) => a.at - b.at);
    for (const { at: _at, ...e } of items) {
      // a short form of the letter itself without a number yet is fine; everything else unresolved is a problem, and
      // so is a first mention VD-01 finds incomplete
      const problem = e.short
        ? e.short.status === 'ambiguous' || e.short.status === 'unresolved'
        : e.resolvedTo === null || !!e.incomplete;
      if (!o.unresolved || problem) entries.push(e);
    }
  }
  return { code: errors.length ? 2 : 0, entries, errors, warnings };
}

export function addRefsCommand(program: Command, done: (code: number) => void): void {
  program
    .command('refs')
    .description('liệt kê mọi viện dẫn và văn bản được viện dẫn (JSON)')
    .argument('[paths...]', 'tệp, thư mục hoặc glob', ['.'])
    .option(
      '--unresolved',
      'chỉ liệt kê viện dẫn có vấn đề: chưa xác định được văn bản, hoặc lần đầu viện dẫn còn thiếu (như VD-01)',
    )
    .option(
      '--registry <file>',
      'danh mục văn bản (mặc định: vanban.yaml/vanban.json ở thư mục hiện hành hoặc thư mục cha)',
    )
    .action(async (paths: string[], o: { unresolved?: boolean; registry?: string }) => {
      const r = await runRefs(paths, o);
      for (const w of r.warnings) process.stderr.write(w + '\n');
      for (const e of r.errors) process.stderr.write(e + '\n');
      process.stdout.write(JSON.stringify(r.entries, null, 2) + '\n');
      done(r.code);
    });
}
