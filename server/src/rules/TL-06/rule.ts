import { vi, type Edit, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';
import { endAt, startAt } from '../../core/source.js';

// A rough Vietnamese syllable: onset, one to three vowels, coda. Enough to tell "h" ⏎ "iện" from "thực" ⏎ "hiện".
const V = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[${V}]{1,3}(?:ch|nh|ng|[cmnpt])?$`,
  'u',
);
const VOWEL = new RegExp(`[${V}]`, 'u');
const NUCLEI = new Set(
  'a ă â e ê i o ô ơ u ư y ia iê ua uô ưa ươ oa oă oe uâ uê uy ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yê yêu oai oay oao oeo uôi ươi ươu uya uyê uyu uơ'.split(
    ' ',
  ),
);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
function isSyl(s: string): boolean {
  const w = s.toLocaleLowerCase('vi');
  if (!SYLLABLE.test(w)) return false;
  const rhyme = w.replace(/^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])(?=.)/u, '');
  let cluster = /^[^bcdđghklmnpqrstvx]+/u.exec(rhyme)?.[0] ?? '';
  const nfd = cluster.normalize('NFD');
  if ((nfd.match(TONES) ?? []).length > 1) return false;
  cluster = nfd.replace(TONES, '').normalize('NFC');
  return NUCLEI.has(cluster);
}
const hasVowel = (s: string) => VOWEL.test(s.toLocaleLowerCase('vi'));
/** Codas a syllable cannot end with on their own ("thực hiệ|n" is fine, "th|ực" is not). */
const BAD_END = /[bdđghklqrsvx]$/u;

/** True when `tail` ⏎ `head` looks like one word cut in two. */
function cut(tail: string, head: string): boolean {
  if (!/^\p{Ll}/u.test(head)) return false;
  if (!isSyl(tail + head)) return false;
  if (!hasVowel(tail) || !hasVowel(head)) return true;
  if (!isSyl(tail) || !isSyl(head)) return true;
  if (VOWEL.test(tail.slice(-1).toLocaleLowerCase('vi')) && VOWEL.test(head[0])) return true; // a vowel cluster cut in two ("trư" ⏎ "ờng")
  const lt = tail.toLocaleLowerCase('vi');
  return BAD_END.test(lt) && !/(?:ch|nh|ng)$/u.test(lt);
}

const rule: Rule = {
  id: 'TL-06',
  alias: 'trich-yeu-word-break',
  title: vi('Trích yếu bị ngắt giữa từ', 'Summary broken inside a word'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 5',
  severity: 'info',
  fixable: true,
  description: vi(
    'Trích yếu dài được xuống dòng giữa các từ; ngắt dòng giữa một âm tiết (như "thực h" ⏎ "iện") làm sai chữ khi in.',
    'A long summary wraps between words; a line break inside a syllable (such as "thực h" ⏎ "iện") misprints the word.',
  ),
  check({ letter, report }) {
    const ty = letter.trichYeu;
    if (!ty) return;
    const lines = ty.lines.filter((l) => l.text);
    for (let i = 0; i + 1 < lines.length; i++) {
      const a: Line = lines[i];
      const b: Line = lines[i + 1];
      const hy = /(\p{L}+)-$/u.exec(a.text);
      const tm = hy ?? /(\p{L}+)$/u.exec(a.text);
      const hm = /^(\p{L}+)/u.exec(b.text);
      if (!tm || !hm) continue;
      const tail = tm[1];
      const head = hm[1];
      if (!cut(tail, head)) continue;
      const word = tail + head;
      const from = startAt(a, a.text.length - tm[0].length);
      const to = endAt(b, head.length - 1);
      // join only when nothing but spaces, a hard-break backslash and the line break sit between the two halves
      const cutAt = hy ? startAt(a, a.text.length - 1) : endAt(a, a.text.length - 1);
      const between = letter.src.text.slice(cutAt, startAt(b, 0));
      const edits: Edit[] = /^-?[ \t\\]*\r?\n[ \t]*$/u.test(between)
        ? [{ offset: cutAt, length: startAt(b, 0) - cutAt, newText: '' }]
        : [];
      report({
        span: { start: from, end: to },
        message: vi(
          `Trích yếu bị ngắt dòng giữa từ "${word}" ("${tail}${hy ? '-' : ''}" ⏎ "${head}"): chỉ xuống dòng giữa các từ.`,
          `The summary breaks inside the word "${word}" ("${tail}${hy ? '-' : ''}" ⏎ "${head}"): break lines between words only.`,
        ),
        ...(edits.length
          ? { fix: { title: vi(`Nối thành "${word}"`, `Join into "${word}"`), edits, joins: true } }
          : {}),
      });
    }
  },
};
export default rule;
