// Reading drafts from disk: globs, directories, stdin; unreadable, binary or non-UTF-8 files get a message.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

/** Why a path cannot be used, in Vietnamese (ENOENT, ELOOP, EACCES …). */
export function pathProblem(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'không tìm thấy tệp hoặc thư mục';
    case 'ELOOP':
      return 'vòng lặp liên kết tượng trưng (symlink trỏ vòng về chính nó)';
    case 'EACCES':
    case 'EPERM':
      return `không có quyền truy cập (${code})`;
    case 'ENAMETOOLONG':
      return 'đường dẫn quá dài';
    default:
      return `không truy cập được (${code ?? 'lỗi không rõ'})`;
  }
}

/**
 * `expanded`: the files found inside a folder argument or by a glob (a .vanthurc's include/exclude applies to them;
 * a file named on its own is always linted). `missing`: each path that cannot be used, with why (`problems`). A file
 * reached twice (a symlinked folder, a path and a glob) is linted once, under the first name it was reached by.
 */
export async function expandPaths(
  args: string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[]; expanded: Set<string>; problems: Map<string, string> }> {
  const files: string[] = [];
  const missing: string[] = [];
  const problems = new Map<string, string>();
  const expanded = new Set<string>();
  for (const a of args) {
    let st;
    let code: string | undefined;
    try {
      st = statSync(a);
    } catch (e) {
      st = null;
      code = (e as NodeJS.ErrnoException).code;
    }
    if (st?.isDirectory()) {
      const found = await glob(['**/*.md', '**/*.markdown', '**/*.docx'], {
        cwd: a,
        ignore: ['**/node_modules/**', '**/.git/**', '**/~$*'] /* Word's lock files */,
        absolute: false,
      });
      for (const f of found.sort()) {
        const file = `${a.replace(/\/$/, '')}/${f}`;
        files.push(file);
        expanded.add(file);
      }
    } else if (st?.isFile()) files.push(a);
    else if (/[*?{[]/.test(a)) {
      const found = await glob([a], { cwd, ignore: ['**/node_modules/**', '**/~$*'] });
      if (!found.length) missing.push(a);
      for (const f of found.sort()) {
        files.push(f);
        expanded.add(f);
      }
    } else {
      missing.push(a);
      problems.set(a, pathProblem(code ?? 'ENOENT'));
    }
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      real = f; // unreadable: reading it reports why
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  return { files: unique, missing, expanded, problems };
}

/**
 * `bom`: the file began with a UTF-8 byte order mark (not in `text`; `--fix` writes it back). `encoding`: a UTF-16
 * file (read by its byte-order mark), written back in UTF-16 with its BOM (kept in `text`).
 */
export type ReadResult =
  { ok: true; text: string; bom?: boolean; encoding?: 'utf-16le' | 'utf-16be' } | { ok: false; message: string };

export function decode(buf: Buffer): ReadResult {
  const le = buf[0] === 0xff && buf[1] === 0xfe;
  if (le || (buf[0] === 0xfe && buf[1] === 0xff)) {
    const encoding = le ? 'utf-16le' : 'utf-16be';
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf), encoding };
    } catch {
      return { ok: false, message: `tệp ${encoding.toUpperCase()} bị hỏng (hãy lưu lại với mã hóa UTF-8)` };
    }
  }
  if (buf.includes(0)) {
    // every other byte zero: UTF-16 without its byte-order mark
    let zeros = 0;
    const n = Math.min(buf.length, 4096);
    for (let i = 0; i < n; i++) if (buf[i] === 0) zeros++;
    if (n >= 4 && zeros >= n * 0.4 && zeros <= n * 0.6)
      return { ok: false, message: 'tệp có vẻ mã hóa UTF-16 nhưng không có BOM (hãy lưu lại với mã hóa UTF-8)' };
    return { ok: false, message: 'tệp nhị phân, không phải văn bản Markdown' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? { ok: true, text, bom: true } : { ok: true, text };
  } catch {
    return { ok: false, message: 'tệp không được mã hóa UTF-8 (hãy lưu lại với mã hóa UTF-8)' };
  }
}

/** The bytes to write for `text` in the encoding a file was read in (UTF-8 unless it was UTF-16). */
export function encode(text: string, encoding?: 'utf-16le' | 'utf-16be'): Buffer {
  if (!encoding) return Buffer.from(text, 'utf8');
  const b = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16be' ? b.swap16() : b;
}

export function readDraft(file: string): ReadResult {
  try {
    return decode(readFileSync(file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      message:
        err.code === 'EISDIR'
          ? 'là thư mục'
          : err.code === 'ELOOP' || err.code === 'ENOENT'
            ? pathProblem(err.code)
            : `không đọc được tệp (${err.code ?? err.message})`,
    };
  }
}

export async function readStdin(): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decode(Buffer.concat(chunks));
}
