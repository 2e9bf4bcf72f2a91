// Blocks → Letter: recognise each part by its content, in the zone where it belongs (catalogue §0.5).
import type { Block } from './blocks.js';
import { PARTY_TYPES, TYPE_BY_CODE, TYPE_BY_NAME } from './doctypes.js';
import type {
  AgencyPart,
  Authority,
  DatePart,
  Item,
  KinhGuiPart,
  Letter,
  Marker,
  NoiNhanPart,
  Paragraph,
  QuocHieuPart,
  SigLine,
  SignaturePart,
  SoPart,
  TenLoaiPart,
  TrichYeuPart,
  MarkPart,
} from './model.js';
import { R } from './patterns.js';
import { joinedFrom, joinLines, type Joined, type Line, type SourceText } from './source.js';
import { extractCitations, prepareCitations } from './citations.js';
import { keepingScans as editing } from './rule.js';

export const isUpper = (s: string): boolean => s === s.toLocaleUpperCase('vi') && /\p{Lu}/u.test(s);

const PARTY_TYPE_NAME = new RegExp(`^(?:${PARTY_TYPES.map((t) => t.title.toLocaleUpperCase('vi')).join('|')})$`, 'u');
const THU_CONG_NAME =
  /^THƯ[ \t]+(?:CẢM[ \t]+ƠN|CHÚC[ \t]+MỪNG|CHÚC[ \t]+TẾT|KHEN|THĂM[ \t]+HỎI|CHIA[ \t]+BUỒN|KÊU[ \t]+GỌI|NGỎ|TRI[ \t]+ÂN)$/u;
const TYPE_NAME_START = new RegExp(`^(${[...TYPE_BY_NAME.keys()].join('|')})[ \\t]+\\S`, 'u');
const LEGAL_TYPE_NAME = /^(?:LUẬT|BỘ LUẬT|NGHỊ ĐỊNH|THÔNG TƯ|THÔNG TƯ LIÊN TỊCH|PHÁP LỆNH)$/u;
const LEGAL_SLUG: Record<string, string> = {
  LUẬT: 'luat',
  'BỘ LUẬT': 'bo-luat',
  'NGHỊ ĐỊNH': 'nghi-dinh',
  'THÔNG TƯ': 'thong-tu',
  'THÔNG TƯ LIÊN TỊCH': 'thong-tu-lien-tich',
  'PHÁP LỆNH': 'phap-lenh',
};
const MARKS: [RegExp, MarkPart['kind']][] = [
  [/^(?:thượng[ \t]+)?khẩn$|^hỏa[ \t]+tốc(?:[ \t]+hẹn[ \t]+giờ)?$/iu, 'urgency'],
  [/^(?:tối[ \t]+|tuyệt[ \t]+)?mật$/iu, 'secrecy'],
  [
    /^(?:xem[ \t]+xong[ \t]+trả[ \t]+lại|lưu[ \t]+hành[ \t]+nội[ \t]+bộ|trả[ \t]+lại[ \t]+sau[ \t]+(?:khi[ \t]+)?(?:hội[ \t]+nghị|họp(?:[ \t]*\([ \t]*hội[ \t]+nghị[ \t]*\))?))$/iu,
    'circulation',
  ],
  [/^[([]?[ \t]*dự[ \t]+thảo(?:[ \t]+(?:lần[ \t]+\d+|\d+))?[ \t]*[)\]]?$/iu, 'draft'],
];
const PREAMBLE = /^(?:Căn cứ|Xét|Theo đề nghị|Thực hiện|Theo)(?![\p{L}])/u;
const FORMULA = /^(?:quyết[ \t]+định|quyết[ \t]+nghị)[ \t]*:?$/iu;
// The enacting sentence of a legal-normative document under Luật 64/2025/QH15 and NĐ 78/2025/NĐ-CP, closing the
// preamble instead of a "QUYẾT ĐỊNH:" line: "Ủy ban nhân dân tỉnh … ban hành Quyết định …", "Bộ trưởng Bộ … ban hành
// Thông tư …", "Thủ tướng Chính phủ ban hành Quyết định …", "Hội đồng nhân dân tỉnh … ban hành Nghị quyết …".
export const ENACTING =
  /^(?!(?:Căn cứ|Xét|Theo|Thực hiện)(?![\p{L}]))\p{Lu}[^.;:]{0,160}?[ \t]ban[ \t]+hành[ \t]+(?:Quyết[ \t]+định|Nghị[ \t]+quyết|Nghị[ \t]+định|Thông[ \t]+tư(?:[ \t]+liên[ \t]+tịch)?|Chỉ[ \t]+thị|Pháp[ \t]+lệnh|Luật)(?![\p{L}])/u;
// A date line without the word "ngày" ("Hà Nội, 05 tháng 02 năm 2024"): malformed, still the date line (DD-01)
const DATE_NO_NGAY = /^\p{Lu}[^,\n\d]{0,40},?[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}/u;

/** Paragraphs of a run of blocks: a new paragraph starts at a block or at a line that opens with a marker. */
export function paragraphsOf(blocks: Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'html' || b.kind === 'code' || b.kind === 'other') continue;
    for (const p of blockParagraphs(b)) out.push(p);
  }
  markQuoted(out);
  return out;
}

/**
 * A block's paragraphs depend on the block alone: they are kept with the block as first parsed (its origin), so a
 * block a BlockCache reuses after an edit is not joined again. Each analysis gets its own paragraph objects (`quoted`
 * is its own); a moved block's are copies with moved offsets whose joined text keeps the origin's identity (the rules'
 * per-paragraph memos, `memoByJoined`, hold across versions).
 */
const PARAGRAPHS = new WeakMap<Block, { block: Block; paras: Paragraph[]; from: number[] }>();

function blockParagraphs(b: Block): Paragraph[] {
  const hit = editing() ? PARAGRAPHS.get(b.origin ?? b) : undefined;
  if (hit) {
    const d = b.start - hit.block.start;
    const same = b.lines === hit.block.lines;
    const out = new Array<Paragraph>(hit.paras.length);
    for (let k = 0; k < out.length; k++) {
      const p = hit.paras[k];
      // a paragraph's lines are a run of its block's (the joined text's are the same array)
      const lines = same ? p.lines : b.lines.slice(hit.from[k], hit.from[k] + p.lines.length);
      const j = p.joined;
      const joined: Joined = d
        ? { ...j, base: j.base + d, lines, origin: j.origin ?? j }
        : same
          ? j
          : { ...j, lines, origin: j.origin ?? j };
      out[k] = { lines, joined, block: b, marker: p.marker };
    }
    return out;
  }
  const paras: Paragraph[] = [];
  const from: number[] = [];
  let cur: Line[] = [];
  let at = 0;
  const flush = (next: number) => {
    if (!cur.some((l) => l.text)) return;
    const joined = joinLines(cur);
    paras.push({ lines: cur, joined, block: b, marker: markerOf(joined.key) });
    from.push(at);
    cur = [];
    at = next;
  };
  b.lines.forEach((l, i) => {
    if (cur.length && (markerOf(l.key) || !l.text)) flush(i);
    cur.push(l);
  });
  flush(b.lines.length);
  if (editing()) PARAGRAPHS.set(b.origin ?? b, { block: b, paras, from });
  return paras;
}

/**
 * The paragraphs of the blocks not joined before, and their citations, a batch of blocks per step: the recognition
 * of a long document parsed afresh then finds them memoised, so no single step of its analysis reads the whole
 * document. Only while an edited document is analysed (the memos are kept then); it changes no result.
 */
export function* prepareParagraphs(blocks: Block[]): Generator<void, void, void> {
  if (!editing()) return;
  let n = 0;
  for (const b of blocks) {
    if (!textBlock(b) || PARAGRAPHS.has(b.origin ?? b)) continue;
    for (const p of blockParagraphs(b)) {
      prepareCitations(p.joined);
      balanceOf(p, false);
      balanceOf(p, true);
    }
    if (++n % 64 === 0) yield;
  }
}

/** Quotation marks left open by a paragraph's text: +1 opens, -1 closes, 0 balanced (straight quotes toggle). */
function quoteBalance(text: string, open: boolean): number {
  let depth = open ? 1 : 0;
  if (!QUOTE_MARK.test(text)) return depth; // most paragraphs quote nothing
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i); // the marks are single UTF-16 units
    if (c === 0x201c || c === 0xab) depth++;
    else if (c === 0x201d || c === 0xbb) depth = Math.max(0, depth - 1);
    else if (c === 0x22) depth = depth > 0 ? depth - 1 : 1;
  }
  return depth;
}
const QUOTE_MARK = /[“”«»"]/;

/** `quoteBalance` of a paragraph's text, kept with the paragraph (a reused block's paragraphs are not re-read). */
const BALANCE = new WeakMap<Joined, [number, number]>();
function balanceOf(p: Paragraph, open: boolean): number {
  if (!editing()) return quoteBalance(p.joined.text, open);
  const key = p.joined.origin ?? p.joined;
  let hit = BALANCE.get(key);
  if (!hit) BALANCE.set(key, (hit = [-1, -1]));
  const k = open ? 1 : 0;
  if (hit[k] < 0) hit[k] = quoteBalance(p.joined.text, open);
  return hit[k];
}

/**
 * A provision of another document quoted over several paragraphs — `tại Điều 3 quy định: "Điều 3. …` ⏎ `1. …` ⏎
 * `2. …"` — or in a blockquote is not part of this letter's numbering. A quotation that never closes marks nothing.
 */
function markQuoted(ps: Paragraph[]): void {
  for (const p of ps) if (p.block.quoted) p.quoted = true;
  let depth = 0;
  let from = -1;
  for (let i = 0; i < ps.length; i++) {
    if (ps[i].block.quoted) continue;
    const next = balanceOf(ps[i], depth > 0);
    if (depth > 0) ps[i].quoted = true;
    if (depth === 0 && next > 0) from = i;
    depth = next;
    if (depth === 0) from = -1;
  }
  if (from >= 0) for (let i = from + 1; i < ps.length; i++) if (!ps[i].block.quoted) delete ps[i].quoted;
}

export function markerOf(key: string): Marker | undefined {
  let m: RegExpExecArray | null;
  const mk = (kind: Marker['kind'], label: string, value: string, malformed?: Marker['malformed']): Marker => ({
    kind,
    label,
    value,
    at: [0, label.length],
    ...(malformed ? { malformed } : {}),
  });
  if ((m = /^Phần[ \t]+([IVXLC]+|thứ[ \t]+\p{Ll}+|\d+)$/u.exec(key))) return mk('phan', m[0], m[1]);
  if ((m = /^Chương[ \t]+([IVXLC]+|\d+)$/u.exec(key))) return mk('chuong', m[0], m[1]);
  if ((m = /^(?:Mục|Tiểu mục)[ \t]+(\d+|[IVXLC]+)$/u.exec(key))) return mk('muc-qp', m[0], m[1]);
  if ((m = /^Điều[ \t]+(\d+)\./u.exec(key))) return mk('dieu', m[0], m[1]);
  if ((m = /^Điều[ \t]+(\d+)[ \t]*:/u.exec(key))) return mk('dieu', m[0], m[1], 'colon'); // R.DIEU_COLON
  if ((m = /^(\d{1,3}(?:\.\d{1,3})+)\.?(?=[ \t]+\S)/u.exec(key))) return mk('khoan-ml', m[0], m[1]);
  if ((m = /^(\d{1,3})\.(?=[ \t]+\S)/u.exec(key))) return mk('khoan', m[0], m[1]);
  if ((m = /^(\d{1,3})\.(?=\p{L})/u.exec(key))) return mk('khoan', m[0], m[1], 'no-space');
  if ((m = /^(\d{1,3})[ \t]*[-–][ \t]+(?=\S)/u.exec(key))) return mk('khoan', m[0].trimEnd(), m[1], 'dash');
  if ((m = /^(\d{1,3})\)(?=[ \t]+\S)/u.exec(key))) return mk('khoan-par', m[0], m[1]);
  if ((m = /^([a-zđ])\)(?=[ \t]+\S)/u.exec(key))) return mk('diem', m[0], m[1]);
  if ((m = /^([a-zđ])\.(?=[ \t]+\S)/u.exec(key))) return mk('diem-dot', m[0], m[1]);
  if ((m = /^(?=[IVXLC])(C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.(?=[ \t]+\S)/u.exec(key)))
    return mk('muc', m[0], m[1]);
  if ((m = /^([-+])(?=[ \t]+\S)/u.exec(key))) return mk('bullet', m[0], m[1]);
  return undefined;
}

const LEVEL: Record<Marker['kind'], number> = {
  phan: 0,
  chuong: 1,
  'muc-qp': 2,
  dieu: 3,
  muc: 3,
  khoan: 4,
  'khoan-par': 4,
  'khoan-ml': 5,
  diem: 6,
  'diem-dot': 6,
  bullet: 7,
};

export function itemTree(paragraphs: Paragraph[]): Item[] {
  const roots: Item[] = [];
  const stack: Item[] = [];
  for (const p of paragraphs) {
    const mk = p.marker;
    if (!mk || mk.kind === 'bullet' || p.quoted) continue;
    let level = LEVEL[mk.kind];
    if (mk.kind === 'khoan-ml') level += mk.value.split('.').length - 2;
    const item: Item = {
      label: mk.label,
      kind: mk.kind,
      value: mk.value,
      paragraph: p,
      line: p.lines[0].line,
      children: [],
      level,
    };
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(item);
    stack.push(item);
  }
  return roots;
}

function parseSo(l: Line): SoPart {
  const k = l.key;
  let m: RegExpExecArray | null;
  const after = k.replace(/^Số[ \t]*:?[ \t]*/u, '');
  const base = { line: l, text: after };
  const locate = (num: string, sym: string) => {
    const si = k.lastIndexOf(sym);
    const ni = num ? k.indexOf(num, k.indexOf('Số') + 2) : -1;
    return {
      numberAt: ni >= 0 ? ([ni, ni + num.length] as [number, number]) : undefined,
      symbolAt: si >= 0 ? ([si, si + sym.length] as [number, number]) : undefined,
    };
  };
  if ((m = R.SO.exec(k))) {
    const num = /^\d+$/.test(m.groups!.so) ? m.groups!.so : '';
    return { ...base, form: 'state', number: num, symbol: m.groups!.kh, ...locate(num, m.groups!.kh) };
  }
  if ((m = R.SO_QPPL.exec(k))) {
    const num = /^\d+$/.test(m.groups!.so) ? m.groups!.so : '';
    return {
      ...base,
      form: 'qppl',
      number: num,
      symbol: m.groups!.kh,
      year: m.groups!.nam,
      ...locate(num, m.groups!.kh),
    };
  }
  if ((m = R.SO_DOT.exec(k))) {
    const num = /^\d+$/.test(m.groups!.so) ? m.groups!.so : '';
    return { ...base, form: 'state', dotted: true, number: num, symbol: m.groups!.kh, ...locate(num, m.groups!.kh) };
  }
  if ((m = R.PARTY_SO.exec(k))) {
    const num = /^\d+$/.test(m.groups!.so) ? m.groups!.so : '';
    const sym = `${m.groups!.kh}/${m.groups!.cq}`;
    return { ...base, form: 'party', number: num, symbol: sym, ...locate(num, sym) };
  }
  const loose = /(?<so>\d+)?[ \t]*[\/][ \t]*(?<kh>.+)$/u.exec(after);
  // a malformed line still has its fields ("45  /CV - UBND": number 45, symbol CV-UBND): the rules of each field
  // read them, so one line can hold several slips (SKH-01 the spacing, SKH-05 the type code)
  const kh = loose?.groups?.kh;
  const khAt = kh ? k.length - kh.length : -1;
  return {
    ...base,
    form: 'malformed',
    number: loose?.groups?.so ?? /^\d+/.exec(after)?.[0] ?? '',
    symbol: kh?.replace(/\s+/g, '').replace(/[–—‐]/gu, '-') ?? '',
    ...(kh && khAt >= 0 ? { symbolAt: [khAt, k.length] as [number, number] } : {}),
  };
}

function parseDate(l: Line): DatePart {
  const k = l.key;
  const m = R.DATE.exec(k);
  if (m) {
    const g = m.groups!;
    const placeAt: [number, number] = [0, g.place.length];
    const find = (re: RegExp): [number, number] | undefined => {
      const x = re.exec(k);
      return x ? [x.index + x[0].length - x[1].length, x.index + x[0].length] : undefined;
    };
    return {
      line: l,
      wellFormed: true,
      place: g.place.trim(),
      day: g.d ?? null,
      month: g.m ?? null,
      year: g.y ?? null,
      placeAt,
      dayAt: g.d ? find(/ngày[ \t]+(\d{1,2})/u) : undefined,
      monthAt: g.m ? find(/tháng[ \t]+(\d{1,2})/u) : undefined,
      yearAt: find(/năm[ \t]+(\d{4})/u),
    };
  }
  // malformed line: read what can be read
  const place = /^([^,\d]*?)[ \t]*(?:,|[Nn]gày|\d)/u.exec(k)?.[1]?.trim() ?? '';
  const d: RegExpExecArray | null = /[Nn]gày[ \t]+(\d{1,2})/u.exec(k);
  const mo: RegExpExecArray | null = /tháng[ \t]+(\d{1,2})/iu.exec(k);
  // "ngày 10 tháng 10 2023": the word "năm" missing (DD-01), the year still read
  const y: RegExpExecArray | null =
    /năm[ \t]+(\d{4})/iu.exec(k) ?? /tháng[ \t]+\d{1,2}[ \t,]+((?:19|20)\d{2})(?!\d)/iu.exec(k);
  const num = /(\d{1,2})[\/.-](\d{1,2})[\/.-](\d{4})/.exec(k);
  const at = (x: RegExpExecArray | null, g = 1): [number, number] | undefined =>
    x ? [x.index + x[0].indexOf(x[g]), x.index + x[0].indexOf(x[g]) + x[g].length] : undefined;
  if (num && !d) {
    return {
      line: l,
      wellFormed: false,
      place,
      day: num[1],
      month: num[2],
      year: num[3],
      placeAt: [0, place.length],
    };
  }
  return {
    line: l,
    wellFormed: false,
    place,
    day: d?.[1] ?? null,
    month: mo?.[1] ?? null,
    year: y?.[1] ?? null,
    placeAt: [0, place.length],
    dayAt: at(d),
    monthAt: at(mo),
    yearAt: at(y),
  };
}

function tenLoaiOf(l: Line, afterNumber: boolean): TenLoaiPart | undefined {
  const up = l.key.toLocaleUpperCase('vi');
  if (R.TENLOAI.test(up) || PARTY_TYPE_NAME.test(up) || LEGAL_TYPE_NAME.test(up)) {
    if (!isUpper(l.key) && !afterNumber) return undefined;
    const info = TYPE_BY_NAME.get(up);
    return { line: l, name: l.text, slug: info?.slug ?? null, exact: isUpper(l.key) };
  }
  if (!isUpper(l.key) || !afterNumber) return undefined;
  // a thư công is titled by its kind: THƯ CẢM ƠN, THƯ CHÚC MỪNG, THƯ THĂM HỎI … (Điều 7; no code in Phụ lục III)
  if (THU_CONG_NAME.test(l.key)) return { line: l, name: l.text, slug: 'thu-cong', exact: true };
  const m = TYPE_NAME_START.exec(l.key);
  if (m && l.key.split(/\s+/).length <= 40) {
    return {
      line: l,
      name: m[1],
      slug: TYPE_BY_NAME.get(m[1])!.slug,
      exact: false,
      rest: l.text.slice(m[1].length).trim(),
    };
  }
  if (l.key.split(/\s+/).length <= 4 && /^(?:[A-ZĐÂĂÊÔƠƯ\p{Lu}]+)(?:[ \t]+\p{Lu}+){0,3}$/u.test(l.key) && afterNumber) {
    return { line: l, name: l.text, slug: null, exact: false };
  }
  return undefined;
}

const textBlock = (b: Block) => b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'item';

/** Titles the agency's profile adds to R.TITLE_START (set for the duration of one `recognise` call). */
let extraTitles: RegExp | null = null;

/** A person's title starts the line: the catalogue's list, extended by the profile's `titles`. */
export function titleStart(k: string): boolean {
  return R.TITLE_START.test(k) || (extraTitles !== null && extraTitles.test(k));
}

/** `citations: false`: leave `letter.citations` empty (the caller fills it in steps: `citationsInSteps`). */
export function recognise(
  src: SourceText,
  blocks: Block[],
  options: { titles?: string[]; citations?: boolean } = {},
): Letter {
  const titles = (options.titles ?? []).map((t) => t.trim()).filter(Boolean);
  extraTitles = titles.length
    ? new RegExp(
        `^(?:(?:PHÓ|P\\.)[ \\t]*)?(?:${titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[ \\t]+')).join('|')})(?![\\p{L}])`,
        'iu',
      )
    : null;
  try {
    return recogniseWith(src, blocks, options.citations ?? true);
  } finally {
    extraTitles = null;
  }
}

function recogniseWith(src: SourceText, blocks: Block[], citations: boolean): Letter {
  const tb = blocks.filter(textBlock);
  const letter: Letter = {
    isLetter: false,
    src,
    blocks,
    family: 'state',
    type: 'unknown',
    legalNormative: false,
    marks: [],
    headerBlocks: [],
    canCu: [],
    body: [],
    items: [],
    footerBlocks: [],
    annex: [],
    annexItems: [],
    citations: [],
  };

  // ── header zone ────────────────────────────────────────────────────────────────────────────────
  const agencyLines: Line[] = [];
  const qh: QuocHieuPart = { merged: false, reversed: false };
  let so: SoPart | undefined;
  let date: DatePart | undefined;
  let tenLoai: TenLoaiPart | undefined;
  let trichYeu: TrichYeuPart | undefined;
  let bi = 0;
  let stop = false;
  const startsKinhGui = (b: Block | undefined) => !!b && R.KINHGUI_LOOSE.test(b.lines[0]?.key ?? '');
  for (; bi < tb.length && !stop; bi++) {
    const b = tb[bi];
    for (let li = 0; li < b.lines.length; li++) {
      const l = b.lines[li];
      const k = l.key;
      if (!k) continue;
      if (R.KINHGUI_LOOSE.test(k) || (R.NOINHAN_LOOSE.test(k) && (so || date))) {
        stop = true;
        break;
      }
      // the body's opening ("Căn cứ …", or "Thực hiện …" citing a number) is never a header line, header found or not
      if (
        ((so || date || tenLoai) && (R.CANCU.test(k) || /^(?:Xét|Theo)[ \t]+đề[ \t]+nghị/u.test(k))) ||
        (!so && !date && !tenLoai && !qh.quocHieu && bi === 0 && li === 0 && preambleBody(tb))
      ) {
        stop = true;
        break;
      }
      if (R.QH_LOOSE.test(k)) {
        qh.quocHieu = l;
        const tn = /[ \t]*(độc[ \t]*lập.*)$/iu.exec(k);
        if (tn) {
          qh.merged = true;
          qh.tieuNgu = l;
          qh.tieuNguAt = tn.index + tn[0].length - tn[1].length;
        }
        continue;
      }
      if (R.TN_LOOSE.test(k) || /^độc[ \t]*lập[ \t]*[-–—]/iu.test(k)) {
        if (!qh.quocHieu) qh.reversed = true;
        qh.tieuNgu = l;
        continue;
      }
      if (R.PARTY_HEAD.test(k.toLocaleUpperCase('vi'))) {
        letter.partyHead = l;
        continue;
      }
      if (k === '*') {
        letter.partyStar = l;
        continue;
      }
      if (!so && (R.SO_LOOSE.test(k) || R.PARTY_SO.test(k))) {
        so = parseSo(l);
        continue;
      }
      // a labelled line ("Thời gian: 14 giờ 00, ngày 12 tháng 11 năm 2025") is body text, not the date line
      if (
        !date &&
        (R.DATE.test(k) || R.DATE_LOOSE.test(k) || DATE_NO_NGAY.test(k)) &&
        !isUpper(k) &&
        !R.VV_LOOSE.test(k) &&
        !/^[^,]*:/.test(k) &&
        !PREAMBLE.test(k) &&
        !/^Về[ \t]+\p{Ll}/u.test(k)
      ) {
        date = parseDate(l);
        continue;
      }
      const mark = MARKS.find(([re]) => re.test(k));
      if (mark && (so || date || agencyLines.length || mark[1] === 'draft')) {
        letter.marks.push({ line: l, kind: mark[1] });
        continue;
      }
      if (!tenLoai && !trichYeu) {
        const t = tenLoaiOf(l, !!(so || date));
        if (t) {
          tenLoai = t;
          if (t.rest) {
            const rest = b.lines.slice(li + 1);
            trichYeu = makeTrichYeu([l, ...rest], false, t.name.length);
            break;
          }
          continue;
        }
      }
      if (!trichYeu && R.VV_LOOSE.test(k)) {
        trichYeu = makeTrichYeu(b.lines.slice(li), true);
        break;
      }
      // "Về tăng cường …" under the Số line of a letter with no tên loại: a công văn's trích yếu written without
      // "V/v" (TL-04 reports it), not the start of the body
      if (
        !trichYeu &&
        !tenLoai &&
        so &&
        /^Về[ \t]+\p{Ll}/u.test(k) &&
        !/[.:;]$/.test(b.lines[b.lines.length - 1].key)
      ) {
        trichYeu = makeTrichYeu(b.lines.slice(li), false);
        break;
      }
      if (tenLoai && !trichYeu) {
        // "Thực hiện Chỉ thị số …" in bold (or as a heading) under the tên loại is the trích yếu, not the preamble
        const lastKey = b.lines[b.lines.length - 1].key;
        const titled = (l.bold || b.kind === 'heading') && !/^Căn cứ(?![\p{L}])/u.test(k) && !/[,;:]$/.test(lastKey);
        if (markerOf(k) || (PREAMBLE.test(k) && !titled) || FORMULA.test(k)) {
          stop = true;
          break;
        }
        // no trích yếu: the authority line of a quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …") right before the căn cứ
        const nb = tb[bi + 1]?.lines[0]?.key.replace(/^-[ \t]+/, '') ?? '';
        if (
          li === 0 &&
          b.lines.length <= 3 &&
          isUpper(k) &&
          !/[.:;]$/.test(k) &&
          PREAMBLE.test(nb) &&
          (titleStart(k) || /^(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND)(?![\p{L}])/u.test(k))
        ) {
          letter.authorityLine = l;
          bi++;
          stop = true;
          break;
        }
        // a sentence that introduces a list ("… trân trọng giới thiệu:") opens the body, it is no trích yếu
        if (/:$/.test(b.lines[b.lines.length - 1].key) && !b.lines.every((x) => x.bold)) {
          stop = true;
          break;
        }
        // a labelled field in regular weight ("Người ủy quyền: Ông …", "Bên A: …") is body text, not a trích yếu
        if (
          li === 0 &&
          /^\p{Lu}[\p{L} \t()]{0,40}?:[ \t]+\S/u.test(k) &&
          !b.lines.every((x) => x.bold) &&
          b.kind !== 'heading'
        ) {
          stop = true;
          break;
        }
        trichYeu = makeTrichYeu(b.lines.slice(li), false);
        break;
      }
      if (trichYeu) {
        // the authority line of a quyết định ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …"), not a heading "I. MỤC ĐÍCH"
        if (tenLoai && isUpper(k) && !/[.:;]$/.test(k) && b.lines.length <= 3 && !FORMULA.test(k) && !markerOf(k)) {
          letter.authorityLine = l;
          bi++;
        }
        stop = true;
        break;
      }
      if (!so && !date && !tenLoai) {
        agencyLines.push(l);
        continue;
      }
      if (so && date && !tenLoai && startsKinhGui(tb[bi + 1]) && li === 0) {
        trichYeu = makeTrichYeu(b.lines, false);
        break;
      }
      if (isUpper(k) && !date) {
        agencyLines.push(l);
        continue;
      }
      stop = true;
      break;
    }
    if (stop) break;
  }
  const headerEnd = letter.authorityLine ? bi : bi;
  const found = [qh.quocHieu || qh.tieuNgu, letter.partyHead, so, date, tenLoai, trichYeu?.vv].filter(Boolean).length;
  const later = tb
    .slice(headerEnd)
    .some((b) => R.KINHGUI_LOOSE.test(b.lines[0]?.key ?? '') || R.NOINHAN_LOOSE.test(b.lines[0]?.key ?? ''));
  // a page that publishes only the body under a title ("Giấy mời họp ngày …") and numbered items is still linted
  const pageTitle = found < 2 && !(found === 1 && later) ? pageTitleType(tb) : null;
  // a page that publishes a công văn from its "Kính gửi:" on (header not published) is still a letter
  const bodyOnlyCongVan = found === 0 && !pageTitle && startsKinhGui(tb[0]) && kinhGuiBody(tb);
  // … or from its first paragraph ("Căn cứ Nghị định số …", "Thực hiện Kế hoạch số …"): clearly a document's body when
  // that paragraph cites a numbered document and a numbered or "./."-closed body follows; notes and READMEs are not
  const bodyOnly = found === 0 && !pageTitle && !bodyOnlyCongVan && preambleBody(tb);
  // not a letter: empty model, no diagnostics
  if (found < 2 && !(found === 1 && later) && !pageTitle && !bodyOnlyCongVan && !bodyOnly) return letter;
  letter.isLetter = true;
  // a body-only page's header is its title line alone: what the header scan ran on into is the body
  const bodyStart = pageTitle ? 1 : headerEnd;
  letter.headerBlocks = tb.slice(0, Math.min(bodyStart, tb.length));
  if (qh.quocHieu || qh.tieuNgu) letter.quocHieu = qh;
  letter.so = so;
  letter.date = pageTitle ? undefined : date; // the title's "ngày …" is not the date line
  letter.tenLoai = tenLoai;
  letter.trichYeu = trichYeu;
  // a body-only page's title line is not the issuing body
  letter.agency = agencyOf(pageTitle ? [] : agencyLines);
  letter.family = letter.partyHead && !qh.quocHieu ? 'party' : 'state';

  // ── Kính gửi, căn cứ, formula ─────────────────────────────────────────────────────────────────
  let i = bodyStart;
  // a công điện addresses its recipients with "<AUTHORITY IN CAPITALS> điện:" instead of "Kính gửi:"
  const dien = /^(.+?)[ \t]+điện[ \t]*:$/u.exec(tb[i]?.lines[0]?.key ?? '');
  if (startsKinhGui(tb[i]) || (dien && isUpper(dien[1]) && tb[i].lines.length <= 3)) {
    const r = kinhGuiOf(tb, i);
    letter.kinhGui = r.part;
    i = r.next;
  }
  const startsPreamble = (b: Block | undefined) => !!b && PREAMBLE.test(b.lines[0]?.key.replace(/^-[ \t]+/, '') ?? '');
  if (
    tb[i] &&
    (R.CANCU.test(tb[i].lines[0].key.replace(/^-[ \t]+/, '')) || (letter.authorityLine && startsPreamble(tb[i])))
  ) {
    const cc: Block[] = [];
    while (i < tb.length && startsPreamble(tb[i])) cc.push(tb[i++]);
    // the 2025 legal-normative form closes the preamble with "<cơ quan> ban hành Quyết định …." (no "QUYẾT ĐỊNH:")
    if (tb[i] && ENACTING.test(tb[i].lines[0].key) && !markerOf(tb[i].lines[0].key)) cc.push(tb[i++]);
    letter.canCu = paragraphsOf(cc).flatMap(splitCanCu);
    const last = letter.canCu.at(-1);
    if (last && ENACTING.test(last.joined.key)) letter.enacting = last;
  }
  if (tb[i] && FORMULA.test(tb[i].lines[0].key) && tb[i].lines.length === 1) letter.formula = tb[i++].lines[0];

  // ── footer zone ───────────────────────────────────────────────────────────────────────────────
  let f = i;
  for (; f < tb.length; f++) if (footerStarts(tb, f)) break;
  const bodyBlocks = tb.slice(i, f);
  const { noiNhan, signature, others, end } = footerOf(tb, f);
  letter.noiNhan = noiNhan;
  letter.signature = signature;
  if (others.length) letter.otherSignatures = others;
  letter.footerBlocks = tb.slice(f, end);
  letter.body = paragraphsOf(bodyBlocks);
  letter.items = itemTree(letter.body);
  letter.annex = paragraphsOf(tb.slice(end));
  letter.annexItems = itemTree(letter.annex);

  // ── family and type (DOC-01, DOC-02) ──────────────────────────────────────────────────────────
  letter.type = typeOf(letter);
  if (pageTitle && letter.type === 'unknown') letter.type = pageTitle;
  // … or a tờ trình, whose body submits to the addressee: "kính trình <cấp trên> xem xét, quyết định"
  if (bodyOnly && letter.type === 'unknown')
    letter.type = letter.formula || letter.items.some((it) => it.kind === 'dieu') ? 'quyet-dinh' : 'unknown';
  if ((bodyOnlyCongVan || bodyOnly) && letter.type === 'unknown')
    letter.type = letter.body.some((p) =>
      /(?<![\p{L}])kính[ \t]+trình(?![\p{L}])[^.;]*?xem[ \t]+xét/iu.test(p.joined.key),
    )
      ? 'to-trinh'
      : 'cong-van';
  // a number with a year makes a quyết định or nghị quyết legal-normative; a kế hoạch or báo cáo numbered so is an
  // administrative document with a wrong number (SKH-06), not a legal one
  // The enacting sentence of the 2025 form says so too, unless the number is plainly an individual decision's
  // ("25/QĐ-UBND": CC-02 asks for its "QUYẾT ĐỊNH:" line).
  letter.legalNormative = !!(
    ((so?.form === 'qppl' || (letter.enacting && so?.form !== 'state')) &&
      ['quyet-dinh', 'nghi-quyet', 'unknown'].includes(letter.type)) ||
    (tenLoai && LEGAL_TYPE_NAME.test(tenLoai.name.toLocaleUpperCase('vi')))
  );
  if (citations) letter.citations = extractCitations(letter);
  return letter;
}

/** A page that starts with the body's opening paragraph: it cites a numbered document, and a body follows. */
function preambleBody(tb: Block[]): boolean {
  const k = tb[0]?.lines.map((l) => l.key).join(' ') ?? '';
  if (!PREAMBLE.test(k) || !/\d+[ \t]*\/[ \t]*(?:\d{4}[ \t]*\/[ \t]*)?\p{Lu}|\d+-\p{Lu}+\/\p{Lu}/u.test(k))
    return false;
  return kinhGuiBody(tb);
}

/** After a leading "Kính gửi:" block, a body of at least two paragraphs, one of them numbered or closed by "./.". */
function kinhGuiBody(tb: Block[]): boolean {
  const rest = tb
    .slice(1)
    .filter((b) => !R.KINHGUI_LOOSE.test(b.lines[0]?.key ?? '') && !/^[-+*][ \t]/.test(b.lines[0]?.key ?? ''));
  if (rest.length < 2) return false;
  return rest.some((b) => !!markerOf(b.lines[0]?.key ?? '') || /\.\/\.$/.test(b.lines[b.lines.length - 1]?.key ?? ''));
}

/** A body-only page: a single bold (or heading) title line starting with a type name in sentence case, followed by
 * at least two numbered items. Returns the type's slug. */
function pageTitleType(tb: Block[]): string | null {
  const b = tb[0];
  const ls = b?.lines.filter((l) => l.text) ?? [];
  if (ls.length !== 1 || !(ls[0].bold || b.kind === 'heading')) return null;
  const m = /^(\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+)?)(?![\p{L}])/u.exec(ls[0].key);
  const info =
    m &&
    (TYPE_BY_NAME.get(m[1].toLocaleUpperCase('vi')) ??
      TYPE_BY_NAME.get(m[1].split(/[ \t]+/)[0].toLocaleUpperCase('vi')));
  if (!info) return null;
  const numbered = tb
    .slice(1)
    .filter((x) => ['khoan', 'muc', 'dieu'].includes(markerOf(x.lines[0]?.key ?? '')?.kind ?? '')).length;
  return numbered >= 2 ? info.slug : null;
}

function makeTrichYeu(lines: Line[], vv: boolean, skip = 0): TrichYeuPart {
  const joined = joinLines(lines);
  let text = joined.text.slice(skip).trim();
  let vvAt: [number, number] | undefined;
  if (vv) {
    const m = R.VV_LOOSE.exec(joined.key);
    if (m) {
      vvAt = [m.index, m.index + m[0].length];
      text = joined.text.slice(m[0].length).replace(/^[ \t]*:?[ \t]*/, '');
    }
  }
  return { lines, joined, text, vv, vvAt };
}

function agencyOf(lines: Line[]): AgencyPart | undefined {
  const ls = lines.filter((l) => l.text);
  if (!ls.length) return undefined;
  // The issuing body is the bold run at the bottom; regular-weight lines above it are the cơ quan chủ quản.
  let split = 0;
  const anyBold = ls.some((l) => l.bold);
  if (anyBold && !ls.every((l) => l.bold)) {
    split = ls.findIndex((l) => l.bold);
    // "ỦY BAN NHÂN DÂN" ⏎ "**HUYỆN X**": the bold line that opens with an administrative level continues the name
    // above it (a body's own name never starts "HUYỆN …", except a Party committee "HUYỆN ỦY …")
    if (
      /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)[ \t]+(?!ỦY(?![\p{L}]))\p{Lu}/u.test(
        ls[split]?.key ?? '',
      )
    )
      split = 0;
  } else {
    // All one weight: the issuing body starts at the last line that opens with the name of a body; the lines
    // above it are the chủ quản when they start like one ("UBND TỈNH …", "BỘ …", "ĐẢNG BỘ …").
    const parentLike =
      /^(?:UBND|HĐND|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BỘ|TỔNG CỤC|SỞ|CỤC|ĐẠI HỌC|ĐẢNG BỘ|ĐẢNG ỦY|TỈNH ỦY|THÀNH ỦY|BAN CHẤP HÀNH|TẬP ĐOÀN|TỔNG CÔNG TY)(?![\p{L}])/u;
    // a body under a chủ quản: an agency or unit, also a tổ chức tư vấn or a working group set up by it ("HỘI ĐỒNG THI
    // ĐUA - KHEN THƯỞNG", "BAN CHỈ ĐẠO …", "TỔ CÔNG TÁC …", "ĐOÀN KIỂM TRA …") — but never the elected Hội đồng nhân
    // dân, which has no chủ quản
    const bodyLike =
      /^(?:SỞ|PHÒNG|CHI CỤC|TRUNG TÂM|BAN|TRƯỜNG|VĂN PHÒNG|CỤC|VỤ|THANH TRA|BỆNH VIỆN|VIỆN|HỌC VIỆN|TỔNG CỤC|HUYỆN ỦY|THÀNH ỦY|THỊ ỦY|QUẬN ỦY|ĐẢNG ỦY|CÔNG AN|BỘ CHỈ HUY|KHO BẠC|BẢO HIỂM|CHI NHÁNH|CÔNG TY|ỦY BAN KIỂM TRA|HỘI ĐỒNG(?![ \t]+NHÂN[ \t]+DÂN)|TỔ|ĐOÀN|ĐỘI|QUỸ|ĐÀI|TRẠM|HẠT)(?![\p{L}])/u;
    if (parentLike.test(ls[0].key)) {
      for (let i = ls.length - 1; i >= 1; i--) {
        if (bodyLike.test(ls[i].key)) {
          split = i;
          break;
        }
      }
    }
  }
  const parentLines = ls.slice(0, split);
  const issuerLines = ls.slice(split);
  const join = (x: Line[]) =>
    x
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  return {
    lines: ls,
    parentLines,
    issuerLines,
    name: join(issuerLines),
    parent: parentLines.length ? join(parentLines) : null,
  };
}

function kinhGuiOf(tb: Block[], i: number): { part: KinhGuiPart; next: number } {
  const b = tb[i];
  const head = b.lines[0];
  const m = /^k[ií]nh[ \t]*g[ửởưu]i[ \t]*:?[ \t]*(.*)$/iu.exec(head.key);
  const inline = m && m[1] ? head.text.slice(head.text.length - m[1].length) : null;
  const items: Paragraph[] = [];
  const blocks = [b];
  const dashInline = !!inline && /^-[ \t]/.test(inline);
  const rest = b.lines.slice(1).filter((l) => l.text);
  // lines typed in the heading's paragraph: a line that does not open with a dash, below a line left unended (no
  // ";", "." or ":" and no hard break), continues the addressee above ("Kính gửi: Ủy ban nhân dân các xã, thị trấn
  // và các cơ quan" ⏎ "trực thuộc huyện."); any other line is an addressee of its own
  const first: Line[] = [head];
  const groups: Line[][] = [];
  for (const l of rest) {
    const prev = groups.at(-1)?.at(-1) ?? head;
    const cont = !/^[-+•][ \t]/.test(l.key) && !prev.hardBreak && !/[;.:]$/.test(prev.key) && (groups.length || inline);
    if (cont && groups.length) groups.at(-1)!.push(l);
    else if (cont) first.push(l);
    else groups.push([l]);
  }
  const inlineMore = first.slice(1);
  if (dashInline) {
    // "Kính gửi: - Sở Nội vụ;": the first list line, from its dash on
    const j = joinLines(first);
    const off = head.text.length - inline!.length;
    items.push({
      lines: first,
      joined: joinedFrom(j, off),
      block: b,
    });
  }
  for (const g of groups) items.push({ lines: g, joined: joinLines(g), block: b });
  let next = i + 1;
  // "Kính gửi:" alone on its line, the addressees typed below without dashes ("Sở Tài chính;" ⏎ "Sở Nội vụ."):
  // still the list (KG-03 reports the missing dashes), not the body's first paragraph
  const nb0 = tb[next];
  if (
    !inline &&
    !rest.length &&
    nb0 &&
    nb0.kind === 'paragraph' &&
    nb0.lines.length <= 8 &&
    nb0.lines.every(
      (l) =>
        !l.text ||
        (/[;.]$/.test(l.key) && l.key.split(/\s+/).length <= 16 && !markerOf(l.key) && !PREAMBLE.test(l.key)),
    ) &&
    nb0.lines
      .filter((l) => l.text)
      .slice(0, -1)
      .every((l) => /;$/.test(l.key))
  ) {
    for (const l of nb0.lines.filter((x) => x.text)) items.push({ lines: [l], joined: joinLines([l]), block: nb0 });
    blocks.push(nb0);
    return { part: { head, inline, inlineMore: dashInline ? [] : inlineMore, items, blocks }, next: next + 1 };
  }
  while (next < tb.length) {
    const nb = tb[next];
    const k = nb.lines[0]?.key ?? '';
    const isItem = (nb.kind === 'item' && !nb.ordered) || /^[-+][ \t]/.test(k);
    if (!isItem || (items.length === 0 && inline && !/^-[ \t]/.test(inline) && nb.kind !== 'item')) break;
    blocks.push(nb);
    items.push({ lines: nb.lines, joined: joinLines(nb.lines), block: nb });
    next++;
    if (/\.$/.test(nb.lines[nb.lines.length - 1].key)) break;
  }
  return { part: { head, inline, inlineMore: dashInline ? [] : inlineMore, items, blocks }, next };
}

/**
 * Căn cứ typed as hard-broken lines of one paragraph are one căn cứ per line; "Căn cứ A; Căn cứ B;" run together on
 * one line or over a soft break stays one paragraph (CC-04 reports it).
 */
function splitCanCu(p: Paragraph): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  p.lines.forEach((l, i) => {
    const k = l.key.replace(/^-[ \t]+/, '');
    // the enacting sentence starts its own paragraph even over a soft break, once the line above has ended
    const enacting = ENACTING.test(k) && /[;.]$/.test(p.lines[i - 1]?.key ?? '');
    if (cur.length && ((p.lines[i - 1].hardBreak && PREAMBLE.test(k)) || enacting)) {
      out.push({ ...p, lines: cur, joined: joinLines(cur) });
      cur = [];
    }
    cur.push(l);
  });
  if (out.length === 0) return [p];
  out.push({ ...p, lines: cur, joined: joinLines(cur) });
  return out;
}

const NAME_LINE =
  /^(?:(?:GS|PGS|TS|ThS|TSKH|KS|BSCKII|BSCKI|BS|CN|DS|LS|NGƯT|NGND|Đ\/c|Ông|Bà)\.?[ \t]*)*[\p{Lu}][\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,6}$/u;

/** A line that opens a signature block: an authority prefix or a title word, in capitals. `loose` (inside the
 * footer zone, or confirmed by its surroundings) also takes a mixed-case one ("Kt. Chủ tịch", "Phó Giám đốc"):
 * CK-01/CK-05 report the case, the block must still be read. */
function isSigStart(l: Line | undefined, loose = false): boolean {
  if (!l) return false;
  const k = l.key;
  if (R.AUTH.test(k) || R.AUTH_BAD.test(k)) {
    if (isUpper(k.replace(/^(?:K\/T|T\/M|T\/L|T\/UQ|Kt\.|Tm\.|Tl\.)/u, 'X'))) return true;
  } else if (titleStart(k) && isUpper(k) && !/[.;:,]$/.test(k) && k.split(/\s+/).length <= 12) return true;
  if (!loose) return false;
  return (
    (R.AUTH.test(k) || R.AUTH_BAD.test(k) || titleStart(k)) &&
    /^\p{Lu}/u.test(k) &&
    !/[.;:,!?]$/.test(k) &&
    k.split(/\s+/).length <= 10
  );
}

/** Every block from `f` on is short (signature lines, a name, Nơi nhận items): what a footer looks like. */
function footerish(tb: Block[], f: number): boolean {
  if (tb.length - f > 14) return false;
  return tb
    .slice(f)
    .every(
      (b) =>
        b.kind === 'item' ||
        b.lines.every((l) => !l.text || /^[-+][ \t]/.test(l.key) || l.key.split(/\s+/).length <= 12),
    );
}

function footerStarts(tb: Block[], f: number): boolean {
  const k = tb[f].lines[0]?.key ?? '';
  if (R.NOINHAN_LOOSE.test(k)) return true;
  if (!isSigStart(tb[f].lines[0]) && !(isSigStart(tb[f].lines[0], true) && footerish(tb, f))) return false;
  // a signature is followed by a name, a "(Đã ký)" marker, Nơi nhận, or nothing
  const lastLine = tb[f].lines[tb[f].lines.length - 1];
  if (tb[f].lines.length > 1 && NAME_LINE.test(lastLine.key) && !isUpper(lastLine.key)) return true;
  const nb = tb[f + 1];
  if (!nb) return true;
  const nk = nb.lines[0]?.key ?? '';
  return (
    R.SIGNED.test(nk) ||
    R.NOINHAN_LOOSE.test(nk) ||
    isSigStart(nb.lines[0]) ||
    (NAME_LINE.test(nk) && nb.lines.length <= 2 && nk.split(/\s+/).length <= 7)
  );
}

function footerOf(
  tb: Block[],
  f: number,
): { noiNhan?: NoiNhanPart; signature?: SignaturePart; others: SignaturePart[]; end: number } {
  let noiNhan: NoiNhanPart | undefined;
  const sigLines: Line[] = [];
  let i = f;
  let nameSeen = false;
  const done: Line[][] = []; // earlier signature blocks (biên bản: THƯ KÝ before CHỦ TỌA; hợp đồng: each party)
  while (i < tb.length) {
    const b = tb[i];
    const k = b.lines[0]?.key ?? '';
    // a second block may be typed in mixed case ("Chủ tọa"): inside the footer it is still a block (CK-05 reports it)
    if (nameSeen && isSigStart(b.lines[0], true)) {
      done.push(sigLines.splice(0));
      nameSeen = false;
    }
    if (!noiNhan && R.NOINHAN_LOOSE.test(k)) {
      const m = /^n[ơo]i[ \t]*nh[ậa]n[ \t]*:?[ \t]*(.*)$/iu.exec(k);
      noiNhan = { head: b.lines[0], items: [] };
      if (m && m[1]) {
        noiNhan.inlineFirst = m[1];
        const head = b.lines[0];
        const j = joinLines([head]);
        const off = head.text.length - m[1].length;
        noiNhan.inlineItem = {
          lines: [head],
          joined: joinedFrom(j, off),
          block: b,
        };
      }
      // items typed in the heading's paragraph: a line without a bullet continues the item above (wrapped)
      let cur: Line[] = [];
      const flush = () => {
        if (cur.length) noiNhan!.items.push({ lines: cur, joined: joinLines(cur), block: b });
        cur = [];
      };
      for (const l of b.lines.slice(1)) {
        if (!l.text) continue;
        if (/^[-+•][ \t]/.test(l.key) || !cur.length) flush();
        cur.push(l);
      }
      flush();
      i++;
      while (i < tb.length) {
        const nb = tb[i];
        const nk = nb.lines[0]?.key ?? '';
        if (!(nb.kind === 'item' || /^[-+][ \t]/.test(nk))) break;
        noiNhan.items.push({ lines: nb.lines, joined: joinLines(nb.lines), block: nb });
        i++;
      }
      continue;
    }
    if (
      !nameSeen &&
      (isSigStart(b.lines[0], true) || (sigLines.length && (R.SIGNED.test(k) || NAME_LINE.test(k) || isUpper(k))))
    ) {
      for (const l of b.lines) if (l.text) sigLines.push(l);
      const last = sigLines[sigLines.length - 1];
      if (last && !isUpper(last.key) && !R.SIGNED.test(last.key) && !titleLike(last)) nameSeen = true;
      i++;
      continue;
    }
    break;
  }
  if (!sigLines.length && done.length) for (const l of done.pop()!) sigLines.push(l);
  // the last block is the right-hand column, the authority's; the others are kept for reference
  return {
    noiNhan,
    signature: sigLines.length ? signatureOf(sigLines) : undefined,
    others: done.map(signatureOf),
    end: i,
  };
}

const BAD_PREFIX: [RegExp, Authority][] = [
  // a missing dot is read only before a space ("KT CHỦ TỊCH"): "QUYỀN …", "TLV …" are not prefixes
  [/^(?:(?:T\/M|Tm\.|TM\.)(?=[ \t]|\p{L})|TM(?=[ \t]))/u, 'TM.'],
  [/^(?:(?:K\/T|K\.T\.?|Kt\.|KT\.)(?=[ \t]|\p{L})|KT(?=[ \t]))/u, 'KT.'],
  [/^(?:(?:T\/UQ|TU\.|TUQ\.)(?=[ \t]|\p{L})|TUQ(?=[ \t]))/u, 'TUQ.'],
  [/^(?:(?:T\/L|Tl\.|TL\.)(?=[ \t]|\p{L})|TL(?=[ \t]))/u, 'TL.'],
  [/^(?:Q\.(?=[ \t]|\p{L})|Q(?=[ \t]))/u, 'Q.'],
];

export function sigLineOf(lines: Line[]): SigLine {
  const line = lines[0];
  const text = lines.map((l) => l.text).join(' ');
  const k = line.key;
  let m: RegExpExecArray | null;
  if ((m = R.AUTH.exec(k))) {
    const pre = m.groups!.pre as Authority;
    return {
      line,
      lines,
      text,
      prefix: pre,
      prefixRaw: pre,
      prefixAt: [0, pre.length],
      rest: text.slice(m[0].length - m.groups!.rest.length).trim(),
    };
  }
  for (const [re, pre] of BAD_PREFIX) {
    if ((m = re.exec(k))) {
      return {
        line,
        lines,
        text,
        prefix: pre,
        prefixRaw: m[0],
        prefixAt: [0, m[0].length],
        rest: text.slice(m[0].length).trim(),
      };
    }
  }
  return { line, lines, text, prefix: null, prefixRaw: null, rest: text };
}

/** An authority or title line, not a name: a prefix, or a title word in capitals or in sentence case ("Phó Chủ
 * tịch" has a lower-case word; a name "Lê Văn Trưởng" capitalises every word). */
function titleLike(l: Line): boolean {
  const k = l.key;
  return R.AUTH.test(k) || R.AUTH_BAD.test(k) || (titleStart(k) && (isUpper(k) || /(?:^|[ \t])\p{Ll}/u.test(k)));
}

function signatureOf(all: Line[]): SignaturePart {
  const lines = all.filter((l) => !R.SIGNED.test(l.key));
  let nameLine: Line | undefined = lines[lines.length - 1];
  if (nameLine && titleLike(nameLine)) nameLine = undefined;
  const titleLines = nameLine ? lines.slice(0, -1) : lines;
  const groups: Line[][] = [];
  for (const l of titleLines) {
    const starts = R.AUTH.test(l.key) || R.AUTH_BAD.test(l.key) || titleStart(l.key);
    if (starts || !groups.length) groups.push([l]);
    else groups[groups.length - 1].push(l);
  }
  const stack = groups.map(sigLineOf);
  const last = stack[stack.length - 1];
  let authority: Authority | null = null;
  let authorityTitle: string | null = null;
  let title: string | null = null;
  if (last) {
    if (last.prefix) {
      authority = last.prefix;
      authorityTitle = last.rest;
      title = last.rest;
    } else {
      title = last.text;
      const above = [...stack.slice(0, -1)].reverse().find((s) => s.prefix);
      if (above) {
        authority = above.prefix;
        authorityTitle = above.rest;
      }
    }
  }
  return { lines: all, stack, nameLine, name: nameLine ? nameLine.text : null, authority, authorityTitle, title };
}

function typeOf(letter: Letter): string {
  if (letter.family === 'party') {
    const name = letter.tenLoai?.name.toLocaleLowerCase('vi');
    const byName = PARTY_TYPES.find((t) => t.title.toLocaleLowerCase('vi') === name);
    if (byName) return byName.slug;
    const code = letter.so?.form === 'party' ? letter.so.symbol.split('/')[0] : null;
    const byCode = PARTY_TYPES.find((t) => code && t.codes.includes(code));
    return byCode?.slug ?? 'unknown';
  }
  if (letter.tenLoai?.slug) return letter.tenLoai.slug;
  // a legal-normative kind (THÔNG TƯ, NGHỊ ĐỊNH, LUẬT …): not one of Điều 7's types, named by its own slug
  const legal = LEGAL_SLUG[letter.tenLoai?.name.toLocaleUpperCase('vi').replace(/\s+/g, ' ') ?? ''];
  if (legal) return legal;
  if (letter.trichYeu?.vv) return 'cong-van';
  const first = letter.so?.symbol.split('-')[0];
  if (first) {
    const t = TYPE_BY_CODE.get(first);
    if (t) return t.slug;
    if (!letter.tenLoai && letter.so?.form !== 'party') return 'cong-van';
  }
  return 'unknown';
}
