// Reading drafts from disk: globs, directories, stdin; unreadable, binary or non-UTF-8 files get a message.
import { readFileSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

/** `expanded`: the files found inside a folder argument or by a glob (a .vanthurc's include/exclude applies to
 * them; a file named on its own is always linted). */
export async function expandPaths(
  args: string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[]; expanded: Set<string> }> {
  const files: string[] = [];
  const missing: string[] = [];
  const expanded = new Set<string>();
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      st = null;
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
    } else missing.push(a);
  }
  return { files: [...new Set(files)], missing, expanded };
}

/** `bom`: the file began with a UTF-8 byte order mark (not in `text`; `--fix` writes it back). */
export type ReadResult = { ok: true; text: string; bom?: boolean } | { ok: false; message: string };

export function decode(buf: Buffer): ReadResult {
  if (buf.includes(0)) return { ok: false, message: 'tệp nhị phân, không phải văn bản Markdown' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? { ok: true, text, bom: true } : { ok: true, text };
  } catch {
    return { ok: false, message: 'tệp không được mã hóa UTF-8 (hãy lưu lại với mã hóa UTF-8)' };
  }
}

export function readDraft(file: string): ReadResult {
  try {
    return decode(readFileSync(file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      message: err.code === 'EISDIR' ? 'là thư mục' : `không đọc được tệp (${err.code ?? err.message})`,
    };
  }
}

export async function readStdin(): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return decode(Buffer.concat(chunks));
}
