// The node side of .docx: read a Word file from disk into Markdown + its paragraph map, within LIMITS.
import { readFileSync, statSync } from 'node:fs';
import { DocxError, LIMITS, importDocx, isDocxPath, originOf, type Imported, type Origin } from './index.js';

export { isDocxPath };

export type DocxRead = { ok: true; text: string; imported: Imported } | { ok: false; message: string };

export function readDocxFile(file: string): DocxRead {
  try {
    const size = statSync(file).size;
    if (size > LIMITS.fileBytes)
      return {
        ok: false,
        message: `tệp quá lớn (${Math.round(size / 1048576)} MB, giới hạn ${LIMITS.fileBytes / 1048576} MB)`,
      };
    return fromBytes(readFileSync(file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return {
      ok: false,
      message: err.code === 'EISDIR' ? 'là thư mục' : `không đọc được tệp (${err.code ?? err.message})`,
    };
  }
}

export function fromBytes(bytes: Uint8Array): DocxRead {
  try {
    const imported = importDocx(bytes);
    return { ok: true, text: imported.markdown, imported };
  } catch (e) {
    if (e instanceof DocxError) return { ok: false, message: e.vi };
    // anything else is our defect, but the run goes on with a message naming the file
    return { ok: false, message: `không đọc được tệp Word (${(e as Error).message})` };
  }
}

/** Where each finding sits in Word: the paragraph (and table cell) its first character came from. */
export function originsOf(imported: Imported, offsets: number[]): (Origin | null)[] {
  return offsets.map((o) => originOf(imported.spans, o));
}

/** `inspect`'s JSON with a `paragraph` beside every 1-based Markdown `line`. */
export function withParagraphs<T>(model: T, imported: Imported): T {
  const lineStarts = [0];
  const md = imported.markdown;
  for (let i = 0; i < md.length; i++) if (md[i] === '\n') lineStarts.push(i + 1);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      out[k] = walk(x);
      if (k === 'line' && typeof x === 'number' && lineStarts[x - 1] !== undefined) {
        const o = originOf(imported.spans, lineStarts[x - 1]);
        if (o) {
          out.paragraph = o.paragraph;
          if (o.cell) out.cell = o.cell;
        }
      }
    }
    return out;
  };
  return walk(model) as T;
}
