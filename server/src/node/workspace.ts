// The document registry on disk (vanban.yaml / vanban.json at the root, a nearer parent, or where a setting points);
// the files of a workspace are listed by the language server's and the CLI's own workspaces.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { searchRoot } from './config.js';
import { decode } from '../cli/files.js';
import { parseRegistry, REGISTRY_NAMES, type Registry } from '../xref/registry.js';

/** vanban.yaml / vanban.yml / vanban.json in `fromDir` or the nearest parent, not above `stopAt` (default: the
 * search boundary of node/config.ts searchRoot, with the working directory). */
export function findRegistry(fromDir: string, stopAt?: string): string | null {
  let dir = resolve(fromDir);
  const stop = resolve(stopAt ?? searchRoot(dir, { cwd: process.cwd() }));
  const under = isInside(dir, stop);
  for (;;) {
    for (const n of REGISTRY_NAMES) {
      const f = join(dir, n);
      if (existsSync(f)) return f;
    }
    const up = dirname(dir);
    if (!under || up === dir || dir === stop) return null;
    dir = up;
  }
}

/** A registry holds a few thousand entries; above this it is not read (parsing it would take seconds). */
export const MAX_REGISTRY_BYTES = 4 * 1024 * 1024;

export function isInside(path: string, root: string): boolean {
  const r = relative(root, path);
  return r === '' || (r !== '..' && !r.startsWith('..' + sep) && !isAbsolute(r));
}

/** The real path when it exists (symlinks followed), else the path. */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** decode()'s reasons (cli/files.ts) in English. */
const DECODE_EN: Record<string, string> = {
  'tệp UTF-16LE bị hỏng (hãy lưu lại với mã hóa UTF-8)': 'a damaged UTF-16LE file (save it again as UTF-8)',
  'tệp UTF-16BE bị hỏng (hãy lưu lại với mã hóa UTF-8)': 'a damaged UTF-16BE file (save it again as UTF-8)',
  'tệp có vẻ mã hóa UTF-16 nhưng không có BOM (hãy lưu lại với mã hóa UTF-8)':
    'the file looks UTF-16 but has no BOM (save it again as UTF-8)',
  'tệp nhị phân, không phải văn bản Markdown': 'a binary file, not Markdown text',
  'tệp không được mã hóa UTF-8 (hãy lưu lại với mã hóa UTF-8)': 'the file is not UTF-8 (save it again as UTF-8)',
};

const registryCache = new Map<string, { mtimeMs: number; size: number; reg: Registry }>();

/** Read and validate a registry; `path` entries are resolved against the registry's folder and must stay inside
 * `root` (the workspace: default the registry's search boundary) — an entry leading outside is rejected and
 * reported. An unreadable or too large file is one problem (line 1) and an empty registry. Parsed once per version
 * of the file (path, mtime, size). */
export function loadRegistry(file: string, o: { root?: string } = {}): Registry {
  const abs = resolve(file);
  const fail = (message: string, en: string): Registry => ({
    file: abs,
    docs: [],
    problems: [{ file: abs, path: '', line: 1, column: 1, message, en }],
  });
  const root = resolve(o.root ?? searchRoot(dirname(abs), { cwd: process.cwd() }));
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(
      `Không đọc được danh mục văn bản (${err.code ?? err.message})`,
      `Cannot read the document registry (${err.code ?? err.message})`,
    );
  }
  const key = `${abs}\0${root}`;
  const hit = registryCache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.reg;
  let reg: Registry;
  if (st.isFile() && st.size > MAX_REGISTRY_BYTES)
    reg = fail(
      `Danh mục văn bản quá lớn (${(st.size / 1024 / 1024).toFixed(1)} MB, tối đa ${MAX_REGISTRY_BYTES / 1024 / 1024} MB); không đọc`,
      `The document registry is too large (${(st.size / 1024 / 1024).toFixed(1)} MB, at most ${MAX_REGISTRY_BYTES / 1024 / 1024} MB); not read`,
    );
  else {
    let text: string | null = null;
    try {
      const r = decode(readFileSync(abs));
      if (!r.ok) reg = fail(r.message, `Cannot read the document registry: ${DECODE_EN[r.message] ?? r.message}`);
      else text = r.text;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      reg = fail(
        `Không đọc được danh mục văn bản (${err.code ?? err.message})`,
        `Cannot read the document registry (${err.code ?? err.message})`,
      );
    }
    if (text !== null) {
      const realRoot = real(root);
      reg = parseRegistry(text, abs, (p) => {
        const to = isAbsolute(p) ? resolve(p) : resolve(dirname(abs), p);
        return isInside(to, root) && isInside(real(to), realRoot) ? to : null;
      });
    }
  }
  if (registryCache.size >= 50) registryCache.clear();
  registryCache.set(key, { mtimeMs: st.mtimeMs, size: st.size, reg: reg! });
  return reg!;
}
