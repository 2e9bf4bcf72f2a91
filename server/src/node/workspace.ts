// The document registry on disk (vanban.yaml / vanban.json at the root, a nearer parent, or where a setting points);
// the files of a workspace are listed by the language server's and the CLI's own workspaces.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { decode } from '../cli/files.js';
import { parseRegistry, REGISTRY_NAMES, type Registry } from '../xref/registry.js';

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
