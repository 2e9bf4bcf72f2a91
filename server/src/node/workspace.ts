// The cross-reference workspace on disk: Markdown files under a root (include/exclude globs via tinyglobby) and the
// document registry (vanban.yaml / vanban.json at the root, a nearer parent, or where a setting points).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { decode } from '../cli/files.js';
import type { Workspace } from '../xref/index.js';
import { parseRegistry, REGISTRY_NAMES, type Registry } from '../xref/registry.js';

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
export const DEFAULT_XREF_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

export interface DiskWorkspaceOptions {
  include?: string[];
  exclude?: string[];
  /** Stop listing after this many files (the language server bounds its scan). */
  max?: number;
}

/** Files are absolute paths. Unreadable, binary or non-UTF-8 files read as undefined (and are skipped). */
export class DiskWorkspace implements Workspace {
  readonly root: string;
  constructor(
    root: string,
    private opts: DiskWorkspaceOptions = {},
  ) {
    this.root = resolve(root);
  }

  listFiles(): string[] {
    const found = globSync(this.opts.include?.length ? this.opts.include : DEFAULT_INCLUDE, {
      cwd: this.root,
      ignore: [...DEFAULT_XREF_EXCLUDE, ...(this.opts.exclude ?? [])],
      absolute: true,
    });
    found.sort();
    return this.opts.max ? found.slice(0, this.opts.max) : found;
  }

  read(file: string): string | undefined {
    return readTextFile(file);
  }
}

export function readTextFile(file: string): string | undefined {
  try {
    const r = decode(readFileSync(file));
    return r.ok ? r.text : undefined;
  } catch {
    return undefined;
  }
}

/** A fixed list of files (the CLI's expanded arguments). */
export class FileListWorkspace implements Workspace {
  constructor(private list: string[]) {}
  listFiles(): string[] {
    return this.list;
  }
  read(file: string): string | undefined {
    return readTextFile(file);
  }
}

/** vanban.yaml / vanban.yml / vanban.json in `fromDir` or the nearest parent. */
export function findRegistry(fromDir: string, stopAt?: string): string | null {
  let dir = resolve(fromDir);
  for (;;) {
    for (const n of REGISTRY_NAMES) {
      const f = join(dir, n);
      if (existsSync(f)) return f;
    }
    const up = dirname(dir);
    if (up === dir || (stopAt && dir === resolve(stopAt))) return null;
    dir = up;
  }
}

/** Read and validate a registry; `path` entries are resolved against the registry's folder. An unreadable file is
 * one problem (line 1) and an empty registry. */
export function loadRegistry(file: string): Registry {
  const abs = resolve(file);
  let text: string;
  try {
    const r = decode(readFileSync(abs));
    if (!r.ok)
      return { file: abs, docs: [], problems: [{ file: abs, path: '', line: 1, column: 1, message: r.message }] };
    text = r.text;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      file: abs,
      docs: [],
      problems: [
        {
          file: abs,
          path: '',
          line: 1,
          column: 1,
          message: `Không đọc được danh mục văn bản (${err.code ?? err.message})`,
        },
      ],
    };
  }
  return parseRegistry(text, abs, (p) => (isAbsolute(p) ? p : resolve(dirname(abs), p)));
}
