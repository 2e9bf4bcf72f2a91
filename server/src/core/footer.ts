// Helpers shared by the footer rules (CK-*, NN-*): Nơi nhận items, the Lưu line, signature lines.
import type { Letter, NoiNhanPart, Paragraph, SigLine, SignaturePart } from './model.js';
import type { Edit } from './rule.js';
import type { Line, Span } from './source.js';
import { R } from './patterns.js';

/** Every Nơi nhận item in order, the one typed on the heading line first. */
export function noiNhanItems(nn: NoiNhanPart | undefined): Paragraph[] {
  if (!nn) return [];
  return [...(nn.inlineItem ? [nn.inlineItem] : []), ...nn.items];
}

/** Item text without its bullet ("- ", "+ ", "• ", "– "). */
export const itemBody = (p: Paragraph): string => p.joined.text.replace(/^[-+•*–—][ \t]*/, '');

/** The archive item, whatever its bullet ("- Lưu", "+ Lưu", "• Lưu", "– Lưu"): never a recipient to re-punctuate. */
export const isLuuItem = (p: Paragraph): boolean =>
  R.LUU_LOOSE.test(p.joined.key) || /^[+•–—*·][ \t]*Lưu(?![\p{L}])/iu.test(p.joined.key);

/**
 * Party style "Lưu Văn phòng Tỉnh ủy.", "Lưu Đảng ủy.": no colon, no VT, and the archive named in words. A line of
 * codes without the colon ("Lưu VP, TCKT.", "Lưu vt.") is the state form written wrong (NN-03), not the Party one.
 */
export const isPartyLuu = (p: Paragraph): boolean => {
  const k = p.joined.key;
  if (!isLuuItem(p) || /^-?[ \t]*Lưu[ \t]*:/iu.test(k) || /(?<![\p{L}])(?:VT|vt|Vt)(?![\p{L}])/u.test(k)) return false;
  const rest = k.replace(/^-?[ \t]*Lưu[ \t]*/iu, '');
  return /\p{Lu}\p{Ll}+(?:[ \t]+\p{L}+)*/u.test(rest) && /\p{Ll}{2}/u.test(rest);
};

/** A Lưu line is well-formed: R.LUU, also with a copy count in brackets right after VT ("Lưu: VT (H1.25)."). */
export function luuWellFormed(key: string): boolean {
  if (R.LUU.test(key)) return true;
  return R.LUU.test(key.replace(/^(-?[ \t]*Lưu:[ \t]*VT)[ \t]*\(([^()]*)\)/u, '$1, $2'));
}

/** Original span of a paragraph's joined text range. */
export function paraSpan(p: Paragraph, a = 0, b = p.joined.text.length): Span {
  const j = p.joined;
  if (!j.text.length) return { start: p.lines[0].start, end: p.lines[0].end };
  const aa = Math.max(0, Math.min(a, j.text.length - 1));
  const bb = Math.max(aa + 1, Math.min(b, j.text.length));
  return { start: j.base + j.relStarts[aa], end: j.base + j.relEnds[bb - 1] };
}

/** Replace joined range [a, b) of a paragraph (b may equal the length: insert at the end). */
export function replaceInPara(p: Paragraph, a: number, b: number, newText: string): Edit {
  const j = p.joined;
  if (a >= j.text.length) {
    const end = j.base + j.relEnds[j.text.length - 1];
    return { offset: end, length: 0, newText };
  }
  const start = j.base + j.relStarts[a];
  const end = b > a ? j.base + j.relEnds[b - 1] : start;
  return { offset: start, length: end - start, newText };
}

/** The whole source lines of a paragraph, with the line break after them (to move or delete the item). */
export function paraLines(letter: Letter, p: Paragraph): { start: number; end: number; raw: string } {
  const src = letter.src;
  const first = p.lines[0].line;
  const last = p.lines[p.lines.length - 1].line;
  const start = src.lineStarts[first];
  const end = last + 1 < src.lineCount ? src.lineStarts[last + 1] : src.lineEnds[last];
  return { start, end, raw: src.text.slice(start, src.lineEnds[last]) };
}

/** Do two paragraphs sit on their own source lines (so a line can be moved)? */
export const ownLines = (p: Paragraph, nn: NoiNhanPart): boolean => p !== nn.inlineItem && p.lines[0] !== nn.head;

/** Upper-case (Vietnamese) form of a signature text, tone placement folded. */
export const up = (s: string): string => s.toLocaleUpperCase('vi');

/** The physical lines of a signature stack entry with the clean-text offset where each starts in `sl.text`. */
export function sigPieces(sl: SigLine): { line: Line; from: number }[] {
  const out: { line: Line; from: number }[] = [];
  let at = 0;
  for (const l of sl.lines) {
    out.push({ line: l, from: at });
    at += l.text.length + 1;
  }
  return out;
}

/** A deputy's title: PHÓ …, P. …, THỨ TRƯỞNG. */
export const isDeputyTitle = (s: string): boolean =>
  /^(?:PHÓ|P\.)[ \t]*\p{Lu}|^THỨ[ \t]+TRƯỞNG(?![\p{L}])/u.test(up(s));

/**
 * Every signature block of the letter in source order: the earlier ones (biên bản: THƯ KÝ before CHỦ TỌA; hợp đồng:
 * one per party) and the authority's own, last. Each block is read on its own, so a finding is reported once.
 */
export function signatures(letter: Letter): SignaturePart[] {
  return [...(letter.otherSignatures ?? []), ...(letter.signature ? [letter.signature] : [])];
}
