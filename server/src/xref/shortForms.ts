// Short forms: a document named by its kind and a demonstrative only — "Kết luận nêu trên", "Kế hoạch này",
// "Quyết định trên". Resolved within the letter when exactly one document of that kind was cited before it
// ("… này" of the letter's own kind is the letter itself); ambiguous or unresolved ones are reported, never guessed.
import { typeWordKey } from '../core/doctypes.js';
import type { Letter, Paragraph } from '../core/model.js';
import { ci, LOAI_PARTY, LOAI_STATE } from '../core/patterns.js';
import { memoByText } from '../core/rule.js';
import { joinedSpan, type Joined } from '../core/source.js';
import { docKey, type ShortFormRef } from './model.js';

const LEGAL = 'bộ luật|luật|pháp lệnh|nghị định|thông tư liên tịch|thông tư|lệnh';
const KINDS = [...new Set([...LOAI_STATE.split('|'), ...LOAI_PARTY.split('|'), ...LEGAL.split('|')])]
  .sort((a, b) => b.length - a.length)
  .map((w) => ci(w).replace(/ /g, '[ \\t]+'));
const DEMONSTRATIVE = ['nêu trên', 'nói trên', 'đã nêu', 'đã dẫn', 'trên đây', 'này', 'trên'].map((w) =>
  ci(w).replace(/ /g, '[ \\t]+'),
);
// bare "trên" is a demonstrative only before punctuation or a clause word ("Kế hoạch trên địa bàn" is not)
const AFTER_TREN = [
  'và',
  'đã',
  'được',
  'là',
  'có',
  'thì',
  'cho',
  'để',
  'nhằm',
  'với',
  'của',
  'theo',
  'hoặc',
  'đến',
  'tới',
  'về',
]
  .map(ci)
  .join('|');
const SHORT = new RegExp(
  `(?<![\\p{L}])(?<kind>${KINDS.join('|')})[ \\t]+(?<dem>${DEMONSTRATIVE.join('|')})(?![\\p{L}])`,
  'gu',
);
const TREN_OK = new RegExp(`^(?:[ \\t]*(?:[,.;:)!?]|$)|[ \\t]+(?:${AFTER_TREN})(?![\\p{L}]))`, 'u');
const GENERIC = new Set(['văn bản']);

export interface SelfDoc {
  kind: string | null;
  key: string | null;
}

interface ShortMatch {
  index: number;
  0: string;
  kindLength: number;
  demLength: number;
  demKey: string;
}

/** The short forms ("Kế hoạch nêu trên", "Quyết định này") written in one paragraph's key text. */
function shortFormsIn(key: string): ShortMatch[] {
  const out: ShortMatch[] = [];
  SHORT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORT.exec(key))) {
    const demKey = m.groups!.dem.replace(/[ \t]+/g, ' ').toLocaleLowerCase('vi');
    if (demKey === 'trên' && !TREN_OK.test(key.slice(m.index + m[0].length))) continue;
    out.push({ index: m.index, 0: m[0], kindLength: m.groups!.kind.length, demLength: m.groups!.dem.length, demKey });
  }
  return out;
}

export function findShortForms(letter: Letter, self: SelfDoc): ShortFormRef[] {
  const paras: Paragraph[] = [...letter.canCu, ...letter.body];
  const out: ShortFormRef[] = [];
  const cites = letter.citations;
  const selfKind = self.kind ? typeWordKey(self.kind) : null;
  for (const p of paras) {
    const j: Joined = p.joined;
    for (const m of memoByText('xref short forms', j.key, shortFormsIn)) {
      const span = joinedSpan(j, m.index, m.index + m[0].length);
      // inside a citation ("… số 14/KH-UBND về Kế hoạch này"): the summary of another document, not a reference
      if (cites.some((c) => c.span.start <= span.start && span.end <= c.span.end)) continue;
      const kindText = j.text.slice(m.index, m.index + m.kindLength);
      const kind = typeWordKey(kindText);
      const base = {
        text: j.text.slice(m.index, m.index + m[0].length),
        kind: kindText,
        demonstrative: j.text.slice(m.index + m[0].length - m.demLength, m.index + m[0].length),
        span,
        line: letter.src.positionAt(span.start).line,
      };
      if (m.demKey === 'này' && selfKind === kind) {
        out.push({ ...base, status: 'self', key: self.key, citation: null, candidates: self.key ? [self.key] : [] });
        continue;
      }
      const before = new Map<string, number>(); // key → index of its first citation
      cites.forEach((c, i) => {
        if (c.span.start >= span.start) return;
        if (!GENERIC.has(kind) && typeWordKey(c.kind) !== kind) return;
        const k = docKey(c.number);
        if (!before.has(k)) before.set(k, c.first ?? i);
      });
      const keys = [...before.keys()];
      if (keys.length === 1)
        out.push({ ...base, status: 'resolved', key: keys[0], citation: before.get(keys[0])!, candidates: keys });
      else
        out.push({
          ...base,
          status: keys.length ? 'ambiguous' : 'unresolved',
          key: null,
          citation: null,
          candidates: keys,
        });
    }
  }
  return out;
}
