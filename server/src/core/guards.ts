// Content guards for fixes that rewrite text (issue 12): a part found by position alone (the line where the agency
// name is expected, the last line before Nơi nhận) may be something else when the letter is misread — a drafting
// note, a wrapped Tiêu ngữ, a Lưu line, a heading, a signer's name. A fix that changes case, appends a mark, joins or
// inserts lines is offered only when the text it rewrites reads as the part it is meant to be; otherwise the finding
// stays and the fix is left to the drafter.
import { R } from './patterns.js';
import type { Letter, NoiNhanPart, Paragraph } from './model.js';
import type { Edit } from './rule.js';
import type { SourceText } from './source.js';

const up = (s: string) => s.toLocaleUpperCase('vi');

/** Words of the Quốc hiệu and Tiêu ngữ, in any case or spacing. */
const NATIONAL =
  /độc[ \t]*lập|tự[ \t]+do(?![\p{L}])|hạnh[ \t]*phúc|cộng[ \t]*h[oò][àa][ \t]*xã[ \t]*hội|chủ[ \t]*nghĩa[ \t]*việt/iu;

/** Words of a drafting note, not of a name. */
const NOTE =
  /(?<![\p{L}])(?:dự[ \t]+thảo|ghi[ \t]+chú|bản[ \t]+nháp|góp[ \t]+ý|lưu[ \t]+ý|chưa[ \t]+trình|xem[ \t]+lại|kiểm[ \t]+tra[ \t]+lại|sửa[ \t]+lại|todo|note|draft)(?![\p{L}])/iu;

/** A body's name starts with one of these (any case). */
const BODY_HEAD = new RegExp(
  '^(?:' +
    [
      'UBND',
      'HĐND',
      'ỦY BAN',
      'UỶ BAN',
      'HỘI ĐỒNG',
      'BỘ',
      'TỔNG CỤC',
      'CỤC',
      'CHI CỤC',
      'SỞ',
      'PHÒNG',
      'BAN',
      'VỤ',
      'VIỆN',
      'HỌC VIỆN',
      'TRƯỜNG',
      'ĐẠI HỌC',
      'TRUNG TÂM',
      'VĂN PHÒNG',
      'THANH TRA',
      'BỆNH VIỆN',
      'KHO BẠC',
      'BẢO HIỂM',
      'NGÂN HÀNG',
      'CHI NHÁNH',
      'CÔNG TY',
      'TỔNG CÔNG TY',
      'TẬP ĐOÀN',
      'HỢP TÁC XÃ',
      'XÍ NGHIỆP',
      'NHÀ MÁY',
      'NHÀ XUẤT BẢN',
      'ĐÀI',
      'BÁO',
      'TẠP CHÍ',
      'ĐOÀN',
      'HỘI',
      'LIÊN ĐOÀN',
      'LIÊN HIỆP',
      'MẶT TRẬN',
      'CÔNG AN',
      'BỘ CHỈ HUY',
      'BỘ TƯ LỆNH',
      'QUÂN',
      'TÒA ÁN',
      'TOÀ ÁN',
      'VIỆN KIỂM SÁT',
      'CHÍNH PHỦ',
      'THỦ TƯỚNG',
      'QUỐC HỘI',
      'KIỂM TOÁN',
      'ĐẢNG',
      'TỈNH ỦY',
      'TỈNH UỶ',
      'THÀNH ỦY',
      'THÀNH UỶ',
      'HUYỆN ỦY',
      'HUYỆN UỶ',
      'THỊ ỦY',
      'QUẬN ỦY',
      'CHI BỘ',
      'BAN CHẤP HÀNH',
      'BAN THƯỜNG VỤ',
      'BAN QUẢN LÝ',
      'BQL',
      'TRUNG ƯƠNG',
      'CƠ QUAN',
      'TỔ',
      'ĐỘI',
      'LIÊN',
      'MTTQ',
      'UBMTTQ',
    ].join('|') +
    ')(?![\\p{L}])',
  'u',
);

/** An administrative unit opens the line (the second line of "ỦY BAN NHÂN DÂN" ⏎ "HUYỆN SƠN TỊNH"). */
const UNIT = /^(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?![\p{L}])/u;

const wordCount = (s: string) => s.split(/[ \t]+/).filter(Boolean).length;

/**
 * The lines of an agency name read as one, by content: the first opens with the name of a body (or a unit), none is
 * a Tiêu ngữ or Quốc hiệu, a drafting note or a sentence; later lines continue the name (short, no sentence mark).
 */
export function agencyLinesByContent(texts: string[]): boolean[] {
  let ok = true;
  return texts.map((t, i) => {
    const u = up(t.trim());
    const plain = !NATIONAL.test(t) && !NOTE.test(t) && !/[.:;!?…]$/u.test(t.trim()) && wordCount(t) <= 14;
    const head = BODY_HEAD.test(u) || UNIT.test(u);
    const cont = i > 0 && ok && wordCount(t) <= 10 && !/[,;:!?()"“”]/u.test(t);
    const good = plain && (head || cont);
    if (!good) ok = false;
    return good;
  });
}

/** A line that reads as a person's name: two to six words, each capitalised (or all in capitals), letters only. */
export function personNameLike(t: string): boolean {
  const s = t.replace(/[*_]/g, '').trim();
  const ws = s.split(/[ \t]+/).filter(Boolean);
  if (ws.length < 2 || ws.length > 6) return false;
  return ws.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$|^\p{Lu}+$/u.test(w));
}

/** A signer's title or authority (what CK-05 capitalises): it names a title or a body, and is no person's name. */
export function titleByContent(t: string): boolean {
  const u = up(t.trim());
  if (NATIONAL.test(t) || NOTE.test(t)) return false;
  if (/^(?:TM\.|KT\.|Q\.|TL\.|TUQ\.)/u.test(u)) return true;
  if (R.TITLE_START.test(u) || BODY_HEAD.test(u) || UNIT.test(u)) return true;
  return /(?<![\p{L}])(?:TRƯỞNG|GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|ỦY VIÊN|THƯ KÝ|CHỦ NHIỆM|PHÓ)(?![\p{L}])/u.test(u);
}

/** A signer's name as CK-08 rewrites it: no title, body, Tiêu ngữ or note words; a person's name in shape. */
export function signerNameByContent(t: string): boolean {
  return !titleByContent(t) && personNameLike(t) && !/\d/.test(t) && !NOT_NAME.test(up(t));
}

/** Words no one's name is made of: a signature mark, a standing title, the words of a sentence. */
const NOT_NAME =
  /(?<![\p{L}])(?:ĐÃ|KÝ|DẤU|ĐÓNG|CHỮ|THƯỜNG|TRỰC|VÀ|CỦA|CHO|VỚI|NHẬN|GỬI|LƯU|KÍNH|NƠI|SỐ|NGÀY|THÁNG|NĂM|QUYỀN|THAY|MẶT|THỪA|LỆNH|ỦY|UỶ)(?![\p{L}])/u;

/** A Lưu line (any bullet, any case, well-formed or not). */
export const LUU_LIKE = /^[ \t>*_]*(?:[-+•–—*·][ \t]*)?[*_]*Lưu(?![\p{L}])/iu;

/** The last line of the content, where ND-01 puts "./.": a sentence, not a heading, a Lưu line, a title or a name. */
export function contentEndByContent(t: string, heading: boolean): boolean {
  const s = t.replace(/[*_]/g, '').trim();
  if (!s || heading) return false;
  if (LUU_LIKE.test(s) || R.NOINHAN_LOOSE.test(s) || R.KINHGUI_LOOSE.test(s)) return false;
  if (NATIONAL.test(s)) return false;
  // a file path, a link or a file name left in the text (ND-05's): no mark after it
  if (/[A-Za-z]:[\\/]|\\\\|(?:^|[ \t(])(?:~|\/[\w.-]+)\/\S|https?:\/\/|\.(?:docx?|xlsx?|pdf|odt)$/iu.test(s))
    return false;
  if (s === up(s) && /\p{Lu}{2}/u.test(s)) return false; // a heading or a title in capitals
  if (titleByContent(s) && !/\p{Ll}{2,}[ \t]+\p{Ll}/u.test(s)) return false;
  if (personNameLike(s)) return false;
  return true;
}

/** Does a Lưu line exist anywhere from the Nơi nhận on (one a lazy continuation joined into another item, one that
 * strayed below the signature)? */
export function hasLuuLine(letter: Letter, nn: NoiNhanPart): boolean {
  const src = letter.src;
  const first = nn.head.line;
  for (let l = first; l < src.lineCount; l++) {
    const t = src.lineText(l);
    if (LUU_LIKE.test(t) || (l === first && /Lưu[ \t]*:/iu.test(t))) return true;
  }
  return false;
}

/**
 * An edit that removes a line break without putting one back joins two lines: allowed only when it takes out whole
 * lines (from the start of a line to the start of another, as moving a line does).
 */
export function joinsLines(src: SourceText, e: Edit): boolean {
  const removed = src.text.slice(e.offset, e.offset + e.length);
  const breaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;
  if (breaks(removed) <= breaks(e.newText)) return false;
  const atLineStart = (o: number) => o === 0 || /[\r\n]/.test(src.text[o - 1]);
  return !(atLineStart(e.offset) && atLineStart(e.offset + e.length));
}

/**
 * A Nơi nhận item that reads as a recipient: bulleted, or else not a heading ("Nơi nhận:" twice), a bold line, a
 * title in capitals or a line of the body (numbered, closed by "./.", a paragraph long) that strayed below it.
 */
export function recipientByContent(p: Paragraph): boolean {
  const t = p.joined.text.trim();
  if (/^[-+•–—*·][ \t]*\S/u.test(t)) return true;
  if (R.NOINHAN_LOOSE.test(t) || R.KINHGUI_LOOSE.test(t) || /:$/.test(t)) return false;
  if (/^(?:\d+(?:\.\d+)*[.)]|[a-zđ][.)])[ \t]/u.test(t) || /\.\/\.$/u.test(t) || wordCount(t) > 30) return false;
  if (p.lines.every((l) => !l.text || l.bold)) return false;
  if (t === up(t) && titleByContent(t)) return false;
  return true;
}
