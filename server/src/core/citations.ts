// Citations in the text (catalogue §1 CITE_*, §3.7.5, §8): kind, number, date, issuer, summary.
import type { Citation, CitationFamily, Letter, Paragraph } from './model.js';
import { R, ci } from './patterns.js';
import { joinedSpan, type Joined } from './source.js';

interface Raw {
  at: number;
  end: number;
  kind: string;
  number: string;
  so: string;
  typeCode: string | null;
  issuerCode: string | null;
  year?: string;
  family: CitationFamily;
  numAt: number;
}

const LEGAL_WORD = new RegExp(
  `(?<loai>${['bộ luật', 'luật', 'pháp lệnh', 'nghị định', 'thông tư liên tịch', 'thông tư', 'nghị quyết', 'quyết định', 'lệnh', 'văn bản hợp nhất', 'chỉ thị', 'văn bản'].map(ci).join('|')})(?:[^.;:()]{0,120}?)?[ \\t]+(?:${ci('số')}[ \\t]+)?$`,
  'u',
);

/** A cited number as written, tidied: NFC, no spaces, en dash as hyphen ("119- KH/TU" → "119-KH/TU"). */
export function normaliseNumber(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0]+/g, '').replace(/[–—‐]/g, '-');
}

/** Identity of a cited document: the tidied number without leading zeros, "Đ" and case unified. */
export function citationKey(number: string): string {
  return normaliseNumber(number).replace(/^0+(?=\d)/, '').toLocaleUpperCase('vi');
}

function findRaw(key: string): Raw[] {
  const out: Raw[] = [];
  const taken = (a: number, b: number) => out.some(r => a < r.end && b > r.at);
  let m: RegExpExecArray | null;
  const party = new RegExp(R.CITE_PARTY.source, 'gu');
  while ((m = party.exec(key))) {
    const g = m.groups!;
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      kind: g.loai,
      so: g.so,
      number: `${g.so}-${g.kh}/${g.cq}`,
      typeCode: g.kh,
      issuerCode: g.cq,
      family: 'party',
      numAt: m.index + m[0].length - (m[0].length - m[0].search(/\d/)),
    });
  }
  const qppl = new RegExp(R.CITE_QPPL.source, 'gu');
  while ((m = qppl.exec(key))) {
    const g = m.groups!;
    if (taken(m.index, m.index + m[0].length)) continue;
    if (m.index > 0 && /[\p{L}\d\/-]/u.test(key[m.index - 1])) continue;
    const before = key.slice(Math.max(0, m.index - 160), m.index);
    const w = LEGAL_WORD.exec(before);
    const at = w ? m.index - before.length + w.index : m.index;
    const kind = w ? w.groups!.loai : '';
    out.push({
      at: w && m.index - (m.index - before.length + w.index) < 60 ? at : m.index,
      end: m.index + m[0].length,
      kind,
      so: g.so,
      number: `${g.so}/${g.nam}/${g.kh}`,
      typeCode: g.kh.split('-')[0],
      issuerCode: g.kh.includes('-') ? g.kh.split('-').slice(1).join('-') : g.kh,
      year: g.nam,
      family: 'legal',
      numAt: m.index,
    });
  }
  const state = new RegExp(R.CITE_STATE.source, 'gu');
  while ((m = state.exec(key))) {
    const g = m.groups!;
    if (taken(m.index, m.index + m[0].length)) continue;
    const kh = g.kh.replace(/[ \t]+/g, '').replace(/–/g, '-');
    const groups = kh.split('-');
    out.push({
      at: m.index,
      end: m.index + m[0].length,
      kind: g.loai,
      so: g.so,
      number: `${g.so}/${kh}`,
      typeCode: groups[0],
      issuerCode: groups.slice(1).join('-') || groups[0],
      family: 'state',
      numAt: m.index + m[0].indexOf(g.so, g.loai.length),
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

const SUMMARY_START = /^(?:về[ \t]+việc|về|v\/v|quy[ \t]+định|hướng[ \t]+dẫn|ban[ \t]+hành|phê[ \t]+duyệt|thực[ \t]+hiện|triển[ \t]+khai|sửa[ \t]+đổi|bổ[ \t]+sung|giao|thành[ \t]+lập|tổ[ \t]+chức|kiện[ \t]+toàn|công[ \t]+bố|quy[ \t]+chế|chương[ \t]+trình|[“"«])/iu;
const ISSUER_END = /[ \t]+(?:về|v\/v|quy[ \t]+định|hướng[ \t]+dẫn|ban[ \t]+hành|phê[ \t]+duyệt|thực[ \t]+hiện|triển[ \t]+khai|sửa[ \t]+đổi|tại|đã|đối[ \t]+với|và|trong|nhằm|để)(?![\p{L}])|[,;.(“"«]/iu;

export function isoDate(d: string, m: string, y: string): string | null {
  const dd = +d;
  const mm = +m;
  const yy = +y;
  const t = new Date(Date.UTC(yy, mm - 1, dd));
  if (t.getUTCFullYear() !== yy || t.getUTCMonth() !== mm - 1 || t.getUTCDate() !== dd) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function sentenceStart(key: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = key[i];
    if (c === ';' || c === '\n') return i + 1;
    if (c === '.' && /\s/.test(key[i + 1] ?? '') && /\p{Lu}/u.test(key[i + 2] ?? '') && !/\d/.test(key[i - 1] ?? '')) return i + 1;
  }
  return 0;
}

function describe(j: Joined, r: Raw, next: number, prev: { issuer: string | null; end: number } | null) {
  const key = j.key;
  let wEnd = next;
  const stopAt = /;|\.(?=[ \t]+\p{Lu}|$)|\.\/\./u.exec(key.slice(r.end, next));
  if (stopAt) wEnd = r.end + stopAt.index;
  const window = j.text.slice(r.end, wEnd);
  const wkey = key.slice(r.end, wEnd);
  let rest = wkey;
  let restText = window;
  let date: string | null = null;
  let dateText: string | undefined;
  const dm = new RegExp(`^[ \\t,]*(?:${R.DATE_TXT.source})`, 'u').exec(rest);
  if (dm) {
    const g = dm.groups!;
    date = g.d ? isoDate(g.d, g.m, g.y) : isoDate(g.d2, g.m2, g.y2);
    dateText = dm[0].replace(/^[ \t,]+/, '');
    rest = rest.slice(dm[0].length);
    restText = restText.slice(dm[0].length);
  }
  let issuer: string | null = null;
  const im = /^[ \t,]*(?:của|do)[ \t]+/iu.exec(rest);
  if (im) {
    const after = rest.slice(im[0].length);
    const e = ISSUER_END.exec(after);
    const len = e ? e.index : after.length;
    issuer = restText.slice(im[0].length, im[0].length + len).trim() || null;
    rest = after.slice(len);
    restText = restText.slice(im[0].length + len);
  }
  // "… của <issuer> tại <citation>", "<issuer> có/ban hành <citation>", shared by "… và <citation>"
  const s = sentenceStart(key, r.at);
  const before = j.text.slice(s, r.at);
  const bkey = key.slice(s, r.at);
  if (!issuer) {
    const t = /(?:của|do)[ \t]+([^(),;]{1,90}?)[ \t]+(?:tại|theo)[ \t]+(?:các[ \t]+)?$/iu.exec(bkey) ?? /(?:của|do)[ \t]+([^(),;]{1,90}?)[ \t]+tại[ \t]/iu.exec(bkey);
    if (t) issuer = before.slice(t.index + t[0].indexOf(t[1]), t.index + t[0].indexOf(t[1]) + t[1].length).trim();
    else {
      const c = /(?:^|[,;][ \t]*)(?:ngày[^,]*,[ \t]*)?(\p{Lu}[^,;]*?)[ \t]+(?:có|đã có|ban hành|đã ban hành)[ \t]+$/u.exec(bkey);
      if (c) issuer = before.slice(c.index + c[0].indexOf(c[1]), c.index + c[0].indexOf(c[1]) + c[1].length).trim();
    }
    if (!issuer && prev && prev.issuer && /^[ \t]*(?:và|,)[ \t]*$/u.test(key.slice(prev.end, r.at).replace(/^[^;]*?(?=[ \t]*(?:và|,)[ \t]*$)/u, ''))) {
      issuer = prev.issuer;
    }
  }
  if (!date) {
    const d = new RegExp(`${R.DATE_TXT.source}`, 'u').exec(bkey);
    if (d && /^[ \t]*,/.test(bkey.slice(d.index + d[0].length))) {
      const g = d.groups!;
      date = g.d ? isoDate(g.d, g.m, g.y) : isoDate(g.d2, g.m2, g.y2);
      dateText = d[0];
    }
  }
  let summary: string | null = null;
  const sm = SUMMARY_START.exec(rest.replace(/^[ \t,]+/, ''));
  if (sm) {
    const off = rest.length - rest.replace(/^[ \t,]+/, '').length;
    summary = restText.slice(off).replace(/[ \t]*[(,;.]*$/, '').trim() || null;
  }
  return { date, dateText, issuer, summary, windowText: window, end: r.end + (window.length - rest.length) };
}

export function extractCitations(letter: Letter): Citation[] {
  const paras: { p: Paragraph | null; j: Joined; where: 'trichYeu' | 'canCu' | 'body' }[] = [];
  if (letter.trichYeu) paras.push({ p: null, j: letter.trichYeu.joined, where: 'trichYeu' });
  for (const p of letter.canCu) paras.push({ p, j: p.joined, where: 'canCu' });
  for (const p of letter.body) paras.push({ p, j: p.joined, where: 'body' });
  const out: Citation[] = [];
  const firstByNumber = new Map<string, number>();
  for (const { p, j, where } of paras) {
    const raws = findRaw(j.key);
    let prev: { issuer: string | null; end: number } | null = null;
    raws.forEach((r, idx) => {
      const next = raws[idx + 1]?.at ?? j.key.length;
      const d = describe(j, r, next, prev);
      prev = { issuer: d.issuer, end: d.end };
      const number = normaliseNumber(r.number);
      const id = citationKey(number);
      const first = firstByNumber.get(id);
      const span = joinedSpan(j, r.at, r.end);
      const c: Citation = {
        text: j.text.slice(r.at, r.end),
        kind: r.kind,
        number,
        family: r.family,
        so: r.so,
        typeCode: r.typeCode,
        issuerCode: r.issuerCode,
        year: r.year,
        date: d.date,
        dateText: d.dateText,
        issuer: d.issuer,
        summary: d.summary,
        span,
        numberSpan: joinedSpan(j, r.numAt, r.end),
        line: letter.src.positionAt(span.start).line,
        firstMention: first === undefined,
        inTrichYeu: where === 'trichYeu',
        inCanCu: where === 'canCu',
        paragraph: p,
        first: first ?? out.length,
        windowText: d.windowText,
      };
      if (first === undefined) firstByNumber.set(id, out.length);
      out.push(c);
    });
  }
  return out;
}
