// Finding and validating .vanthurc.json / .vanthurc.yaml — shared by the CLI and the language server.
//
// A bad value drops that value only (reported with its line, column and reason); the rest of the file applies. A file
// over MAX_CONFIG_BYTES, a syntax error or a YAML alias bomb drops the file (reported). Each file is parsed once per
// version (cached by path, mtime and size), not once per letter. The search for a config goes up the folders from the
// letter and stops at a boundary: the workspace folder in the editor, the repository root (or the working
// directory, or the folder named on the command line) for the CLI — see searchRoot.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { parseDocument, isNode, isMap, isScalar, LineCounter, type Document } from 'yaml';
import { ConfigSchema, type Config } from '../../../schemas/config.js';
import { describeIssue } from '../../../schemas/issues.js';
import type { AnalyzeOptions, Severity } from '../core/rule.js';
import { RULE_BY_NAME } from '../core/analyze.js';

export const CONFIG_NAMES = ['.vanthurc.json', '.vanthurc.yaml', '.vanthurc.yml'];
/** A .vanthurc is a few hundred bytes; above this it is not read (a 30 MB file would cost seconds per parse). */
export const MAX_CONFIG_BYTES = 256 * 1024;
/** YAML aliases expanded at most this many times (a "billion laughs" file stops here). */
export const MAX_ALIAS_COUNT = 100;

export interface ConfigProblem {
  file: string;
  path: string; // "rules.DD-02"
  line: number; // 1-based
  column: number;
  /** The reason, in Vietnamese. */
  message: string;
  /** The reason, in English. */
  en: string;
  /** What is ignored because of it: that value only, the whole file, or nothing (a note). */
  drops: 'value' | 'file' | 'none';
}

export interface LoadedConfig {
  file: string | null;
  config: Config;
  problems: ConfigProblem[];
}

/** One problem as a line of text: where, the reason, and what is ignored. */
export function problemText(p: ConfigProblem, lang: 'vi' | 'en' = 'vi'): string {
  const en = lang === 'en';
  const where = p.path ? (en ? ` at "${p.path}"` : ` tại "${p.path}"`) : '';
  const head =
    p.drops === 'none' ? (en ? 'configuration' : 'cấu hình') : en ? 'invalid configuration' : 'cấu hình không hợp lệ';
  const tail =
    p.drops === 'value'
      ? en
        ? ' — this value is ignored, the rest of the file applies.'
        : ' — bỏ qua giá trị này, phần còn lại của tệp vẫn áp dụng.'
      : p.drops === 'file'
        ? en
          ? ' — the file is ignored, defaults are used.'
          : ' — bỏ qua cả tệp, dùng giá trị mặc định.'
        : '';
  return `${p.file}:${p.line}:${p.column}: ${head}${where}: ${en ? p.en : p.message}${tail}`;
}

const inside = (dir: string, root: string) => {
  const r = relative(root, dir);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
};

const gitRoots = new Map<string, string | null>();
/** The nearest folder at or above `dir` holding `.git` (a repository's root), or null. */
export function repositoryRoot(dir: string): string | null {
  const start = resolve(dir);
  const seen: string[] = [];
  let d = start;
  let found: string | null = null;
  for (;;) {
    const hit = gitRoots.get(d);
    if (hit !== undefined) {
      found = hit;
      break;
    }
    seen.push(d);
    if (existsSync(join(d, '.git'))) {
      found = d;
      break;
    }
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  if (gitRoots.size > 2000) gitRoots.clear();
  for (const s of seen) gitRoots.set(s, found);
  return found;
}

/**
 * Where the search for .vanthurc and vanban.yaml stops (that folder is still searched):
 * the repository root (the nearest folder up holding `.git`); outside a repository, the working directory when the
 * folder is inside it, else the folder named on the command line that holds it (`roots`), else the folder itself.
 * The language server passes its workspace folder instead.
 */
export function searchRoot(fromDir: string, o: { cwd?: string; roots?: string[] } = {}): string {
  const dir = resolve(fromDir);
  const repo = repositoryRoot(dir);
  if (repo) return repo;
  if (o.cwd && inside(dir, resolve(o.cwd))) return resolve(o.cwd);
  const root = (o.roots ?? [])
    .map((r) => resolve(r))
    .filter((r) => inside(dir, r))
    .sort((a, b) => a.length - b.length)[0];
  return root ?? dir;
}

/** The nearest config at or above `fromDir`, not above `stopAt`; `others`: configs beside it that are not used. */
export function findConfigIn(fromDir: string, stopAt: string): { file: string; others: string[] } | null {
  let dir = resolve(fromDir);
  const stop = resolve(stopAt);
  if (!inside(dir, stop)) return findHere(dir);
  for (;;) {
    const here = findHere(dir);
    if (here) return here;
    const up = dirname(dir);
    if (up === dir || dir === stop) return null;
    dir = up;
  }
}

function findHere(dir: string): { file: string; others: string[] } | null {
  const present = CONFIG_NAMES.map((n) => join(dir, n)).filter((f) => existsSync(f));
  return present.length ? { file: present[0], others: present.slice(1) } : null;
}

export function findConfig(fromDir: string, stopAt?: string): string | null {
  return findConfigIn(fromDir, stopAt ?? searchRoot(fromDir, { cwd: process.cwd() }))?.file ?? null;
}

type Path = (string | number)[];
const DROP = Symbol('drop');

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

function dropAt(data: Record<string, unknown>, path: Path): void {
  const parent = valueAt(data, path.slice(0, -1));
  const k = path[path.length - 1];
  if (parent === null || typeof parent !== 'object') return;
  if (Array.isArray(parent)) parent[k as number] = DROP;
  else delete (parent as Record<string | number, unknown>)[k];
}

function sweep(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== DROP).map(sweep);
  if (v && typeof v === 'object' && !(v instanceof Date))
    for (const [k, x] of Object.entries(v)) (v as Record<string, unknown>)[k] = sweep(x);
  return v;
}

/** The source offset of a path (the deepest node found on it), or of a key of the map at the path. */
function offsetOf(doc: Document, path: Path, key?: string): number {
  if (key !== undefined) {
    const map = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

/** Parse and validate a config text. Bad values are dropped one by one (each a problem with its position). */
export function parseConfig(text: string, file: string): LoadedConfig {
  const fileProblem = (message: string, en: string, line = 1, column = 1): LoadedConfig => ({
    file,
    config: {},
    problems: [{ file, path: '', line, column, message, en, drops: 'file' }],
  });
  if (text.length > MAX_CONFIG_BYTES)
    return fileProblem(
      `Tệp cấu hình quá lớn (${Math.round(text.length / 1024)} KB, tối đa ${MAX_CONFIG_BYTES / 1024} KB)`,
      `Configuration file too large (${Math.round(text.length / 1024)} KB, at most ${MAX_CONFIG_BYTES / 1024} KB)`,
    );
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    const first = e.message.split('\n')[0];
    const { line, column } = at(e.pos[0]);
    return fileProblem(`Cú pháp không hợp lệ: ${first}`, `Syntax error: ${first}`, line, column);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (e) {
    const alias = /alias/i.test((e as Error).message);
    return fileProblem(
      alias
        ? `Không đọc được tệp cấu hình: bí danh YAML (*tên) được mở rộng quá ${MAX_ALIAS_COUNT} lần`
        : `Không đọc được tệp cấu hình: ${(e as Error).message}`,
      alias
        ? `Cannot read the configuration: YAML aliases (*name) expand more than ${MAX_ALIAS_COUNT} times`
        : `Cannot read the configuration: ${(e as Error).message}`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fileProblem(
      'Tệp cấu hình phải là một đối tượng (các cặp khóa: giá trị)',
      'A configuration must be an object (key: value pairs)',
    );
  const obj = data as Record<string, unknown>;
  const seen = new Set<string>();
  let config: Config;
  // each round drops the values zod rejects; nested drops cannot make a parent invalid (every key is optional),
  // so this settles in one or two rounds — bounded anyway
  for (let round = 0; ; round++) {
    const r = ConfigSchema.safeParse(obj);
    if (r.success) {
      config = r.data;
      break;
    }
    if (round >= 5) {
      problems.push({
        file,
        path: '',
        line: 1,
        column: 1,
        message: 'Tệp cấu hình không hợp lệ',
        en: 'Invalid configuration',
        drops: 'file',
      });
      config = {};
      break;
    }
    const drops: Path[] = [];
    for (const i of r.error.issues) {
      const reason = describeIssue(i, valueAt(obj, i.path));
      if (i.code === 'unrecognized_keys') {
        for (const k of i.keys) {
          const p = [...i.path, k];
          drops.push(p);
          const id = p.join('.') + '\0' + reason.vi;
          if (seen.has(id)) continue;
          seen.add(id);
          problems.push({ file, path: p.join('.'), ...at(offsetOf(doc, i.path, k)), ...msg(reason), drops: 'value' });
        }
        continue;
      }
      drops.push(i.path);
      const id = i.path.join('.') + '\0' + reason.vi;
      if (seen.has(id)) continue;
      seen.add(id);
      problems.push({
        file,
        path: i.path.join('.'),
        ...at(offsetOf(doc, i.path)),
        ...msg(reason),
        drops: i.path.length ? 'value' : 'file',
      });
    }
    if (drops.some((p) => !p.length)) {
      config = {};
      break;
    }
    // deepest first, array elements marked then swept (indices of later drops stay valid)
    for (const p of drops.sort((a, b) => b.length - a.length)) dropAt(obj, p);
    sweep(obj);
  }
  for (const name of Object.keys(config.rules ?? {})) {
    if (!RULE_BY_NAME.has(name)) {
      problems.push({
        file,
        path: `rules.${name}`,
        ...at(offsetOf(doc, ['rules'], name)),
        message: `Không có quy tắc "${name}"`,
        en: `No rule "${name}"`,
        drops: 'value',
      });
      delete config.rules![name];
    }
  }
  return { file, config, problems };
}

const msg = (r: { vi: string; en: string }) => ({ message: r.vi, en: r.en });

const cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();

/** Read and parse a config file, once per version of it (path, mtime, size). */
export function readConfigFile(file: string): LoadedConfig {
  const fail = (message: string, en: string): LoadedConfig => ({
    file,
    config: {},
    problems: [{ file, path: '', line: 1, column: 1, message, en, drops: 'file' }],
  });
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return fail(`Không đọc được tệp cấu hình (${code})`, `Cannot read the configuration file (${code})`);
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
  let loaded: LoadedConfig;
  if (st.size > MAX_CONFIG_BYTES)
    loaded = fail(
      `Tệp cấu hình quá lớn (${Math.round(st.size / 1024)} KB, tối đa ${MAX_CONFIG_BYTES / 1024} KB)`,
      `Configuration file too large (${Math.round(st.size / 1024)} KB, at most ${MAX_CONFIG_BYTES / 1024} KB)`,
    );
  else {
    try {
      parseCount.n++;
      loaded = parseConfig(readFileSync(file, 'utf8'), file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      loaded = fail(`Không đọc được tệp cấu hình (${code})`, `Cannot read the configuration file (${code})`);
    }
  }
  if (cache.size >= 200) cache.clear();
  cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, loaded });
  return loaded;
}

/** How many times a config text was parsed (tests: once per file, not per letter). */
export const parseCount = { n: 0 };

/**
 * The config of a folder: `explicit` (--config), else the nearest .vanthurc up to `stopAt` (default: searchRoot
 * with the working directory). Two configs in one folder: the first of CONFIG_NAMES is used, and a note says so.
 */
export function loadConfig(opts: { explicit?: string; fromDir: string; stopAt?: string }): LoadedConfig {
  if (opts.explicit) return readConfigFile(resolve(opts.explicit));
  const found = findConfigIn(opts.fromDir, opts.stopAt ?? searchRoot(opts.fromDir, { cwd: process.cwd() }));
  if (!found) return { file: null, config: {}, problems: [] };
  const loaded = readConfigFile(found.file);
  if (!found.others.length) return loaded;
  return { ...loaded, problems: [duplicateNote(found.file, found.others), ...loaded.problems] };
}

export function duplicateNote(used: string, others: string[]): ConfigProblem {
  const names = others.map((o) => basename(o)).join(', ');
  return {
    file: used,
    path: '',
    line: 1,
    column: 1,
    message: `Thư mục có nhiều tệp cấu hình: dùng ${basename(used)}, bỏ qua ${names}`,
    en: `Several configuration files in one folder: ${basename(used)} is used, ${names} ignored`,
    drops: 'none',
  };
}

/** For an open config file: a note when another config sits beside it (which one is used). */
export function siblingNotes(file: string): ConfigProblem[] {
  const here = findHere(dirname(file));
  if (!here || !here.others.length) return [];
  if (here.file === file) return [duplicateNote(file, here.others)];
  return [
    {
      ...duplicateNote(here.file, here.others),
      file,
      message: `Tệp này bị bỏ qua: cùng thư mục có ${basename(here.file)}, tệp đó được dùng`,
      en: `This file is ignored: ${basename(here.file)} in the same folder is used`,
    },
  ];
}

export function toAnalyzeOptions(config: Config, override: { mode?: 'draft' | 'final' } = {}): AnalyzeOptions {
  const rules: Record<string, 'off' | Severity> = {};
  for (const [k, v] of Object.entries(config.rules ?? {})) {
    if (v === false) rules[k] = 'off';
    else if (v !== true) rules[k] = v;
  }
  return {
    mode: override.mode ?? config.mode ?? 'draft',
    rules,
    profile: config.profile ?? {},
    ...(config.party ? { party: config.party } : {}),
  };
}
