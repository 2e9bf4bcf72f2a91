// The .docx container: a zip whose parts we read within a stated bound. Old binary Word (.doc) and encrypted
// documents are OLE compound files, told apart here so each gets its own message instead of "corrupt zip".
import { unzipSync } from 'fflate';

/** Bounds of what one .docx may make us read (a zip bomb stops at the central directory's declared sizes). */
export const LIMITS = {
  /** the .docx file itself */
  fileBytes: 50 * 1024 * 1024,
  /** one XML part, uncompressed */
  partBytes: 32 * 1024 * 1024,
  /** all parts read, uncompressed */
  totalBytes: 64 * 1024 * 1024,
};

export type DocxErrorCode = 'doc-binary' | 'encrypted' | 'not-zip' | 'not-docx' | 'too-large' | 'bomb' | 'bad-xml';

/** A file that cannot be read as a Word document, with a message for the person who has it. */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    readonly vi: string,
    readonly en: string,
  ) {
    super(vi);
  }
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/** Classify a file that is not a zip: an OLE file is either an encrypted OOXML package or a Word 97–2003 .doc. */
function notZip(bytes: Uint8Array): DocxError {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    if (buf.includes(utf16('EncryptedPackage')) || buf.includes(utf16('EncryptionInfo'))) {
      return new DocxError(
        'encrypted',
        'tệp Word được đặt mật khẩu (mã hóa): hãy mở trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại',
        'the Word file is password-protected (encrypted): open it in Word, remove the password and save it again',
      );
    }
    return new DocxError(
      'doc-binary',
      'tệp Word 97–2003 (.doc) chưa đọc được: hãy mở trong Word hoặc LibreOffice và lưu lại dưới dạng .docx',
      'a Word 97–2003 (.doc) file cannot be read: open it in Word or LibreOffice and save it as .docx',
    );
  }
  if (bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74) {
    return new DocxError(
      'not-docx',
      'tệp RTF, không phải .docx: hãy lưu lại dưới dạng .docx',
      'an RTF file, not .docx: save it as .docx',
    );
  }
  return new DocxError(
    'not-zip',
    'tệp .docx bị hỏng (không phải tệp nén zip hợp lệ, có thể bị cắt cụt)',
    'the .docx file is corrupt (not a valid zip, perhaps truncated)',
  );
}

export interface Package {
  /** every part name in the zip */
  names: string[];
  /** the parts asked for, decoded as UTF-8 */
  parts: Map<string, string>;
}

/**
 * Read the named parts of the zip. Sizes are checked against the central directory before anything is inflated, and
 * each part inflates into a buffer of its declared size, so memory stays within LIMITS even when the sizes lie.
 */
export function openPackage(bytes: Uint8Array, wanted: (name: string) => boolean): Package {
  if (bytes.length > LIMITS.fileBytes) {
    throw new DocxError(
      'too-large',
      `tệp quá lớn (${MB(bytes.length)}, giới hạn ${MB(LIMITS.fileBytes)})`,
      `file too large (${MB(bytes.length)}, limit ${MB(LIMITS.fileBytes)})`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw notZip(bytes);
  const names: string[] = [];
  let total = 0;
  let bomb: DocxError | null = null;
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        if (!wanted(f.name) || bomb) return false;
        total += f.originalSize;
        if (f.originalSize > LIMITS.partBytes || total > LIMITS.totalBytes) {
          bomb = new DocxError(
            'bomb',
            `tệp .docx giải nén quá lớn (phần ${f.name} khai báo ${MB(f.originalSize)}; giới hạn ${MB(LIMITS.partBytes)} mỗi phần, ${MB(LIMITS.totalBytes)} tổng cộng) — không đọc`,
            `the .docx unpacks too large (part ${f.name} declares ${MB(f.originalSize)}; limits ${MB(LIMITS.partBytes)} a part, ${MB(LIMITS.totalBytes)} in all) — not read`,
          );
          return false;
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof DocxError) throw e;
    throw new DocxError(
      'not-zip',
      `tệp .docx bị hỏng (${(e as Error).message})`,
      `the .docx file is corrupt (${(e as Error).message})`,
    );
  }
  if (bomb) throw bomb;
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(raw)) {
    const le = data[0] === 0xff && data[1] === 0xfe;
    const be = data[0] === 0xfe && data[1] === 0xff;
    parts.set(name, new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8').decode(data));
  }
  return { names, parts };
}
