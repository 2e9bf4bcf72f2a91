// Estimated text widths in Times New Roman (Liberation Serif has the same advance widths), for the rules under the
// agency name and trích yếu and for the page breaks of the preview. Widths in em; a Vietnamese letter with its
// diacritics is as wide as its base letter.
const NARROW = /[ijlI.,:;'!|ft()\[\]\/\-]/;
const WIDE = /[mwMW]/;

function baseOf(ch: string): string {
  return ch.normalize('NFD')[0].replace('đ', 'd').replace('Đ', 'D');
}

/** Width of a string in em, at `bold` weight (bold Times is about 5 % wider). */
export function textWidthEm(text: string, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (ch === ' ') {
      w += 0.25;
      continue;
    }
    const c = baseOf(ch);
    if (NARROW.test(c)) w += 0.3;
    else if (WIDE.test(c)) w += 0.85;
    else if (c >= 'A' && c <= 'Z') w += 0.68;
    else if (c >= '0' && c <= '9') w += 0.5;
    else if (c >= 'a' && c <= 'z') w += 0.46;
    else w += 0.5;
  }
  return bold ? w * 1.05 : w;
}

export const PT_MM = 25.4 / 72;

/** Width in mm of a string at `size` pt. */
export function textWidthMm(text: string, size: number, bold = false): number {
  return textWidthEm(text, bold) * size * PT_MM;
}
