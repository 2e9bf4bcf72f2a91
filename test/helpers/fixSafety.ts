// The fix-safety oracle (issue 12): whole letters mutated as a careless drafter or a copy-paste would (a line deleted,
// duplicated or swapped, NFD, an en dash, an emoji, a CR, a wrapped Tiêu ngữ, odd Nơi nhận bullets, a note above the
// header), then fix-all; what must hold of the result is `violations`. Shared by test/fix-safety.test.ts (fast-check,
// a modest count) and scripts/fuzz-fixes.ts (the long run).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll, type Diagnostic } from '../../server/src/core/analyze.js';
import { applyEdits, consistentFixes } from '../../server/src/core/fixes.js';
import type { AnalyzeOptions } from '../../server/src/core/rule.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export interface Seed {
  name: string;
  text: string;
}

/** The whole-letter fixtures: letters of every type, published transcriptions, offices' letters. */
export function seeds(): Seed[] {
  const out: Seed[] = [];
  for (const dir of ['letters', 'published', 'offices']) {
    for (const f of readdirSync(join(FIXTURES, dir)).sort()) {
      if (f.endsWith('.md')) out.push({ name: `${dir}/${f}`, text: readFileSync(join(FIXTURES, dir, f), 'utf8') });
    }
  }
  return out;
}

export const OPTIONS: AnalyzeOptions = { today: '2026-11-26' };

/** One mutation: a kind and two numbers in [0, 1) that pick where. */
export type Op = [kind: number, x: number, y: number];

export const MUTATIONS = [
  'delete line',
  'duplicate line',
  'swap lines',
  'NFD whole text',
  'NFD line',
  'en dash',
  'emoji',
  'CR',
  'CRLF whole text',
  'Tiêu ngữ wrapped',
  'Lưu bulleted –',
  'Lưu bulleted •',
  'Nơi nhận bulleted +',
  'note above header',
  'BOM',
] as const;

const NOTES = [
  'Dự thảo lần 2 - gửi anh Nam góp ý trước thứ Sáu',
  'ghi chú: kiểm tra lại số liệu mục 2',
  '(Bản nháp, chưa trình ký)',
  'Ủy ban nhân dân tỉnh đề nghị xem lại',
];

const pick = <T>(xs: readonly T[], x: number): T => xs[Math.min(xs.length - 1, Math.floor(x * xs.length))];

/** Lines with their line breaks (the last one may have none). */
function splitKeep(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function mutate(text: string, ops: Op[]): string {
  let t = text;
  for (const [k, x, y] of ops) t = mutateOne(t, MUTATIONS[k % MUTATIONS.length], x, y);
  return t;
}

function mutateOne(t: string, kind: (typeof MUTATIONS)[number], x: number, y: number): string {
  const lines = splitKeep(t);
  if (!lines.length) return t;
  const i = Math.min(lines.length - 1, Math.floor(x * lines.length));
  const eolOf = (l: string) => /\r\n|\r|\n$/.exec(l)?.[0] ?? '';
  const bare = (l: string) => l.replace(/\r\n|\r|\n$/, '');
  const nonBlank = lines.map((l, n) => [l, n] as const).filter(([l]) => bare(l).trim());
  const j = nonBlank.length ? pick(nonBlank, x)[1] : i;
  switch (kind) {
    case 'delete line':
      lines.splice(j, 1);
      break;
    case 'duplicate line':
      lines.splice(j, 0, bare(lines[j]) + (eolOf(lines[j]) || '\n'));
      break;
    case 'swap lines': {
      const k = nonBlank.length
        ? nonBlank[Math.min(nonBlank.length - 1, nonBlank.findIndex(([, n]) => n === j) + 1)][1]
        : i;
      const a = bare(lines[j]);
      const b = bare(lines[k]);
      lines[j] = b + eolOf(lines[j]);
      lines[k] = a + eolOf(lines[k]);
      break;
    }
    case 'NFD whole text':
      return t.normalize('NFD');
    case 'NFD line':
      lines[j] = lines[j].normalize('NFD');
      break;
    case 'en dash': {
      const dashed = lines.map((l, n) => [l, n] as const).filter(([l]) => l.includes('-'));
      if (!dashed.length) break;
      const [l, n] = pick(dashed, y);
      lines[n] = l.replace('-', '–');
      break;
    }
    case 'emoji':
      lines[j] = y < 0.5 ? '📌 ' + lines[j] : bare(lines[j]) + ' ✅' + eolOf(lines[j]);
      break;
    case 'CR':
      if (eolOf(lines[j]) === '\n') lines[j] = bare(lines[j]) + (y < 0.7 ? '\r\n' : '\r');
      break;
    case 'CRLF whole text':
      return t.replace(/\r?\n/g, '\r\n');
    case 'Tiêu ngữ wrapped': {
      const n = lines.findIndex((l) => /Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u.test(l));
      if (n < 0) break;
      const eol = eolOf(lines[n]) || '\n';
      lines[n] = lines[n].replace(/(Tự do\s*[-–])\s*(Hạnh phúc)/u, y < 0.5 ? `$1${eol}$2` : `$1  ${eol}$2`);
      break;
    }
    case 'Lưu bulleted –':
    case 'Lưu bulleted •': {
      const n = lines.findIndex((l) => /^[ \t]*[-+*•–][ \t]*Lưu/u.test(l));
      if (n < 0) break;
      lines[n] = lines[n].replace(/^([ \t]*)[-+*•–]/u, `$1${kind.endsWith('–') ? '–' : '•'}`);
      break;
    }
    case 'Nơi nhận bulleted +': {
      const h = lines.findIndex((l) => /Nơi nhận/iu.test(l));
      if (h < 0) break;
      for (let n = h + 1; n < lines.length && n < h + 30; n++) {
        if (/^[ \t]*-[ \t]/.test(lines[n])) lines[n] = lines[n].replace(/^([ \t]*)-/, '$1+');
        else if (lines[n].trim() && !/^[ \t]*[+]/.test(lines[n]) && n > h + 1) break;
      }
      break;
    }
    case 'note above header': {
      const eol = /\r\n/.test(t) ? '\r\n' : '\n';
      const bom = t.startsWith('\ufeff') ? '\ufeff' : '';
      return bom + pick(NOTES, y) + eol + (y < 0.5 ? eol : '') + t.slice(bom.length);
    }
    case 'BOM':
      return t.startsWith('\ufeff') ? t : '\ufeff' + t;
  }
  return lines.join('');
}

// ---- the oracle ----

export interface Range {
  start: number;
  end: number;
}

/**
 * Hunks [a0, a1, b0, b1) where `a` and `b` differ: a longest common subsequence (prefix and suffix trimmed first
 * when unweighted). With `weight`, the common subsequence of greatest weight of `a`'s elements kept: of two equal
 * alignments (a duplicated line, a moved one) the one that keeps what no fix named, as fix-all did.
 */
export function diffHunks<T>(a: T[], b: T[], weight?: (i: number) => number): [number, number, number, number][] {
  let p = 0;
  let s = 0;
  if (!weight || a.length * b.length > 4e6) {
    while (p < a.length && p < b.length && a[p] === b[p]) p++;
    while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  }
  const A = a.slice(p, a.length - s);
  const B = b.slice(p, b.length - s);
  if (!A.length && !B.length) return [];
  if (!A.length || !B.length || A.length * B.length > 4e6) return [[p, p + A.length, p, p + B.length]];
  const w = weight ? (i: number) => weight(p + i) : () => 1;
  const n = A.length;
  const m = B.length;
  const at = (i: number, j: number) => i * (m + 1) + j;
  const dp = new Float64Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[at(i, j)] = Math.max(
        dp[at(i + 1, j)],
        dp[at(i, j + 1)],
        A[i] === B[j] ? dp[at(i + 1, j + 1)] + w(i) : -Infinity,
      );
  const hunks: [number, number, number, number][] = [];
  let i = 0;
  let j = 0;
  let open: [number, number] | null = null;
  const close = () => {
    if (open) hunks.push([p + open[0], p + i, p + open[1], p + j]);
    open = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && A[i] === B[j] && dp[at(i, j)] === dp[at(i + 1, j + 1)] + w(i)) {
      close();
      i++;
      j++;
    } else {
      open ??= [i, j];
      if (j >= m || (i < n && dp[at(i + 1, j)] >= dp[at(i, j + 1)])) i++;
      else j++;
    }
  }
  close();
  return hunks;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const words = (s: string) => [...s.normalize('NFC').matchAll(WORD)].map((m) => m[0]);

/**
 * Findings compared across versions of a text: rule and message (positions move when a fix adds a line), the
 * message in NFC and lower case — a message quotes the letter, and a fix that re-cases or recomposes the quoted words
 * ("Tổng Cục" → "Tổng cục", VH-04; NFD → NFC, TXT-01) leaves the same finding quoting them as they now are.
 */
const key = (d: Diagnostic) => `${d.rule}: ${d.message.vi.normalize('NFC').toLocaleLowerCase('vi')}`;

export interface Outcome {
  fixed: string;
  violations: string[];
}

/**
 * Property (1): `fixed` is `text` with only the `named` runs (sorted, disjoint) rewritten — the parts between them (the
 * first and last anchored at the ends) are found in it, whole and in order; null, or the first part that is not. (A
 * diff of the two texts is no oracle here: of two alignments as short, a duplicated line or a line moved past another,
 * it may pick the one that shows an unnamed line as changed.)
 */
export function unnamedLost(text: string, fixed: string, named: Range[]): { text: string; at: number } | null {
  let pos = 0;
  const bounds = [{ start: 0, end: 0 }, ...named, { start: text.length, end: text.length }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k].end;
    const b = bounds[k + 1].start;
    if (a >= b) continue;
    const piece = text.slice(a, b);
    let at: number;
    if (a === 0) at = fixed.startsWith(piece) ? 0 : -1;
    else if (b === text.length)
      at = fixed.endsWith(piece) && fixed.length - piece.length >= pos ? fixed.length - piece.length : -1;
    else at = fixed.indexOf(piece, pos);
    if (at < 0) return { text: piece.length > 60 ? piece.slice(0, 30) + '…' + piece.slice(-30) : piece, at: a };
    pos = at + piece.length;
  }
  return null;
}

/**
 * Fix-all on `text`, then the four properties of issue 12 and the damage the issue found (each a violation):
 * (1) every changed range lies inside a range a first-run finding with a fix named (its span or an edit's range);
 * (2) the words of the letter are unchanged except inside those ranges, and every new word comes from an applied
 *     fix's text; (3) re-analysis shows no finding that was absent before; (4) a second run changes nothing;
 * and: no CRLF written into a text whose lines mostly end in LF, the BOM kept, no line joined to another, no second
 * Lưu line, no Tiêu ngữ upper-cased, no "./." after a Lưu line, a heading or a name.
 */
export function violations(text: string, options: AnalyzeOptions = OPTIONS): Outcome {
  const v: string[] = [];
  // (fix-all's own analyses of the text and of its result are the oracle's: each text analysed once)
  const r = fixAll(text, options);
  const before = r.first.diagnostics;
  const fixed = r.text;
  if (fixed === text) return { fixed, violations: v };
  const named: Range[] = before
    .filter((d) => d.fix)
    .flatMap((d) => [d.span, ...d.fix!.edits.map((e) => ({ start: e.offset, end: e.offset + e.length }))]);
  // the text the findings named, as disjoint runs: one changed run of characters may cross from one finding's range
  // into the next one's (a moved line then a rewritten one) — where the diff cuts it is its own choice — and still
  // lies wholly in named text
  const union: Range[] = [];
  for (const n of [...named].sort((a, b) => a.start - b.start)) {
    const last = union[union.length - 1];
    if (last && n.start <= last.end) last.end = Math.max(last.end, n.end);
    else union.push({ ...n });
  }
  // (1)
  const lost = unnamedLost(text, fixed, union);
  if (lost) v.push(`(1) changed ${JSON.stringify(lost.text)} at ${lost.at} outside every fix's range`);
  // (2)
  const wa = [...text.matchAll(WORD)].map((m) => ({
    w: m[0].normalize('NFC'),
    at: m.index!,
    end: m.index! + m[0].length,
  }));
  const wb = words(fixed);
  const inserted = r.passes
    .flat()
    .flatMap((d) => d.fix!.edits.map((e) => e.newText))
    .join(' ')
    .normalize('NFC');
  const hunks = diffHunks(
    wa.map((w) => w.w),
    wb,
    (i) => (union.some((n) => n.start <= wa[i].at && wa[i].end <= n.end) ? 1 : 1000),
  );
  // a run of words taken out in one place and put back, the same, in another is a move (NN-03, NN-05 move a whole
  // line): where the word diff places it — the moved line or the one it crossed — is the diff's choice, not a change
  const seq = (ws: string[]) => ws.join(' ');
  const moved = new Set<number>();
  hunks.forEach(([a0, a1, b0, b1], i) => {
    if (a1 === a0 || b1 !== b0) return; // words only removed here
    const j = hunks.findIndex(
      ([c0, c1, d0, d1], k) =>
        k !== i && !moved.has(k) && c1 === c0 && seq(wb.slice(d0, d1)) === seq(wa.slice(a0, a1).map((w) => w.w)),
    );
    if (j >= 0) moved.add(i).add(j);
  });
  hunks.forEach(([a0, a1, b0, b1], i) => {
    if (moved.has(i)) return;
    const removed = wa.slice(a0, a1);
    for (const w of removed)
      if (!union.some((n) => n.start <= w.at && w.end <= n.end)) v.push(`(2) word "${w.w}" changed outside a fix`);
    // a new word is a fix's text, or a word the fix named with its case changed, or two halves joined
    const low = (s: string) => s.toLocaleLowerCase('vi');
    const from = new Set(removed.flatMap((w, i) => [low(w.w), low(w.w + (removed[i + 1]?.w ?? ''))]));
    for (const w of wb.slice(b0, b1))
      if (!from.has(low(w)) && !new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${w}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(inserted))
        v.push(`(2) word "${w}" added that no fix wrote`);
  });
  const lines = (s: string) => s.split(/\r\n|\r|\n/);
  // (3)
  // (an advice, info, on a line a fix wrote is about the fix's own text: the "- Lưu: VT." it added, or the "+ Lưu"
  // it made a "- Lưu" line, is asked for the drafter's unit; a warning or an error there is a violation)
  // (a finding on text a fix rewrote quotes that text as it now is — 'Khoản "2 -" trùng' is 'Khoản "2." trùng' once
  // NB-02 wrote "2.": the same finding, its quotes aside)
  const had = new Set(before.map(key));
  const unquoted = (k: string) => k.replace(/"[^"]*"/g, '"…"');
  const rewritten = new Set(
    before
      .filter((d) => named.some((n) => n.start <= d.span.end && d.span.start <= n.end))
      .map((d) => unquoted(key(d))),
  );
  const after = r.last ?? analyze(fixed, options);
  const old = new Set(lines(text));
  for (const d of after.diagnostics) {
    if (d.severity === 'info' && !old.has(after.source.lineText(d.start.line))) continue;
    if (!had.has(key(d)) && !rewritten.has(unquoted(key(d)))) v.push(`(3) new finding after fix-all: ${key(d)}`);
  }
  // (4) a second fix-all's first pass is the fixes of `after`, kept and applied as fixAll does
  const again = consistentFixes(
    after.source,
    after.diagnostics.filter((d) => d.fix),
  );
  if (
    !r.last ||
    (again.length &&
      applyEdits(
        fixed,
        again.flatMap((d) => d.fix!.edits),
      ) !== fixed)
  )
    v.push('(4) a second fix-all changes the text again');
  // line endings and BOM
  const crlf = (s: string) => (s.match(/\r\n/g) ?? []).length;
  const lf = (s: string) => (s.match(/(?<!\r)\n/g) ?? []).length;
  if (lf(text) >= crlf(text) && crlf(fixed) > crlf(text)) v.push('CRLF written into a text of LF lines');
  if (crlf(text) > lf(text) && lf(fixed) > lf(text)) v.push('LF written into a text of CRLF lines');
  if (text.startsWith('\ufeff') !== fixed.startsWith('\ufeff')) v.push('BOM not kept');
  // damage the issue found
  const nonBlank = (s: string) => lines(s).filter((l) => l.trim()).length;
  if (nonBlank(fixed) < nonBlank(text)) v.push('a line was joined to another (fewer lines with text)');
  // (counted in NFC: a line TXT-01 recomposed is the same line)
  const luu = (s: string) =>
    lines(s.normalize('NFC')).filter((l) => /^[ \t*_]*[-+•–—*]?[ \t]*Lưu(?![\p{L}])/iu.test(l)).length;
  if (luu(text) >= 1 && luu(fixed) > luu(text)) v.push('a second Lưu line');
  const tn = (s: string) => (s.match(/ĐỘC LẬP|TỰ DO|HẠNH PHÚC/gu) ?? []).length;
  if (tn(fixed) > tn(text)) v.push('the Tiêu ngữ upper-cased');
  const ends = new Set(lines(text).filter((l) => /\.\/\.\**[ \t]*$/u.test(l)));
  for (const l of lines(fixed)) {
    if (!/\.\/\.\**[ \t]*$/u.test(l) || ends.has(l)) continue;
    const t = l.replace(/^[ \t>#*_]*/, '');
    if (/^[-+•–]?[ \t]*Lưu(?![\p{L}])/iu.test(t)) v.push(`"./." after a Lưu line: ${l}`);
    else if (/^[ \t]*#/.test(l)) v.push(`"./." after a heading: ${l}`);
    else if (/^(?:\p{Lu}\p{Ll}*[ \t]+){1,5}\p{Lu}\p{Ll}*\.\/\./u.test(t.replace(/\*+/g, '')))
      v.push(`"./." after a name: ${l}`);
  }
  return { fixed, violations: [...new Set(v)] };
}
