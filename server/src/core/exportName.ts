// The file name an exported letter gets: "so-14-KH-UBND-trien-khai-ke-hoach" from its number, ký hiệu and trích yếu
// (ASCII-folded, so the name survives any file system, mail client or zip tool), else the draft's own name.
import type { Letter } from './model.js';

/** Vietnamese letters to ASCII (ư → u, Đ → D), every other run of non-alphanumerics to one "-". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_SUMMARY = 60;

/** `draftName`: the draft's file name (with or without extension); used when the letter has neither number nor summary. */
export function exportBaseName(letter: Letter, draftName: string): string {
  const parts: string[] = [];
  if (letter.so) {
    const number = asciiSlug(letter.so.number);
    if (number) parts.push(`so-${number}`);
    const symbol = asciiSlug(letter.so.symbol);
    if (symbol) parts.push(symbol);
  }
  const summary = letter.trichYeu ? asciiSlug(letter.trichYeu.text).toLowerCase() : '';
  if (summary) {
    // cut at a word boundary: a name, not the whole trích yếu
    let cut = summary;
    if (cut.length > MAX_SUMMARY) {
      cut = cut.slice(0, MAX_SUMMARY + 1);
      const dash = cut.lastIndexOf('-');
      cut = dash > 0 ? cut.slice(0, dash) : cut.slice(0, MAX_SUMMARY);
    }
    parts.push(cut);
  }
  if (parts.length) return parts.join('-');
  const base = draftName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown|txt)$/i, '');
  return asciiSlug(base) || 'van-ban';
}
