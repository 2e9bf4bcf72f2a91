// Reading a .docx: bytes → the Markdown the recogniser reads, with a map back to Word's paragraphs.
import { readWord } from './word.js';
import { toMarkdown, type Imported } from './markdown.js';

export { DocxError, LIMITS } from './container.js';
export { originOf, excerptOf, type Imported, type Origin, type ParagraphSpan } from './markdown.js';

/** Throws DocxError (with a Vietnamese message) for a file that is not a readable Word document. */
export function importDocx(bytes: Uint8Array): Imported {
  return toMarkdown(readWord(bytes));
}

export const isDocxPath = (p: string) => /\.(docx|docm|dotx|dotm|doc)$/i.test(p);
