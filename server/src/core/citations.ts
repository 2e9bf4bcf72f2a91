// Citations in the text (catalogue §1 CITE_*, §3.7.5, §8): kind, number, date, issuer, summary.
import type { Citation, CitationFamily, Letter, Paragraph } from './model.js';
import { LEGAL_KINDS } from './doctypes.js';
import { CGRP, R, ci } from './patterns.js';
import { joinedSpan, type Joined, type Span } from './source.js';
import { keepingScans, memoByText } from './rule.js';

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
  `(?<![\\p{L}])(?<loai>${[...LEGAL_KINDS, 'Nghị quyết', 'Quyết định', 'Văn bản hợp nhất', 'Chỉ thị', 'Văn bản']
    .map((k) => k.toLocaleLowerCase('vi'))
    .sort((a, b) => b.length - a.length) // "thông tư liên tịch" before "thông tư"
    .map(ci)
    .join('|')})(?:[^.;:()]{0,120}?)?[ \\t]+(?:${ci('số')}[ \\t]+)?$`,
  'u',
);

/** A cited number as written, tidied: NFC, no spaces, en dash as hyphen ("119- KH/TU" → "119-KH/TU"). */
export function normaliseNumber(s: string): string {
  return memoByText('normaliseNumber', s, normaliseNumberOf);
}

function normaliseNumberOf(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[–—‐]/g, '-');
}

/** Identity of a cited document: the tidied number without leading zeros, "Đ" and case unified. */
export function citationKey(number: string): string {
  return memoByText('citationKey', number, citationKeyOf);
}

function citationKeyOf(number: string): string {
  return normaliseNumber(number)
    .replace(/^0+(?=\d)/, '')
    .toLocaleUpperCase('vi');
}

/** One document whatever the spelling of its issuer code: "12/2020/TT-BGD&ĐT" ≡ "12/2020/TT-BGDĐT" (VD-06 reports
 * it). */
export function sameDocumentKey(number: string): string {
  return citationKey(number).replace(/&/g, '');
}

// global copies of the citation patterns, reset before each scan
const PARTY_G = new RegExp(R.CITE_PARTY.source, 'gu');
const QPPL_G = new RegExp(R.CITE_QPPL.source, 'gu');
const STATE_G = new RegExp(R.CITE_STATE.source, 'gu');

/** A state ("14/KH-UBND") or Party ("1753-KL/TU") citation found at [at, end) with its number at `numAt`. */
function rawOf(
  family: 'state' | 'party',
  at: number,
  end: number,
  kind: string,
  so: string,
  kh: string,
  cq: string | undefined,
  numAt: number,
): Raw {
  const groups = kh.split('-');
  return family === 'party'
    ? { at, end, kind, so, number: `${so}-${kh}/${cq}`, typeCode: kh, issuerCode: cq!, family, numAt }
    : {
        at,
        end,
        kind,
        so,
        number: `${so}/${kh}`,
        typeCode: groups[0],
        issuerCode: groups.slice(1).join('-') || groups[0],
        family,
        numAt,
      };
}

function findRaw(key: string): Raw[] {
  const out: Raw[] = [];
  const taken = (a: number, b: number) => out.some((r) => a < r.end && b > r.at);
  let m: RegExpExecArray | null;
  const party = PARTY_G;
  party.lastIndex = 0;
  while ((m = party.exec(key))) {
    const g = m.groups!;
    out.push(rawOf('party', m.index, m.index + m[0].length, g.loai, g.so, g.kh, g.cq, m.index + m[0].search(/\d/)));
  }
  const qppl = QPPL_G;
  qppl.lastIndex = 0;
  while ((m = qppl.exec(key))) {
    const g = m.groups!;
    const kh = normaliseNumber(g.kh);
    if (taken(m.index, m.index + m[0].length)) continue;
    if (m.index > 0 && /[\p{L}\d\/-]/u.test(key[m.index - 1])) continue;
    const before = key.slice(Math.max(0, m.index - 160), m.index);
    // the type word nearest to the number ("Luật này thay thế Luật Hải quan số 29/2001/QH10" → "Luật Hải quan số")
    let w: RegExpExecArray | null = null;
    let law: RegExpExecArray | null = null; // the last capitalised "Luật", "Bộ luật", "Pháp lệnh"
    for (let k = 0; k < before.length; k++) {
      if (k > 0 && /\p{L}/u.test(before[k - 1])) continue;
      const sub = LEGAL_WORD.exec(before.slice(k));
      if (!sub) break;
      const abs = k + sub.index;
      w = Object.assign(sub, { index: abs }) as RegExpExecArray;
      if (/^(?:Luật|LUẬT|Bộ luật|BỘ LUẬT|Pháp lệnh|PHÁP LỆNH)$/u.test(sub.groups!.loai)) law = w;
      k = abs;
    }
    // a law's name may hold a kind word in lower case ("Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13",
    // "Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"): the citation is the law's
    if (w && law && w !== law && /^\p{Ll}/u.test(w.groups!.loai)) w = law;
    if (w) {
      // "Bộ luật", "Pháp lệnh": the shorter word found last is part of the longer one ("pháp luật" is no kind)
      const word = w.groups!.loai.toLocaleLowerCase('vi');
      const pre =
        word === 'luật' || word === 'lệnh'
          ? (word === 'luật'
              ? /(?:^|[^\p{L}])((?:[Bb]ộ|BỘ)[ \t]+)$/u
              : /(?:^|[^\p{L}])((?:[Pp]háp|PHÁP)[ \t]+)$/u
            ).exec(before.slice(0, w.index))
          : null;
      if (pre) {
        const loai = pre[1] + w.groups!.loai;
        w = Object.assign([loai], {
          index: w.index - pre[1].length,
          groups: { loai },
          input: before,
        }) as unknown as RegExpExecArray;
      }
    }
    const at = w ? m.index - before.length + w.index : m.index;
    const kind = w ? w.groups!.loai : '';
    // "các Quyết định số 10/2019/QĐ-UBND ngày …, số 22/2020/QĐ-UBND …": the type word belongs to the list, whose
    // first number stands between it and this one
    const crosses = !!w && /\d[ \t]*\/[ \t]*(?:\p{Lu}|\d{4}\/)/u.test(before.slice(w.index));
    out.push({
      at: w && !crosses && m.index - (m.index - before.length + w.index) < 60 ? at : m.index,
      end: m.index + m[0].length,
      kind,
      so: g.so,
      number: `${g.so}/${g.nam}/${kh}`,
      typeCode: kh.split('-')[0],
      issuerCode: kh.includes('-') ? kh.split('-').slice(1).join('-') : kh,
      year: g.nam,
      family: 'legal',
      numAt: m.index,
    });
  }
  const state = STATE_G;
  state.lastIndex = 0;
  while ((m = state.exec(key))) {
    const g = m.groups!;
    if (taken(m.index, m.index + m[0].length)) continue;
    const kh = g.kh.replace(/[ \t]+/g, '').replace(/–/g, '-');
    out.push(
      rawOf(
        'state',
        m.index,
        m.index + m[0].length,
        g.loai,
        g.so,
        kh,
        undefined,
        m.index + m[0].indexOf(g.so, g.loai.length),
      ),
    );
  }
  listed(key, out);
  return out.sort((a, b) => a.at - b.at);
}

// A number without its type word that continues a list of citations: "các Công văn số 12/UBND-VP ngày 05/01/2024,
// 15/UBND-VP ngày 09/01/2024 của …", "Nghị quyết số 05-NQ/TU và 06-NQ/TU …", "Quy định số 102-QĐ/TW; 105-QĐ/TW": it has
// the type
// of the one before.
const BARE_STATE = new RegExp(`(?<![\\p{L}\\d\\/\\-])(?<so>\\d+[a-z]?)\\/(?<kh>${CGRP}(?:-${CGRP})*)`, 'gu');
const BARE_PARTY =
  /(?<![\p{L}\d\/\-])(?<so>\d+)-(?<kh>\p{Lu}\p{L}*)\/(?<cq>\p{Lu}[\p{L}0-9]*(?:-\p{Lu}[\p{L}0-9]*)?)/gu;
const LIST_GAP = new RegExp(
  `^[ \\t]*(?:(?:${R.DATE_TXT.source})[ \\t]*)?(?:[,;]|${ci('và')})[ \\t]*(?:${ci('số')}[ \\t]+)?$`,
  'u',
);

function listed(key: string, out: Raw[]): void {
  const taken = (a: number, b: number) => out.some((r) => a < r.end && b > r.at);
  for (const [re, family] of [
    [BARE_STATE, 'state'],
    [BARE_PARTY, 'party'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(key))) {
      if (taken(m.index, m.index + m[0].length)) continue;
      let prev: Raw | undefined;
      for (const r of out) if (r.end <= m.index && (!prev || r.end > prev.end)) prev = r;
      if (!prev || prev.family !== family || !prev.kind || !LIST_GAP.test(key.slice(prev.end, m.index))) continue;
      const g = m.groups!;
      out.push(rawOf(family, m.index, m.index + m[0].length, prev.kind, g.so, g.kh, g.cq, m.index));
    }
  }
}

const SUMMARY_START =
  /^(?:về[ \t]+việc|về|v\/v|quy[ \t]+định|hướng[ \t]+dẫn|ban[ \t]+hành|phê[ \t]+duyệt|thực[ \t]+hiện|triển[ \t]+khai|sửa[ \t]+đổi|bổ[ \t]+sung|giao|thành[ \t]+lập|tổ[ \t]+chức|kiện[ \t]+toàn|công[ \t]+bố|quy[ \t]+chế|chương[ \t]+trình|[“"«])/iu;
// An issuer ends before a summary verb, a preposition, punctuation, or "và" that starts another clause or citation
// ("của Ủy ban Dân tộc và Bộ Tư pháp về …" and "Bộ Lao động - Thương binh và Xã hội" keep their "và").
// Verbs telling what a cited letter does ("Công văn số … của Sở Tài chính đề nghị bổ sung …"): its summary when they
// follow the citation directly (after a comma they start the main clause), and the end of an issuer; lower case only,
// so that "Ban Chỉ đạo" stays a name.
const TELLING = [
  'thông báo',
  'đề nghị',
  'chỉ đạo',
  'yêu cầu',
  'đề xuất',
  'xin ý kiến',
  'lấy ý kiến',
  'góp ý',
  'cho ý kiến',
  'điều chỉnh',
  'phân bổ',
];
const SUMMARY_TELLING = new RegExp(`^(?:${TELLING.map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`, 'u');
const ISSUER_STOP = [
  'về',
  'v/v',
  'quy định',
  'hướng dẫn',
  'ban hành',
  'phê duyệt',
  'thực hiện',
  'triển khai',
  'sửa đổi',
  'tại',
  'đã',
  'đối với',
  'trong',
  'nhằm',
  'để',
  'theo',
  'cho',
  'nay',
  'với',
  'thì',
]
  .map((w) => ci(w).replace(/ /g, '[ \\t]+'))
  .concat(TELLING.map((w) => w.replace(/ /g, '[ \\t]+')))
  .join('|');
const ISSUER_END = new RegExp(
  `[ \\t]+(?:${ISSUER_STOP})(?![\\p{L}])|[ \\t]+${ci('và')}(?=[ \\t]+(?:\\p{Ll}|\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Ll}+){1,3}[ \\t]+(?:${ci('số')}[ \\t]+)?\\d))|[,;.(“"«]`,
  'u',
);

const BODY_OF_FIELD =
  /^(?:Ban[ \t]+[Cc]hỉ[ \t]+đạo|Hội[ \t]+đồng|Ủy[ \t]+ban)[ \t]+(?:[Qq]uốc[ \t]+gia|Trung[ \t]+ương)$/u;
const FIELD_THEN_SUMMARY = new RegExp(
  `^[ \\t]+${ci('về')}[ \\t]+(?!${ci('việc')}(?![\\p{L}]))[^;:.()]{1,80}?(?=[ \\t]+(?:${['ban hành', 'phê duyệt', 'hướng dẫn', 'quy định', 'triển khai', 'thực hiện', 'về việc'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}]))`,
  'u',
);

export function isoDate(d: string, m: string, y: string): string | null {
  const dd = +d;
  const mm = +m;
  const yy = +y;
  const t = new Date(Date.UTC(yy, mm - 1, dd));
  if (t.getUTCFullYear() !== yy || t.getUTCMonth() !== mm - 1 || t.getUTCDate() !== dd) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

// Where a summary ends: ", <Subject> …" (the main clause), ":", "(sau đây gọi tắt là …)", ", tại Điều …" (what follows
// points into the cited text).
const SUMMARY_CUT = new RegExp(
  `,[ \\t]+(?=\\p{Lu})|:|[ \\t]*\\((?=[ \\t]*(?:${ci('sau đây')}|${ci('gọi tắt')}|${ci('viết tắt')}|${ci('sau đây gọi tắt')}|(?:${ci('đã')}[ \\t]+)?${ci('được')}[ \\t]+(?:${ci('sửa đổi')}|${ci('bổ sung')}|${ci('thay thế')}|${ci('hợp nhất')}))(?![\\p{L}]))|,[ \\t]+(?=${ci('tại')}[ \\t]+(?:Điều|khoản|điểm|Mục|Chương|Phần|Phụ lục)(?![\\p{L}]))`,
  'u',
);

// A sentence that opens with an adverbial naming what is carried out ("Thực hiện …, <main clause>").
const INTRO = new RegExp(
  `^[ \\t]*(?:${['thực hiện', 'triển khai', 'thi hành', 'để thực hiện', 'để triển khai', 'căn cứ', 'theo', 'tiếp theo', 'nhận được', 'trên cơ sở'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`,
  'u',
);
// Words that make a comma-separated segment a clause with its own predicate ("công chức được hưởng …", "các đơn vị
// báo cáo …"), and the verbs that open a main clause without a subject (", đề nghị các đơn vị …").
const PREDICATE = [
  'được',
  'phải',
  'cần',
  'sẽ',
  'đã',
  'đang',
  'thực hiện',
  'triển khai',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'chủ động',
  'khẩn trương',
  'tiếp tục',
  'nghiêm túc',
  'báo cáo',
  'đề nghị',
  'yêu cầu',
  'thông báo',
  'trân trọng',
]
  .map((w) => ci(w).replace(/ /g, '[ \\t]+'))
  .join('|');
const CLAUSE_OPENER = new RegExp(
  `^(?:${['kính đề nghị', 'đề nghị', 'yêu cầu', 'trân trọng', 'xin'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`,
  'u',
);
const SUBJECT_PREDICATE = new RegExp(
  `^\\p{Ll}[\\p{L}]*(?:[ \\t]+[\\p{L}\\d]+){0,4}?[ \\t]+(?:${PREDICATE})(?![\\p{L}])`,
  'u',
);
const SUBJECT_NOUN = new RegExp(
  `^(?:${['cán bộ', 'công chức', 'viên chức', 'người lao động', 'cơ quan', 'đơn vị', 'địa phương', 'tổ chức', 'cá nhân', 'doanh nghiệp', 'hộ gia đình'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})$`,
  'u',
);
const QUANTIFIER = new RegExp(
  `^(?:${['các', 'mỗi', 'từng', 'những', 'toàn thể', 'tất cả'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * `wEnd` when the citation at `at` lies in the opening adverbial of a sentence that goes on to a main clause (it starts
 * the paragraph with "Thực hiện/Căn cứ/Theo …", is no item of a list and ends with "." or ":", not ";"), else -1.
 */
function lowerClauseEnd(key: string, at: number, wEnd: number): number {
  if (sentenceStart(key, at) !== 0 || !INTRO.test(key) || /^[ \t]*[-+•]/u.test(key)) return -1;
  if (key[wEnd] === ';' || /;[ \t]*$/u.test(key)) return -1;
  return wEnd;
}

/** Where the main clause starts in `raw` (a summary running to the end of the sentence), or -1: at the comma before
 * "<subject> <predicate>" or before a clause-opening verb, backing over a subject list ("các cơ quan, đơn vị báo
 * cáo"). */
function lowerClauseCut(raw: string): number {
  const commas = [...raw.matchAll(/,[ \t]+/gu)];
  for (let k = 0; k < commas.length; k++) {
    const seg = raw.slice(commas[k].index! + commas[k][0].length);
    if (CLAUSE_OPENER.test(seg)) return commas[k].index!;
    if (!SUBJECT_PREDICATE.test(seg.split(',')[0])) continue;
    // back over the rest of the subject: "các cơ quan, đơn vị báo cáo", "cán bộ, công chức được hưởng"
    let c = k;
    while (c > 0) {
      const prevSeg = raw.slice(commas[c - 1].index! + commas[c - 1][0].length, commas[c].index!);
      const q = QUANTIFIER.exec(prevSeg);
      if (q && prevSeg.split(/[ \t]+/u).length <= 5) {
        c--;
        break; // the quantifier opens the subject
      }
      if (!SUBJECT_NOUN.test(prevSeg)) break;
      c--;
    }
    return commas[c].index!;
  }
  return -1;
}

/** The ")" closing a bracket opened before `at` in the paragraph, looked for from `from` up to `limit`; -1 if none. */
function closingParen(key: string, at: number, from: number, limit: number): number {
  let open = 0;
  for (let i = 0; i < at; i++) {
    if (key[i] === '(') open++;
    else if (key[i] === ')' && open > 0) open--;
  }
  if (open === 0) return -1;
  let depth = 0;
  for (let i = from; i < limit; i++) {
    if (key[i] === '(') depth++;
    else if (key[i] === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

function sentenceStart(key: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = key[i];
    if (c === ';' || c === '\n') return i + 1;
    if (c === '.' && /\s/.test(key[i + 1] ?? '') && /\p{Lu}/u.test(key[i + 2] ?? '') && !/\d/.test(key[i - 1] ?? ''))
      return i + 1;
  }
  return 0;
}

interface Described {
  date: string | null;
  dateText?: string;
  dateAt?: [number, number]; // joined-text range of the date
  issuer: string | null;
  summary: string | null;
  summaryAt?: [number, number];
  /** The summary runs into the next citation ("về việc thực hiện Kết luận số …"): it includes that citation. */
  nested: boolean;
  windowText: string;
  end: number; // end of the date/issuer just after the citation
}

const DATE_AFTER = new RegExp(`^[ \\t,]*(?:${R.DATE_TXT.source})`, 'u');
// what precedes a citation: "của <X> tại", "<X> có/ban hành/gửi", "Ngày <date>, …"
// ("… một số điều của Quy định … ban hành kèm theo <citation>": "kèm theo" introduces no issuer)
const OF_AT_END = new RegExp(
  `(?:${ci('của')}|${ci('do')})[ \\t]+([^(),;]{1,90}?)(?:[ \\t]+(?:${ci('tại')}|(?<!${ci('kèm')}[ \\t]+)${ci('theo')})[ \\t]+(?:${ci('các')}[ \\t]+)?|[ \\t]*\\([ \\t]*(?:${ci('tại')}[ \\t]+)?)$`,
  'u',
);
// a document, not a body: "các điều của Quy định …", "của Quyết định …"
const NOT_ISSUER = new RegExp(
  `^(?:${['quy định', 'quy chế', 'quyết định', 'nghị định', 'nghị quyết', 'thông tư', 'luật', 'bộ luật', 'pháp lệnh', 'chỉ thị', 'kế hoạch', 'chương trình', 'đề án', 'văn bản', 'công văn', 'hướng dẫn'].map((w) => ci(w).replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}])`,
  'u',
);
// "<Quy định …> ban hành kèm theo <citation>": what the cited document issued is its summary
const ISSUED_WITH = new RegExp(
  `(?:^|[ \\t,;:(])((?:${ci('quy định')}|${ci('quy chế')}|${ci('điều lệ')}|${ci('danh mục')}|${ci('kế hoạch')}|${ci('chương trình')}|${ci('đề án')}|${ci('phương án')}|${ci('bảng')}|${ci('bộ')})[^,;:()]{0,160}?)[ \\t]+(?:${ci('được')}[ \\t]+)?${ci('ban hành')}[ \\t]+${ci('kèm theo')}[ \\t]+$`,
  'u',
);
const AMENDED_BY = new RegExp(
  `(?:${ci('đã')}[ \\t]+)?${ci('được')}[ \\t]+((?:${ci('sửa đổi')}|${ci('bổ sung')}|${ci('thay thế')}|${ci('hợp nhất')})[^.;:()]{0,40}?)[ \\t]+(?:${ci('bởi')}|${ci('tại')}|${ci('theo')})[ \\t]+(?:${ci('các')}[ \\t]+)?$`,
  'u',
);
const OF_AT_NEAR = new RegExp(
  `(?:${ci('của')}|${ci('do')})[ \\t]+([^(),;]{1,90}?)[ \\t]+${ci('tại')}[ \\t][^(),;]{0,40}$`,
  'u',
);
const ISSUER_HAS = new RegExp(
  `(?:^[ \\t]*(?:[-+•][ \\t]+|\\d+(?:\\.\\d+)*[.)][ \\t]+|[a-zđ]\\)[ \\t]+)?|[,;:][ \\t]*)(?:${ci('ngày')}[^,]*,[ \\t]*)?(\\p{Lu}[^,;]*?)[ \\t]+(?:${ci('đã')}[ \\t]+)?(?:${ci('có')}|${ci('ban hành')}|${ci('gửi')})[ \\t]+$`,
  'u',
);
// "UBND tỉnh triển khai tại Kế hoạch số …", "nhiệm vụ được Sở Nội vụ giao tại Công văn số …": the body named in the
// clause, then what it did "tại" the citation
const BODY_AT = new RegExp(
  `(?:^|[ \\t,;:(])((?:UBND|HĐND|${['ủy ban', 'hội đồng', 'chính phủ', 'thủ tướng', 'bộ', 'sở', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'đảng ủy', 'ban', 'văn phòng', 'cục', 'tổng cục', 'chủ tịch', 'bộ trưởng', 'giám đốc', 'kho bạc', 'thanh tra', 'trường', 'phòng'].map((w) => w[0].toLocaleUpperCase('vi') + w.slice(1)).join('|')})(?![\\p{L}])[^,;:()]{0,60}?)[ \\t]+(?:${ci('đã')}[ \\t]+)?(?:${['giao', 'triển khai', 'chỉ đạo', 'yêu cầu', 'ban hành', 'hướng dẫn', 'quy định', 'phê duyệt', 'đề nghị', 'thông báo', 'gửi', 'có ý kiến', 'kết luận', 'nêu', 'đề ra', 'xác định', 'cụ thể hóa', 'phân bổ', 'giao nhiệm vụ'].map((w) => w.replace(/ /g, '[ \\t]+')).join('|')})[ \\t]+${ci('tại')}[ \\t]+(?:${ci('các')}[ \\t]+)?$`,
  'u',
);
const DATE_LEAD = new RegExp(`^[ \\t]*(?:${ci('vào')}[ \\t]+)?(?:${R.DATE_TXT.source})(?=[ \\t]*,)`, 'u');
const VAO_LEAD = new RegExp(`^[ \\t]*(?:${ci('vào')}[ \\t]+)?`, 'u');
const OF_BY = new RegExp(`^[ \\t,]*(?:${ci('của')}|${ci('do')})[ \\t]+`, 'u');

function dateOf(g: Record<string, string | undefined>): string | null {
  return g.d ? isoDate(g.d, g.m!, g.y!) : isoDate(g.d2!, g.m2!, g.y2!);
}

function describe(
  j: Joined,
  r: Raw,
  next: number,
  prev: { issuer: string | null; end: number } | null,
  body: boolean,
): Described {
  const key = j.key;
  let wEnd = next;
  const stopAt = /;|\.(?=[ \t]+\p{Lu}|$)|\.\/\./u.exec(key.slice(r.end, next));
  if (stopAt) wEnd = r.end + stopAt.index;
  // a citation inside brackets ("(đã cụ thể hóa tại Kế hoạch số … về …)"): its description ends at the ")"
  const close = closingParen(key, r.at, r.end, wEnd);
  if (close >= 0) wEnd = close;
  const window = j.text.slice(r.end, wEnd);
  let pos = r.end; // joined index of what is left of the window
  const rest = () => key.slice(pos, wEnd);
  let date: string | null = null;
  let dateText: string | undefined;
  let dateAt: [number, number] | undefined;
  const dm = DATE_AFTER.exec(rest());
  if (dm) {
    date = dateOf(dm.groups!);
    dateText = dm[0].replace(/^[ \t,]+/, '');
    dateAt = [pos + dm[0].length - dateText.length, pos + dm[0].length];
    pos += dm[0].length;
  }
  let issuer: string | null = null;
  const im = OF_BY.exec(rest());
  if (im) {
    const after = rest().slice(im[0].length);
    const e = ISSUER_END.exec(after);
    const len = e ? e.index : after.length;
    issuer = j.text.slice(pos + im[0].length, pos + im[0].length + len).trim() || null;
    pos += im[0].length + len;
    // an abbreviation in brackets belongs to the issuer: "Tổng công ty Khí Việt Nam (PV GAS)"
    const ab = /^[ \t]*\(([^()\p{Ll}]{2,20})\)/u.exec(rest());
    if (ab && issuer) {
      issuer = `${issuer} (${ab[1].trim()})`;
      pos += ab[0].length;
    }
    // "Ban Chỉ đạo quốc gia về phòng, chống thiên tai ban hành …": a steering body named by its field, the summary
    // after
    const field = issuer && BODY_OF_FIELD.test(issuer) ? FIELD_THEN_SUMMARY.exec(rest()) : null;
    if (field) {
      issuer = `${issuer} ${j.text.slice(pos, pos + field[0].length).trim()}`;
      pos += field[0].length;
    }
  }
  const end = pos;
  // "… của <issuer> tại <citation>", "<issuer> có/ban hành <citation>", shared by "… và <citation>"
  const s = sentenceStart(key, r.at);
  const before = j.text.slice(s, r.at);
  const bkey = key.slice(s, r.at);
  const pick = (m: RegExpExecArray) => {
    const a = m.index + m[0].indexOf(m[1]);
    return before.slice(a, a + m[1].length).trim() || null;
  };
  if (!issuer) {
    const t = OF_AT_END.exec(bkey) ?? OF_AT_NEAR.exec(bkey);
    if (t && !NOT_ISSUER.test(t[1])) issuer = pick(t);
    else {
      const c = ISSUER_HAS.exec(bkey) ?? BODY_AT.exec(bkey);
      if (c) issuer = pick(c);
    }
    if (
      !issuer &&
      prev &&
      prev.issuer &&
      /^[ \t]*(?:và|VÀ|,)[ \t]*$/u.test(key.slice(prev.end, r.at).replace(/^[^;]*?(?=[ \t]*(?:và|VÀ|,)[ \t]*$)/u, ''))
    ) {
      issuer = prev.issuer;
    }
  }
  if (!date) {
    // "Ngày <date>, <Cơ quan> ban hành <citation>"
    const d = DATE_LEAD.exec(bkey);
    if (d && !/\d[ \t]*\/|\d[ \t]*-[ \t]*\p{Lu}/u.test(bkey.slice(d[0].length))) {
      const dt = /\S.*$/su.exec(d[0].replace(VAO_LEAD, ''))![0];
      date = dateOf(d.groups!);
      dateText = dt;
      dateAt = [s + d[0].length - dt.length, s + d[0].length];
    }
  }
  let summary: string | null = null;
  let summaryAt: [number, number] | undefined;
  let nested = false;
  const lead = /^[ \t,]*(?:\([^()]*\)[ \t,]*)?/u.exec(rest())![0]; // "(khóa XX) về …"
  const sm =
    SUMMARY_START.exec(rest().slice(lead.length)) ??
    (lead.includes(',') ? null : SUMMARY_TELLING.exec(rest().slice(lead.length)));
  if (sm) {
    const a = pos + lead.length;
    let raw = j.text.slice(a, wEnd);
    // the summary ends where the main clause starts: ", UBND huyện đề nghị …", ", Chủ tịch … yêu cầu:"
    const cut = (/\p{Ll}/u.test(raw) ? SUMMARY_CUT : /:/u).exec(raw);
    let cutAt = cut ? cut.index : -1;
    // "Thực hiện <citation> về …, công chức được hưởng …": a sentence opened by "Thực hiện/Căn cứ/Theo …" has its main
    // clause after a comma, even when that clause starts in lower case
    if ((cutAt < 0 || cut![0] === ':') && body && wEnd === lowerClauseEnd(key, r.at, wEnd)) {
      const lower = lowerClauseCut(cutAt < 0 ? raw : raw.slice(0, cutAt));
      if (lower >= 0) cutAt = lower;
    }

    if (cutAt >= 0) raw = raw.slice(0, cutAt);
    // "… về công tác văn thư và Thông tư số …": the "và" joins the next citation, it is not part of the summary
    const trimmed = raw.replace(/[ \t]*[(,;.]*[ \t]*$/u, '').replace(/[ \t,]+(?:và|VÀ|hoặc|HOẶC)$/u, '');
    if (trimmed.trim()) {
      summary = trimmed.trim();
      summaryAt = [a, a + trimmed.length];
      nested =
        cutAt < 0 &&
        wEnd === next &&
        next < key.length &&
        !/(?:^|[ \t,])(?:và|VÀ|hoặc|HOẶC)[ \t]*$|,[ \t]*$/u.test(raw);
    }
  }
  if (!summary) {
    // "(được sửa đổi, bổ sung bởi Nghị định số …)": what the amending document does is said before it
    const w = AMENDED_BY.exec(bkey) ?? ISSUED_WITH.exec(bkey);
    if (w) {
      const a = s + w.index + w[0].indexOf(w[1]);
      summary = j.text.slice(a, a + w[1].length).trim();
      summaryAt = [a, a + w[1].length];
    }
  }
  return { date, dateText, dateAt, issuer, summary, summaryAt, nested, windowText: window, end };
}

/**
 * The citations of one paragraph and what its words say of them. It depends on the paragraph's text only, so it is
 * memoised: re-analysing a long letter after an edit re-reads only the paragraphs that changed.
 */
const paragraphMemo = new Map<string, { raws: Raw[]; ds: Described[] }>();

export function clearCitationMemo(): void {
  paragraphMemo.clear();
}

function citationsOfParagraph(j: Joined, body: boolean): { raws: Raw[]; ds: Described[] } {
  const memoKey = (body ? 'b' : 'c') + j.text;
  const hit = paragraphMemo.get(memoKey);
  if (hit) return hit;
  const raws = findRaw(j.key);
  let prev: { issuer: string | null; end: number } | null = null;
  const ds: Described[] = raws.map((r, idx) => {
    const next = raws[idx + 1]?.at ?? j.key.length;
    const d = describe(j, r, next, prev, body);
    prev = { issuer: d.issuer, end: d.end };
    return d;
  });
  // a summary that cites another document runs through that citation and its own description
  for (let i = ds.length - 2; i >= 0; i--) {
    const d = ds[i];
    if (!d.nested || !d.summaryAt) continue;
    const n = ds[i + 1];
    const to = Math.max(n.summaryAt?.[1] ?? 0, n.end, raws[i + 1].end);
    d.summaryAt = [d.summaryAt[0], to];
    d.summary = j.text.slice(d.summaryAt[0], to).trim();
  }
  // "Công văn số A ngày … và Công văn số B ngày … về …": the summary after the last one belongs to both
  for (let i = ds.length - 2; i >= 0; i--) {
    const d = ds[i];
    const n = ds[i + 1];
    const gap = j.key.slice(d.end, raws[i + 1].at);
    if (!/^[ \t]*(?:,|và|VÀ)[ \t]*(?:số[ \t]+|SỐ[ \t]+)?$/u.test(gap)) continue;
    // "… số A ngày …, số B ngày … của <Cơ quan> về …": items dated in parallel share the issuer after the last one
    if (!d.issuer && d.date && n.issuer && n.end > raws[i + 1].end) d.issuer = n.issuer;
    // "Nghị quyết số 05/NQ-HĐND, 06/NQ-HĐND ngày … của …": numbers listed bare share the date and issuer after them
    if (!d.date && !d.issuer && n.date && (/^[ \t]*,/u.test(gap) || /^\d/u.test(j.key.slice(raws[i + 1].at)))) {
      d.date = n.date;
      d.issuer = n.issuer;
    }
    if (d.summary || !n.summary) continue;
    d.summary = n.summary;
    d.summaryAt = n.summaryAt;
  }
  const result = { raws, ds };
  if (paragraphMemo.size >= 20000) paragraphMemo.clear();
  paragraphMemo.set(memoKey, result);
  return result;
}

/** Read a body paragraph's citations ahead of the recognition (memoised by its text, see `prepareParagraphs`). */
export function prepareCitations(j: Joined): void {
  foundIn(j, 'body');
}

function yearlessOf(number: string): string {
  return sameDocumentKey(number)
    .split(/[\/-]/)
    .filter((p, i) => i === 0 || !/^(?:19|20)\d{2}$/.test(p))
    .join('|');
}

type Where = 'trichYeu' | 'canCu' | 'body';
/** A paragraph's citations with their spans relative to the paragraph's `base` (offset-free, like its joined text). */
type Found = Omit<Citation, 'line' | 'firstMention' | 'paragraph' | 'first'>;

/** A paragraph's citations, kept with the paragraph while an edited document is analysed (`memoByJoined`'s idea: a
 * moved copy answers for its origin; its `relStarts` are the origin's, a part cut from it has its own). */
const FOUND = new WeakMap<Joined, { relStarts: number[]; found: Partial<Record<Where, Found[]>> }>();

function foundIn(j: Joined, where: Where): Found[] {
  if (!keepingScans()) return findIn(j, where);
  const key = j.origin ?? j;
  let hit = FOUND.get(key);
  if (!hit || hit.relStarts !== j.relStarts) FOUND.set(key, (hit = { relStarts: j.relStarts, found: {} }));
  return (hit.found[where] ??= findIn(j, where));
}

function findIn(j: Joined, where: Where): Found[] {
  const { raws, ds } = citationsOfParagraph(j, where === 'body');
  const rel = (a: number, b: number) => {
    const s = joinedSpan(j, a, b);
    return { start: s.start - j.base, end: s.end - j.base };
  };
  return raws.map((r, idx) => {
    const d = ds[idx];
    return {
      text: j.text.slice(r.at, r.end),
      kind: r.kind,
      number: normaliseNumber(r.number),
      family: r.family,
      so: r.so,
      typeCode: r.typeCode,
      issuerCode: r.issuerCode,
      year: r.year,
      date: d.date,
      dateText: d.dateText,
      dateSpan: d.dateAt ? rel(d.dateAt[0], d.dateAt[1]) : undefined,
      issuer: d.issuer,
      summary: d.summary,
      summarySpan: d.summaryAt ? rel(d.summaryAt[0], d.summaryAt[1]) : undefined,
      span: rel(r.at, r.end),
      numberSpan: rel(r.numAt, r.end),
      inTrichYeu: where === 'trichYeu',
      inCanCu: where === 'canCu',
      windowText: d.windowText,
    };
  });
}

const at = (s: Span, base: number): Span => ({ start: s.start + base, end: s.end + base });

export function extractCitations(letter: Letter): Citation[] {
  const steps = citationsInSteps(letter);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `extractCitations` a step per `CITING_SLICE` paragraphs (an analysis in steps: `analyzeInSteps`). */
const CITING_SLICE = 400;

export function* citationsInSteps(letter: Letter): Generator<void, Citation[], void> {
  const paras: { p: Paragraph | null; j: Joined; where: Where }[] = [];
  if (letter.trichYeu) paras.push({ p: null, j: letter.trichYeu.joined, where: 'trichYeu' });
  for (const p of letter.canCu) paras.push({ p, j: p.joined, where: 'canCu' });
  for (const p of letter.body) paras.push({ p, j: p.joined, where: 'body' });
  const out: Citation[] = [];
  let n = 0;
  for (const { p, j, where } of paras) {
    if (++n % CITING_SLICE === 0) yield;
    for (const f of foundIn(j, where)) {
      const span = at(f.span, j.base);
      out.push({
        text: f.text,
        kind: f.kind,
        number: f.number,
        family: f.family,
        so: f.so,
        typeCode: f.typeCode,
        issuerCode: f.issuerCode,
        year: f.year,
        date: f.date,
        dateText: f.dateText,
        dateSpan: f.dateSpan && at(f.dateSpan, j.base),
        issuer: f.issuer,
        summary: f.summary,
        summarySpan: f.summarySpan && at(f.summarySpan, j.base),
        span,
        numberSpan: at(f.numberSpan, j.base),
        line: letter.src.positionAt(span.start).line,
        firstMention: false,
        inTrichYeu: f.inTrichYeu,
        inCanCu: f.inCanCu,
        paragraph: p,
        first: out.length,
        windowText: f.windowText,
      });
    }
  }
  // First mention: the first occurrence outside the document's own trích yếu (catalogue §3.7.5, VD-01); a document
  // cited only in the trích yếu has no first mention. Every citation links to the first mention, or failing that to
  // its earliest occurrence.
  // "41/2022/NQ-HĐND" and a later "41/NQ-HĐND" are one document written two ways (VD-06 reports the form): the
  // later one is not a first mention of another document.
  const firstByNumber = new Map<string, number>();
  const earliest = new Map<string, number>();
  const yearless = (c: Citation) => memoByText('yearless', c.number, yearlessOf);
  const byYearless = new Map<string, number>();
  out.forEach((c, i) => {
    const id = citationKey(c.number);
    if (!earliest.has(id)) earliest.set(id, i);
    if (c.inTrichYeu || firstByNumber.has(id)) return;
    const same = byYearless.get(yearless(c));
    if (same !== undefined && (!out[same].year || !c.year || out[same].year === c.year)) {
      firstByNumber.set(id, same);
      return;
    }
    firstByNumber.set(id, i);
    byYearless.set(yearless(c), i);
    c.firstMention = true;
  });
  out.forEach((c) => {
    const id = citationKey(c.number);
    c.first = firstByNumber.get(id) ?? earliest.get(id)!;
  });
  return out;
}
