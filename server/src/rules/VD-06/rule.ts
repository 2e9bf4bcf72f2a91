import type { Citation } from '../../core/model.js';
import { citationKey, sameDocumentKey } from '../../core/citations.js';
import { foldTones } from '../../core/source.js';
import { memoByText, vi, type Rule } from '../../core/rule.js';

/** A document's identity whatever the form: number + letter groups, without the year ("41/2022/NQ-HĐND" ≡
 * "41/NQ-HĐND"). */
function identity(c: Citation): string {
  return memoByText('VD-06 identity', c.number, identityOf);
}

function identityOf(number: string): string {
  const parts = sameDocumentKey(number).split(/[\/-]/);
  const so = parts[0].replace(/^0+(?=\d)/, '');
  return [so, ...parts.slice(1).filter((p) => !/^(?:19|20)\d{2}$/.test(p))].join('|');
}

const ABBR: [RegExp, string][] = [
  [/ủy ban nhân dân/gu, 'ubnd'],
  [/hội đồng nhân dân/gu, 'hđnd'],
  [/ban thường vụ/gu, 'btv'],
  [/thủ tướng chính phủ/gu, 'thủ tướng'],
];
const issuerKey = (s: string): string => memoByText('VD-06 issuer', s, issuerKeyOf);

function issuerKeyOf(s: string): string {
  let k = foldTones(s.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/\([^)]*\)/g, ' ');
  for (const [re, a] of ABBR) k = k.replace(re, a);
  return k.replace(/[^\p{L}\p{N}]+/gu, '');
}

const foldedKind = (kind: string): string =>
  memoByText('VD-06 kind', kind, (k) => foldTones(k).toLocaleLowerCase('vi'));

/** What two citations must share for one to be the other with two digits swapped: date, type, the number's letter
 * groups and its length. Earlier citations are bucketed by it, so a long letter's many citations are not compared
 * pairwise. */
function twinKey(c: Citation): string | undefined {
  if (!c.date) return undefined;
  const [so, ...rest] = identity(c).split('|');
  return `${c.date}\u0000${foldedKind(c.kind)}\u0000${rest.join('|')}\u0000${so.length}`;
}

/**
 * An earlier citation of the same type, symbol, date and issuer whose number differs from `c`'s only by two adjacent
 * digits swapped ("1520/QĐ-UBND ngày 10/6/2021" then "1502/QĐ-UBND ngày 10/6/2021"): one of them is a typo. Two
 * documents issued the same day by the same body usually have neighbouring numbers, never swapped digits.
 * `earlier`: the first citations (in order) of `c`'s `twinKey`; `c` has an issuer.
 */
function transposed(c: Citation, earlier: Iterable<Citation>): Citation | undefined {
  const so = identity(c).split('|')[0];
  for (const f of earlier) {
    if (!f.issuer) continue;
    const fso = identity(f).split('|')[0];
    if (fso === so) continue;
    const a = issuerKey(f.issuer);
    const b = issuerKey(c.issuer!);
    if (!a || !b || (!a.includes(b) && !b.includes(a))) continue;
    const diff = [...so].flatMap((d, i) => (d !== fso[i] ? [i] : []));
    if (diff.length === 2 && diff[1] === diff[0] + 1 && so[diff[0]] === fso[diff[1]] && so[diff[1]] === fso[diff[0]])
      return f;
  }
  return undefined;
}

const rule: Rule = {
  id: 'VD-06',
  alias: 'citation-consistency',
  title: vi('Viện dẫn cùng một văn bản không thống nhất', 'One document cited in disagreeing forms'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    'Trong một văn bản, mỗi lần viện dẫn cùng một văn bản phải thống nhất số, ký hiệu, ngày ban hành và cơ quan ban hành. Ghi khác nhau (ví dụ 41/2022/NQ-HĐND và 41/NQ-HĐND, hoặc hai ngày ban hành khác nhau) cho thấy có một chỗ ghi sai.',
    'Within one letter every citation of the same document must agree on its number, date and issuing body. Two forms (41/2022/NQ-HĐND and 41/NQ-HĐND, or two dates) mean one of them is wrong.',
  ),
  check({ letter, report }) {
    const firstOf = new Map<string, Citation>();
    const byTwinKey = new Map<string, Citation[]>();
    for (const c of letter.citations) {
      const id = identity(c);
      const f = firstOf.get(id);
      if (!f) {
        const key = c.issuer ? twinKey(c) : undefined;
        const twin = key === undefined ? undefined : transposed(c, byTwinKey.get(key) ?? []);
        if (twin) {
          report({
            span: c.numberSpan,
            message: vi(
              `Viện dẫn "${c.number}" có cùng tên loại, ngày ban hành và cơ quan ban hành với "${twin.number}" đã viện dẫn trước đó, chỉ khác hai chữ số đổi chỗ: kiểm tra lại số văn bản và ghi thống nhất.`,
              `"${c.number}" has the same type, date and issuer as "${twin.number}" cited earlier and differs only by two swapped digits: check the number and make them agree.`,
            ),
            related: [
              { span: twin.span, message: vi(`Lần viện dẫn "${twin.number}"`, `Citation of "${twin.number}"`) },
            ],
          });
        }
        firstOf.set(id, c);
        const fkey = twinKey(c);
        if (fkey !== undefined) {
          const list = byTwinKey.get(fkey);
          if (list) list.push(c);
          else byTwinKey.set(fkey, [c]);
        }
        continue;
      }
      const problems: { vi: string; en: string }[] = [];
      if (citationKey(f.number) !== citationKey(c.number)) {
        problems.push({
          vi: `số, ký hiệu ghi "${c.number}" nhưng lần đầu ghi "${f.number}"`,
          en: `the number is "${c.number}" but "${f.number}" at first`,
        });
      }
      if (f.date && c.date && f.date !== c.date) {
        problems.push({
          vi: `ngày ban hành ghi "${c.dateText}" nhưng lần đầu ghi "${f.dateText}"`,
          en: `the date is "${c.dateText}" but "${f.dateText}" at first`,
        });
      }
      if (f.issuer && c.issuer) {
        const a = issuerKey(f.issuer);
        const b = issuerKey(c.issuer);
        if (a && b && !a.includes(b) && !b.includes(a)) {
          problems.push({
            vi: `cơ quan ban hành ghi "${c.issuer}" nhưng lần đầu ghi "${f.issuer}"`,
            en: `the issuer is "${c.issuer}" but "${f.issuer}" at first`,
          });
        }
      }
      if (!problems.length) continue;
      const span = problems.length === 1 && problems[0].vi.startsWith('ngày') && c.dateSpan ? c.dateSpan : c.span;
      report({
        span,
        message: vi(
          `Viện dẫn "${f.number}" không thống nhất: ${problems.map((p) => p.vi).join('; ')}. Kiểm tra và ghi thống nhất.`,
          `"${f.number}" is cited inconsistently: ${problems.map((p) => p.en).join('; ')}. Check and make them agree.`,
        ),
        related: [
          { span: f.span, message: vi(`Lần viện dẫn đầu tiên của "${f.number}"`, `First citation of "${f.number}"`) },
        ],
      });
    }
  },
};
export default rule;
