// Unit names in the editor (issue 9): completion of administrative units on the agency lines (issuer, chủ quản) and
// in the date line's place ("<Địa danh>, ngày …"), units valid today, by province when the agency lines name one; the
// hover on a unit name there: its type, province, code, history and the decree the gazetteer is current to.
// completion.ts and hover.ts call this module; it reads the analysis and the gazetteer only.
import { CompletionItemKind, MarkupKind, type CompletionItem, type Hover, type Position } from 'vscode-languageserver';
import type { Analysis } from '../core/analyze.js';
import {
  findUnit,
  GAZETTEER_META,
  placeName,
  predecessorsOf,
  provinceOf,
  successorOf,
  unitLabel,
  unitsIn,
  validOn,
  type AdminUnit,
  type UnitType,
} from '../core/gazetteer/index.js';
import { dmy, letterDate } from '../core/letterdate.js';
import type { Letter } from '../core/model.js';
import { agencyMentions, letterProvince } from '../core/places.js';
import { spanOf } from '../core/rule.js';
import type { Lang } from './diagnostics.js';

/** Today as an ISO date (local time, as the drafter reads the calendar). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const TYPE_EN: Record<UnitType, string> = {
  tỉnh: 'province',
  'thành phố': 'city',
  huyện: 'rural district',
  quận: 'urban district',
  'thị xã': 'town',
  'thị trấn': 'township',
  xã: 'commune',
  phường: 'ward',
  'đặc khu': 'special zone',
};
const typeOf = (u: AdminUnit, lang: Lang) =>
  lang === 'en'
    ? `${TYPE_EN[u.type]}${u.level === 'province' ? '' : u.level === 'district' ? ' (district level)' : ''}`
    : u.level === 'province' && u.type === 'thành phố'
      ? 'thành phố trực thuộc trung ương'
      : u.level === 'district' && u.type === 'thành phố'
        ? 'thành phố thuộc tỉnh'
        : u.type;

/** "phường · tỉnh Quảng Ngãi · mã 21439" */
function detailOf(u: AdminUnit, lang: Lang): string {
  const p = u.level === 'province' ? undefined : provinceOf(u);
  const en = lang === 'en';
  return [typeOf(u, lang), p ? unitLabel(p) : '', `${en ? 'code' : 'mã'} ${u.code}`].filter(Boolean).join(' · ');
}

const currentTo = (lang: Lang) =>
  lang === 'en'
    ? `Gazetteer current to ${GAZETTEER_META.currentTo} (in force from ${dmy(GAZETTEER_META.currentFrom)}).`
    : `Danh mục đơn vị hành chính: dữ liệu đến ${GAZETTEER_META.currentTo} (hiệu lực từ ${dmy(GAZETTEER_META.currentFrom)}).`;

// ---------------------------------------------------------------------------------------------------------------
// where the cursor is

/** The last line of the letter's header: the lines before Kính gửi, the căn cứ, the formula or the body. */
function headerEnd(a: Analysis): number {
  const l = a.letter;
  const cands = [l.kinhGui?.head.line, l.canCu[0]?.lines[0]?.line, l.formula?.line, l.body[0]?.lines[0]?.line].filter(
    (n): n is number => n !== undefined,
  );
  return cands.length ? Math.min(...cands) : Math.min(a.source.lineCount, 30);
}

const TYPE_WORDS: [RegExp, UnitType][] = [
  [/^thành[ \t]+phố$/iu, 'thành phố'],
  [/^tỉnh$/iu, 'tỉnh'],
  [/^xã$/iu, 'xã'],
  [/^phường$/iu, 'phường'],
  [/^đặc[ \t]+khu$/iu, 'đặc khu'],
];
// a unit word, then the start of a proper name, up to the cursor ("UBND PHƯỜNG ĐỨC P", "ĐẢNG ỦY XÃ ", "TỈNH ")
const AGENCY_SLOT =
  /(?:^|[\s*_|(])(thành[ \t]+phố|tỉnh|xã|phường|đặc[ \t]+khu)[ \t]+((?:[\p{L}\p{N}'’-]+[ \t]+)*[\p{L}\p{N}'’-]*)$/iu;

interface Slot {
  kind: 'agency' | 'place';
  type?: UnitType;
  from: number;
  upper: boolean;
}

/** Where, in the raw line, the text whose NFC form is `tail` starts before `end` (an NFD line has more code units). */
function rawStart(raw: string, end: number, tail: string): number {
  for (let i = end; i >= 0; i--) if (raw.slice(i, end).normalize('NFC') === tail) return i;
  return end - tail.length;
}

/** The completion slot at `pos`: a unit name after a unit word on an agency line, or the place of the date line. */
function slotAt(a: Analysis, pos: Position): Slot | null {
  const raw = a.source.lineText(pos.line);
  const before = raw.slice(0, pos.character).normalize('NFC');
  const rest = raw.slice(pos.character).normalize('NFC');
  const letter = a.letter;
  const date = letter.date;
  const isDateLine = date ? date.line.line === pos.line : false;
  // the date line: "<place>, ngày …" with the cursor before the comma
  if (isDateLine || /^[ \t*_]*[\p{L}\p{N}'’ \t-]*$/u.test(before)) {
    if ((isDateLine || /^[\p{L}\p{N}'’ \t-]*,[ \t]*ngày\b/iu.test(rest)) && !before.includes(',')) {
      const lead = /^[ \t]*(?:\*\*|__|\*|_)?[ \t]*/.exec(before)![0];
      return { kind: 'place', from: rawStart(raw, pos.character, before.slice(lead.length)), upper: false };
    }
  }
  if (pos.line >= headerEnd(a) || isDateLine) return null;
  if (/CỘNG[ \t]+HÒA|CỘNG[ \t]+HOÀ/iu.test(raw.normalize('NFC'))) return null;
  const m = AGENCY_SLOT.exec(before);
  if (!m) return null;
  if (/^hội\b/iu.test(m[2]) && /^xã$/iu.test(m[1])) return null; // XÃ HỘI
  const type = TYPE_WORDS.find(([re]) => re.test(m[1]))![1];
  return {
    kind: 'agency',
    type,
    from: rawStart(raw, pos.character, m[2]),
    upper: m[1] === m[1].toLocaleUpperCase('vi'),
  };
}

/** The letter's province (from the agency lines, else the agency profile's) on `date`. */
function provinceFor(letter: Letter, date: string, configured?: string): AdminUnit | undefined {
  return letterProvince(agencyMentions(letter), date, configured);
}

const asciiFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

/** Unit names to complete at `pos`, or null when the cursor is not where a unit's name goes. */
export function placeCompletion(
  a: Analysis,
  pos: Position,
  lang: Lang,
  opts: { today?: string; province?: string } = {},
): CompletionItem[] | null {
  const slot = slotAt(a, pos);
  if (!slot) return null;
  const today = opts.today ?? todayIso();
  const province = provinceFor(a.letter, today, opts.province);
  let units: AdminUnit[];
  if (slot.kind === 'agency' && (slot.type === 'tỉnh' || slot.type === 'thành phố')) {
    units = unitsIn('', today).filter((u) => u.type === slot.type);
  } else if (slot.kind === 'agency') {
    units = unitsIn(province?.code, today).filter((u) => u.type === slot.type);
  } else {
    units = province ? [province, ...unitsIn(province.code, today)] : unitsIn(undefined, today);
  }
  const range = {
    start: { line: pos.line, character: slot.from },
    end: { line: pos.line, character: pos.character },
  };
  return units.map((u, i): CompletionItem => {
    const text = slot.kind === 'place' ? placeName(u) : slot.upper ? u.name.toLocaleUpperCase('vi') : u.name;
    return {
      label: text,
      kind: CompletionItemKind.Value,
      detail: detailOf(u, lang),
      sortText: String(i).padStart(5, '0'),
      filterText: asciiFold(text) === text ? text : `${text} ${asciiFold(text)}`,
      textEdit: { range, newText: text },
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// hover

const list = (us: AdminUnit[], max = 8) => {
  const labels = [...new Set(us.map(unitLabel))];
  return labels.length > max ? `${labels.slice(0, max).join(', ')}, … (+${labels.length - max})` : labels.join(', ');
};

/** The history lines of a unit: since when, what it replaced, when it ended and who took over. */
function history(u: AdminUnit, lang: Lang): string[] {
  const en = lang === 'en';
  const out: string[] = [];
  const groups = predecessorsOf(u);
  const began = groups.find((g) => g.date === u.validFrom);
  if (!u.validFrom)
    out.push(
      en
        ? `In the gazetteer since ${dmy(GAZETTEER_META.firstDate)} (its first map) or earlier.`
        : `Có trong danh mục từ ${dmy(GAZETTEER_META.firstDate)} (bản đầu tiên của danh mục) hoặc trước đó.`,
    );
  else if (!began) out.push(en ? `Since ${dmy(u.validFrom)}.` : `Từ ${dmy(u.validFrom)}.`);
  for (const g of groups) {
    const same = g.units.filter((v) => v.level === u.level);
    const above = g.units.filter((v) => v.level !== u.level && v.level !== 'province');
    const where = [
      ...new Set([
        ...above,
        ...same.map((v) => (v.level === 'province' ? undefined : provinceOf(v))).filter((v) => !!v),
      ]),
    ];
    const names = (same.length ? list(same) : list(g.units)) + (where.length ? ` (${list(where, 4)})` : '');
    const act = g.act ? ` — ${g.act}` : '';
    if (g === began) out.push(en ? `Before ${dmy(g.date)}: ${names}${act}.` : `Trước ${dmy(g.date)}: ${names}${act}.`);
    else
      out.push(en ? `From ${dmy(g.date)} it took in: ${names}${act}.` : `Từ ${dmy(g.date)} nhập thêm: ${names}${act}.`);
  }
  const succ = successorOf(u);
  if (u.validTo) {
    const to = succ?.heir ? [succ.heir, ...succ.units.filter((v) => v !== succ.heir)] : (succ?.units ?? []);
    const act = succ?.act ? ` — ${succ.act}` : '';
    out.push(
      en
        ? `From ${dmy(u.validTo)} it no longer exists${to.length ? `; now: ${list(to)}` : ''}${act}.`
        : `Từ ${dmy(u.validTo)} không còn${to.length ? `; nay là: ${list(to)}` : ''}${act}.`,
    );
  }
  return out;
}

function card(u: AdminUnit, lang: Lang): string {
  return [`**${unitLabel(u)}** — ${detailOf(u, lang)}`, ...history(u, lang).map((h) => `- ${h}`)].join('\n');
}

/** The units a name may mean on `date`: those valid then first, else those that had ended by then, else any. */
function choose(units: AdminUnit[], date: string): AdminUnit[] {
  const valid = units.filter((u) => validOn(u, date));
  if (valid.length) return valid;
  const ended = units.filter((u) => u.validTo !== null && u.validTo <= date);
  return ended.length ? ended : units;
}

/** The hover on a unit name of an agency line or on the date line's place, or null elsewhere. */
export function placeHover(
  a: Analysis,
  pos: Position,
  lang: Lang,
  opts: { today?: string; province?: string } = {},
): Hover | null {
  const letter = a.letter;
  if (!letter.isLetter) return null;
  const offset = a.source.offsetAt(pos);
  const d = letterDate(letter, opts.today ?? todayIso());
  const province = provinceFor(letter, d.to, opts.province);
  let span: { start: number; end: number } | null = null;
  let units: AdminUnit[] = [];
  let name = '';
  for (const m of agencyMentions(letter)) {
    const sp = spanOf(m.line, m.at[0], m.at[1]);
    if (sp.start <= offset && offset <= sp.end) {
      span = sp;
      name = m.name;
      const own = m.type === 'tỉnh' || m.type === 'thành phố';
      units = findUnit(m.name, { type: m.type, ...(province && !own ? { province } : {}) });
      if (!units.length && m.type === 'thành phố') units = findUnit(m.name, { type: m.type });
      break;
    }
  }
  const date = letter.date;
  if (!span && date?.place) {
    const sp = spanOf(date.line, date.placeAt[0], date.placeAt[1]);
    if (sp.start <= offset && offset <= sp.end) {
      span = sp;
      name = date.place;
      units = findUnit(date.place, province ? { province } : {});
    }
  }
  if (!span) return null;
  const en = lang === 'en';
  const chosen = choose(units, d.to).slice(0, 3);
  const cards = chosen.length
    ? chosen.map((u) => card(u, lang))
    : [
        en
          ? `**${name}**: not in the gazetteer${province ? ` for ${unitLabel(province)}` : ''}.`
          : `**${name}**: không có trong danh mục${province ? ` của ${unitLabel(province)}` : ''}.`,
      ];
  if (units.length > chosen.length && chosen.length)
    cards.push(
      en
        ? `*(${units.length - chosen.length} more of that name)*`
        : `*(còn ${units.length - chosen.length} đơn vị cùng tên)*`,
    );
  const value = `${cards.join('\n\n')}\n\n*${currentTo(lang)}*`;
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: a.source.positionAt(span.start), end: a.source.positionAt(span.end) },
  };
}

/** Put a unit's card before another hover on the same spot. */
export function withPlaceCard(h: Hover | null, place: Hover | null): Hover | null {
  if (!place) return h;
  if (!h) return place;
  const value = (x: Hover) =>
    typeof x.contents === 'object' && 'value' in x.contents ? x.contents.value : String(x.contents);
  return {
    contents: { kind: MarkupKind.Markdown, value: `${value(place)}\n\n---\n\n${value(h)}` },
    ...(place.range ? { range: place.range } : {}),
  };
}
