// Estimated text widths in Times New Roman (Liberation Serif has the same advance widths), for the rules under the
// agency name and trích yếu and for the page breaks of the preview. Widths in em; a Vietnamese letter with its
// diacritics is as wide as its base letter.
const NARROW = /[ijlI.,:;'!|ft()\[\]\/\-]/;
const WIDE = /[mwMW]/;

function classWidth(c: string): number {
  if (c === ' ') return 0.25;
  if (NARROW.test(c)) return 0.3;
  if (WIDE.test(c)) return 0.85;
  if (c >= 'A' && c <= 'Z') return 0.68;
  if (c >= '0' && c <= '9') return 0.5;
  if (c >= 'a' && c <= 'z') return 0.46;
  return 0.5;
}

/** Widths of the Latin letters with Vietnamese diacritics and of ASCII, by code point (built once, read only). */
const WIDTHS: ReadonlyMap<number, number> = (() => {
  const m = new Map<number, number>();
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xc0, 0x1b0],
    [0x1ea0, 0x1ef9],
  ];
  for (const [a, b] of ranges)
    for (let cp = a; cp <= b; cp++) {
      const base = String.fromCodePoint(cp).normalize('NFD')[0].replace('đ', 'd').replace('Đ', 'D');
      m.set(cp, classWidth(base));
    }
  return m;
})();

/** Width of a string in em, at `bold` weight (bold Times is about 5 % wider). */
export function textWidthEm(text: string, bold = false): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += WIDTHS.get(text.charCodeAt(i)) ?? 0.5;
  return bold ? w * 1.05 : w;
}

export const PT_MM = 25.4 / 72;

/** Width in mm of a string at `size` pt. */
export function textWidthMm(text: string, size: number, bold = false): number {
  return textWidthEm(text, bold) * size * PT_MM;
}
