// Slip injector (issue 14): takes a clean whole letter, writes into one of its recognised parts one of the slips the
// catalogue describes, and says which rule must report it on which line. Each slip keeps the number of lines, so the
// letter's other findings stay on the same lines and "nothing new elsewhere" can be checked line by line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze.js';
import type { Letter } from '../../server/src/core/model.js';

export interface Injected {
  slip: string; // family name, e.g. "dropped colon (Số)"
  rules: string[]; // any of these counts as finding it
  line: number; // 0-based
  text: string;
}

type Slip = { name: string; rules: string[]; apply: (lines: string[], l: Letter) => number | null };

/** Replace the first match of `re` on source line `n`; the line index, or null if nothing matched. */
function sub(
  lines: string[],
  n: number | undefined,
  re: RegExp,
  to: string | ((m: string, ...g: string[]) => string),
): number | null {
  if (n === undefined || n < 0 || !re.test(lines[n])) return null;
  lines[n] = lines[n].replace(re, to as string);
  return n;
}

const firstLine = (p: { lines: { line: number }[] } | undefined) => p?.lines[0]?.line;

export const SLIPS: Slip[] = [
  {
    name: 'dropped colon (Số)',
    rules: ['SKH-01'],
    apply: (ls, l) =>
      l.so?.form === 'state' || l.so?.form === 'qppl' ? sub(ls, l.so.line.line, /Số:[ \t]*/u, 'Số ') : null,
  },
  {
    name: 'spaced colon (Kính gửi)',
    rules: ['KG-02'],
    apply: (ls, l) => sub(ls, l.kinhGui?.head.line, /Kính gửi:/u, 'Kính gửi :'),
  },
  {
    name: 'spaced colon (Nơi nhận)',
    rules: ['NN-01'],
    apply: (ls, l) => sub(ls, l.noiNhan?.head.line, /Nơi nhận:/u, 'Nơi nhận :'),
  },
  {
    name: 'no colon (Kính gửi)',
    rules: ['KG-02'],
    apply: (ls, l) => sub(ls, l.kinhGui?.head.line, /Kính gửi:(?=[ \t]*\S)/u, 'Kính gửi'),
  },
  {
    name: 'no colon (Nơi nhận)',
    rules: ['NN-01'],
    apply: (ls, l) => sub(ls, l.noiNhan?.head.line, /Nơi nhận:/u, 'Nơi nhận'),
  },
  {
    name: 'en dash (Tiêu ngữ)',
    rules: ['QH-02'],
    apply: (ls, l) => sub(ls, l.quocHieu?.tieuNgu?.line, /Độc lập - Tự do/u, 'Độc lập – Tự do'),
  },
  {
    name: 'en dash (ký hiệu)',
    rules: ['SKH-01'],
    apply: (ls, l) =>
      l.so?.form === 'state' || l.so?.form === 'qppl'
        ? sub(ls, l.so.line.line, /(\/\p{Lu}[\p{L}0-9&]*)-/u, '$1–')
        : null,
  },
  {
    name: 'missing zero (date line)',
    rules: ['DD-02'],
    apply: (ls, l) => (l.date?.day ? sub(ls, l.date.line.line, /ngày[ \t]+\d{1,2}(?=[ \t]+tháng)/u, 'ngày 7') : null),
  },
  {
    name: 'căn cứ ending with a comma',
    rules: ['CC-01'],
    apply: (ls, l) => {
      // a căn cứ that is not the preamble's last line ends with ";": write "," instead (one line, one slip)
      const p = l.canCu.slice(0, -1).find((x) => /;$/.test(x.lines.at(-1)!.key) && /^Căn cứ/u.test(x.joined.key));
      const n = p?.lines.at(-1)?.line;
      return n === undefined ? null : sub(ls, n, /;([*_]*[ \t]*)$/u, ',$1');
    },
  },
  {
    name: 'V/v with a colon',
    rules: ['TL-04'],
    apply: (ls, l) => (l.trichYeu?.vv ? sub(ls, firstLine(l.trichYeu), /V\/v[ \t]+/u, 'V/v: ') : null),
  },
  {
    name: 'Về instead of V/v',
    rules: ['TL-04'],
    apply: (ls, l) => (l.trichYeu?.vv ? sub(ls, firstLine(l.trichYeu), /V\/v[ \t]+/u, 'Về ') : null),
  },
  {
    name: 'skipped point letter',
    rules: ['NB-03'],
    apply: (ls, l) => {
      const b = l.body.find((p) => p.marker?.kind === 'diem' && p.marker.value === 'b' && !p.quoted);
      return b ? sub(ls, firstLine(b), /^(\W*)b\)/u, '$1c)') : null;
    },
  },
  {
    name: 'skipped clause number',
    rules: ['NB-02', 'NB-04'],
    apply: (ls, l) => {
      // the last clause of a run of at least two numbers one more: "1. 2. 4." (a skip, not a repeat)
      const runs = [l.items, ...l.items.map((i) => i.children)]
        .map((r) => r.filter((i) => i.kind === 'khoan'))
        .filter((r) => r.length >= 2);
      const it = runs[0]?.at(-1);
      return it
        ? sub(ls, firstLine(it.paragraph), /^(\W*)(\d+)\./u, (_m, pre: string, d: string) => `${pre}${Number(d) + 1}.`)
        : null;
    },
  },
  {
    name: 'Lưu not last (swapped lines)',
    rules: ['NN-03'],
    apply: (ls, l) => {
      const items = l.noiNhan?.items ?? [];
      const luu = items[items.length - 1];
      const prev = items[items.length - 2];
      // "Như trên" moved off the top would be a second slip (NN-05); a table cell holds both on one line
      if (
        !luu ||
        !prev ||
        luu.lines.length !== 1 ||
        prev.lines.length !== 1 ||
        !/Lưu:/u.test(luu.lines[0].key) ||
        /Như trên/u.test(prev.lines[0].key)
      )
        return null;
      const a = prev.lines[0].line;
      const b = luu.lines[0].line;
      if (a === b) return null;
      [ls[a], ls[b]] = [ls[b], ls[a]];
      return a;
    },
  },
  {
    name: 'Lưu without VT',
    rules: ['NN-03'],
    apply: (ls, l) => sub(ls, l.noiNhan?.items.at(-1)?.lines[0].line, /Lưu:[ \t]*VT,[ \t]*/u, 'Lưu: '),
  },
  {
    name: 'Lưu, no space after comma',
    rules: ['NN-03'],
    apply: (ls, l) => sub(ls, l.noiNhan?.items.at(-1)?.lines[0].line, /Lưu:[ \t]*VT,[ \t]+/u, 'Lưu: VT,'),
  },
  {
    name: 'Lưu without colon',
    rules: ['NN-03'],
    apply: (ls, l) => sub(ls, l.noiNhan?.items.at(-1)?.lines[0].line, /Lưu:[ \t]*VT/u, 'Lưu VT'),
  },
  {
    name: 'abbreviated deputy title',
    rules: ['CK-03'],
    apply: (ls, l) => {
      // "KT. CHỦ TỊCH" ⏎ "PHÓ CHỦ TỊCH" → "P. CHỦ TỊCH" (the deputy's title written short)
      const st = l.signature?.stack ?? [];
      const i = st.findIndex((x) => x.prefix === 'KT.');
      const dep = i >= 0 ? st[i + 1] : undefined;
      return dep && /^PHÓ[ \t]/u.test(dep.line.key) ? sub(ls, dep.line.line, /PHÓ[ \t]+(?=\p{Lu})/u, 'P. ') : null;
    },
  },
  {
    name: 'KT. without space',
    rules: ['CK-01'],
    apply: (ls, l) => {
      const sl = l.signature?.stack.find((s) => s.prefix && s.prefixRaw === s.prefix && s.rest);
      // the prefix before its own title: a table row also holds the Nơi nhận column ("Lưu: VT, KT. | KT. CHỦ TỊCH")
      const title = sl?.rest.split(/\s+/)[0].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      return sl
        ? sub(
            ls,
            sl.line.line,
            new RegExp(`(${sl.prefix!.replace('.', '\\.')})[ \\t]+(?=(?:\\*\\*)?${title})`, 'u'),
            '$1',
          )
        : null;
    },
  },
  {
    name: 'NFD text',
    rules: ['TXT-01'],
    apply: (ls, l) => {
      const p = l.body.find((x) => /[^\x00-\x7f]/.test(x.lines[0].text) && !x.quoted);
      const n = firstLine(p);
      if (n === undefined || ls[n].normalize('NFD') === ls[n]) return null;
      ls[n] = ls[n].normalize('NFD');
      return n;
    },
  },
  {
    name: 'first mention without date',
    rules: ['VD-01'],
    apply: (ls, l) => {
      const c = l.citations.find(
        (x) => x.firstMention && x.dateText && x.family !== 'legal' && !x.inCanCu && x.dateSpan,
      );
      if (!c) return null;
      const n = c.line;
      return sub(
        ls,
        n,
        new RegExp(
          `[ \\t,]*(?:ngày|NGÀY)[ \\t]+${c.dateText!.replace(/^\S+[ \t]+/u, '').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`,
          'u',
        ),
        '',
      );
    },
  },
  {
    name: 'state number in Party form',
    rules: ['VD-03'],
    apply: (ls, l) => {
      // a typed number of an unmistakably state body: "14/KH-UBND" → "14-KH/UBND" ("31/TTr-VP" → "31-TTr/VP" could
      // be a Party office's: not a certain slip)
      const c = l.citations.find(
        (x) =>
          x.family === 'state' &&
          /^\d+\/(?:KH|QĐ|TB|CT|BC|HD|TTr|NQ|KL|CTr)-(?:UBND|HĐND|TTg|[BS]\p{Lu}{1,8})$/u.test(x.number) &&
          !x.inTrichYeu,
      );
      if (!c) return null;
      const [so, kh] = c.number.split('/');
      const [t, cq] = kh.split('-');
      return sub(ls, c.line, new RegExp(c.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'u'), `${so}-${t}/${cq}`);
    },
  },
];

export interface Letterfile {
  name: string;
  text: string;
  /** analyze options of the letter (NAME.options.json beside it), on top of OPTIONS */
  options?: Record<string, unknown>;
}

/**
 * Clean whole letters. With a corpus sidecar (NAME.expect.json): no expected problem, regime nd30 (or `regimes`),
 * complete. With golden findings (NAME.expected.json, test/fixtures/letters): none of them a warning or an error.
 */
export function cleanLetters(dirs: string[], regimes: string[] = ['nd30']): Letterfile[] {
  const out: Letterfile[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.md'))
      .sort()) {
      const base = join(dir, f.replace(/\.md$/, ''));
      if (existsSync(`${base}.expect.json`)) {
        const exp = JSON.parse(readFileSync(`${base}.expect.json`, 'utf8'));
        if (
          !regimes.includes(exp.regime) ||
          exp.partial ||
          exp.header_published === false ||
          exp.expected_problems.length
        )
          continue;
      } else if (existsSync(`${base}.expected.json`)) {
        const golden: { severity: string }[] = JSON.parse(readFileSync(`${base}.expected.json`, 'utf8'));
        if (golden.some((d) => d.severity !== 'info')) continue;
      } else continue;
      const options = existsSync(`${base}.options.json`)
        ? JSON.parse(readFileSync(`${base}.options.json`, 'utf8'))
        : undefined;
      // a Party document follows HD 36, not NĐ 30: the slips of the state catalogue are not its slips (§8.5)
      if (!existsSync(`${base}.expect.json`)) {
        const l = analyze(readFileSync(join(dir, f), 'utf8'), { ...OPTIONS, ...options }).letter;
        if (!l.isLetter || l.family !== 'state') continue;
      }
      out.push({
        name: f.replace(/\.md$/, ''),
        text: readFileSync(join(dir, f), 'utf8'),
        ...(options ? { options } : {}),
      });
    }
  }
  return out;
}

export const OPTIONS = { today: '2026-11-26' };

export interface Outcome {
  letter: string;
  slip: string;
  found: boolean;
  line: number;
  /** Findings on other lines that the clean letter did not have ("rule@line"). */
  elsewhere: string[];
}

/** Every slip that applies to the letter, injected one at a time. */
export function inject(lf: Letterfile): Outcome[] {
  const opts = { ...OPTIONS, ...lf.options };
  const base = analyze(lf.text, opts);
  const had = new Set(base.diagnostics.map((d) => `${d.rule}@${d.start.line}`));
  const eol = lf.text.includes('\r\n') ? '\r\n' : '\n';
  const out: Outcome[] = [];
  for (const s of SLIPS) {
    const lines = lf.text.split(eol);
    const n = s.apply(lines, base.letter);
    if (n === null) continue;
    const a = analyze(lines.join(eol), opts);
    const found = a.diagnostics.some((d) => s.rules.includes(d.rule) && d.start.line <= n && n <= d.end.line);
    const elsewhere = a.diagnostics
      .filter(
        (d) =>
          !(d.start.line <= n && n <= d.end.line) && !had.has(`${d.rule}@${d.start.line}`) && d.severity !== 'info',
      )
      .map((d) => `${d.rule}@${d.start.line + 1}`);
    out.push({ letter: lf.name, slip: s.name, found, line: n + 1, elsewhere });
  }
  return out;
}

/** Recall per slip and false findings, as printed by `npm run corpus`. */
export function matrix(outcomes: Outcome[]): {
  rows: { slip: string; found: number; total: number }[];
  lines: string[];
} {
  const by = new Map<string, { found: number; total: number }>();
  for (const o of outcomes) {
    const r = by.get(o.slip) ?? { found: 0, total: 0 };
    r.total++;
    if (o.found) r.found++;
    by.set(o.slip, r);
  }
  const rows = SLIPS.map((s) => ({ slip: s.name, ...(by.get(s.name) ?? { found: 0, total: 0 }) }));
  const lines = rows.map(
    (r) =>
      `  ${r.slip.padEnd(32)} ${String(r.found).padStart(4)}/${String(r.total).padEnd(4)} ${r.total ? ((100 * r.found) / r.total).toFixed(1) + ' %' : 'n/a'}`,
  );
  const all = outcomes.filter((o) => o.found).length;
  const noisy = outcomes.filter((o) => o.elsewhere.length);
  lines.push(
    `  ${'all slips'.padEnd(32)} ${String(all).padStart(4)}/${String(outcomes.length).padEnd(4)} ${((100 * all) / Math.max(1, outcomes.length)).toFixed(1)} %`,
  );
  lines.push(`  injections with a new finding elsewhere: ${noisy.length}/${outcomes.length}`);
  return { rows, lines };
}
