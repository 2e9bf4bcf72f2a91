import type { Paragraph } from '../../core/model.js';
import { isUpper } from '../../core/recognise.js';
import { memoByText, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import type { Joined } from '../../core/source.js';

const DEFAULT = ['UBND', 'HĐND', 'MTTQ', 'TW', 'VT'];
// An all-caps token of ≥ 2 letters, groups joined by "&" or "-" (HĐND&UBND, KH&ĐT, GT-VT); not part of a ký hiệu,
// nor a file or host name ("HDSD-QLVB.pdf", "@UBND.gov.vn")
const TOKEN =
  /(?<![\p{L}\p{N}\/&\-–.@])\p{Lu}[\p{Lu}\p{N}]*(?:[&-]\p{Lu}[\p{Lu}\p{N}]*)*(?![\p{L}\p{N}\/&@]|[.\-][\p{L}\p{N}])/gu;
const CAPS_WORD = /^\p{Lu}{2,}$/u;
const ROMAN = /^[IVXLCDM]+$/u;
const DEFINE_PAREN = /\([ \t]*((?:\p{Lu}[\p{Lu}\p{N}&\-]*)(?:[ \t]+\p{Lu}[\p{Lu}\p{N}&\-]*)*)[ \t]*\)/gu;
const DEFINE_WORDS = /(?:gọi[ \t]+tắt[ \t]+là|viết[ \t]+tắt[ \t]+là|gọi[ \t]+chung[ \t]+là)[ \t]+["“]?([^)"”,;:]+)/giu;

/** The capitalised tokens of a paragraph that may be abbreviations, and whether each is being explained there. */
function tokensOf(text: string): { t: string; a: number; b: number; defines: boolean }[] {
  const out: { t: string; a: number; b: number; defines: boolean }[] = [];
  if (!text || isUpper(text)) return out; // a heading in capitals
  const defs: [number, number][] = [];
  for (const re of [DEFINE_PAREN, DEFINE_WORDS]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) defs.push([m.index, m.index + m[0].length]);
  }
  const words = [...text.matchAll(/\S+/gu)].map((w) => ({
    at: w.index!,
    end: w.index! + w[0].length,
    w: w[0].replace(/^[("“]+|[)"”,.;:]+$/gu, ''),
  }));
  const caps = (i: number) => i >= 0 && i < words.length && CAPS_WORD.test(words[i].w);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const a = m.index;
    const b = a + t.length;
    if (t.replace(/[^\p{L}]/gu, '').length < 2 || ROMAN.test(t)) continue;
    if (/\p{M}/u.test(t.normalize('NFD').replace(/Đ/g, 'D'))) continue; // a Vietnamese word in capitals (VỀ, CỦA)
    // the name of a standard with its number ("ISO 9001:2015", "TCVN 6909:2001", "QCVN 01:2021/BYT"), not an
    // abbreviation
    if (/^[ \t]+\d+(?:[-.]\d+)*:\d{4}(?![\p{L}\p{N}])|^[ \t]+\d{4,}(?![\p{L}\p{N}])/u.test(text.slice(b, b + 24)))
      continue;
    if (defs.some(([x, y]) => a >= x && b <= y)) {
      out.push({ t, a, b, defines: true });
      continue;
    }
    // part of a phrase in capitals ("QUY ĐỊNH CHUNG", a quoted title)
    const wi = words.findIndex((w) => w.at <= a && a < w.end);
    if (wi >= 0 && ((caps(wi - 1) && caps(wi + 1)) || (caps(wi - 1) && caps(wi - 2)) || (caps(wi + 1) && caps(wi + 2))))
      continue;
    out.push({ t, a, b, defines: false });
  }
  return out;
}

const rule: Rule = {
  id: 'ND-02',
  alias: 'abbreviation',
  title: vi('Chữ viết tắt chưa được giải thích', 'Unexplained abbreviation'),
  provision: 'Thực tiễn (Thông tư 01/2011), không có trong NĐ 30/2020',
  severity: 'info',
  description: vi(
    'Chỉ dùng chữ viết tắt thông dụng, dễ hiểu. Cụm từ dùng nhiều lần có thể viết tắt, nhưng lần đầu phải viết đầy đủ và ghi chữ viết tắt trong ngoặc đơn ngay sau đó, ví dụ "Ủy ban châu Âu (EC)".',
    'Use only common, easily understood abbreviations. A phrase used many times may be abbreviated, but its first use spells it out with the abbreviation in parentheses, e.g. "Ủy ban châu Âu (EC)".',
  ),
  prepare: (j) => void memoByText('ND-02', j.text, tokensOf),
  check({ letter, profile, report }) {
    const known = new Set([...DEFAULT, ...(profile.abbreviations ?? [])].map((s) => s.toLocaleUpperCase('vi')));
    const explained = new Set<string>();
    const reported = new Set<string>();
    // citation spans in document order: a binary search keeps a long letter linear
    const cites = letter.citations.map((c) => c.span).sort((x, y) => x.start - y.start);
    const inCitation = (a: number, b: number) => {
      let lo = 0;
      let hi = cites.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cites[mid].end <= a) lo = mid + 1;
        else hi = mid;
      }
      return lo < cites.length && cites[lo].start < b;
    };
    const ok = (t: string) =>
      known.has(t) ||
      explained.has(t) ||
      t.split(/[&-]/).every((x) => known.has(x) || explained.has(x) || x.length < 2);

    const scan = (j: Joined, reportHere: boolean) => {
      for (const { t, a, b, defines } of memoByText('ND-02', j.text, tokensOf)) {
        if (defines) {
          explained.add(t);
          for (const part of t.split(/[&-]/)) explained.add(part);
          continue;
        }
        const span = spanOfJoined(j, a, b);
        if (inCitation(span.start, span.end)) continue;
        if (ok(t) || reported.has(t)) continue;
        if (!reportHere) continue;
        reported.add(t);
        report({
          span,
          message: vi(
            `Chữ viết tắt "${t}" chưa được giải thích: lần dùng đầu tiên phải viết đầy đủ cụm từ, ghi "(${t})" ngay sau; hoặc thêm "${t}" vào danh sách chữ viết tắt của cơ quan nếu đây là chữ viết tắt thông dụng.`,
            `The abbreviation "${t}" is not explained: spell the phrase out at its first use followed by "(${t})", or add "${t}" to the agency's abbreviation list if it is common.`,
          ),
        });
      }
    };
    if (letter.trichYeu) scan(letter.trichYeu.joined, false);
    for (const p of letter.kinhGui?.items ?? []) scan(p.joined, false);
    const paras: Paragraph[] = [...letter.canCu, ...letter.body];
    for (const p of paras) scan(p.joined, true);
  },
};
export default rule;
