// Administrative units named in a letter's agency block (catalogue §3.4, DD-06 input 1) and the province that keys
// every gazetteer lookup (input 4). Pure: reads the recognised letter only.
import type { Letter } from './model.js';
import type { Line } from './source.js';
import { findUnit, validOn, type AdminUnit, type UnitType } from './gazetteer/index.js';

export interface UnitMention {
  /** gov: a unit of UBND/HĐND; party: a Party committee's unit; other: a unit phrase in another body's name. */
  kind: 'gov' | 'party' | 'other';
  type: UnitType;
  /** As written (upper case in an agency line). */
  name: string;
  line: Line;
  /** Clean-text range of the whole unit phrase in `line` ("THỊ XÃ ĐỨC PHỔ", "HUYỆN ỦY SƠN TỊNH"). */
  at: [number, number];
}

// never units: XÃ HỘI (PHÒNG VĂN HÓA - XÃ HỘI, BẢO HIỂM XÃ HỘI), TỈNH ĐOÀN, HUYỆN ĐOÀN
const TYPE_WORD =
  '(?<type>THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH(?![ \\t]+(?:ĐOÀN|ỦY)(?![\\p{L}]))|HUYỆN(?![ \\t]+(?:ĐOÀN|ỦY)(?![\\p{L}]))|QUẬN(?![ \\t]+ỦY(?![\\p{L}]))|PHƯỜNG|XÃ(?![ \\t]+HỘI(?![\\p{L}])))';
// a proper name in capitals: words of letters (an apostrophe may join two: EA H'LEO), numbers, spaced hyphens
const NAME =
  "(?<name>[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}'’]*(?:(?:[ \\t]+|[ \\t]*-[ \\t]*)[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}'’]*)*)";
const GOV_HEAD = '(?:UBND|HĐND|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)';
const GOV = new RegExp(`(?<![\\p{L}])${GOV_HEAD}[ \\t]+${TYPE_WORD}[ \\t]+${NAME}`, 'u');
const BARE = new RegExp(`^${TYPE_WORD}[ \\t]+${NAME}$`, 'u');
const PARTY_COMMITTEE: Record<string, UnitType> = {
  HUYỆN: 'huyện',
  QUẬN: 'quận',
  THỊ: 'thị xã',
  THÀNH: 'thành phố',
  TỈNH: 'tỉnh',
};
const PARTY = new RegExp(
  `(?<![\\p{L}])(?:(?<committee>HUYỆN|QUẬN|THỊ|THÀNH|TỈNH)[ \\t]+ỦY|ĐẢNG[ \\t]+(?:BỘ|ỦY)[ \\t]+${TYPE_WORD})[ \\t]+${NAME}`,
  'u',
);
const ANY = new RegExp(`(?<![\\p{L}])${TYPE_WORD}[ \\t]+${NAME}`, 'gu');
const WORD_TYPE: Record<string, UnitType> = {
  'THÀNH PHỐ': 'thành phố',
  'THỊ XÃ': 'thị xã',
  'THỊ TRẤN': 'thị trấn',
  'ĐẶC KHU': 'đặc khu',
  TỈNH: 'tỉnh',
  HUYỆN: 'huyện',
  QUẬN: 'quận',
  PHƯỜNG: 'phường',
  XÃ: 'xã',
};

/** Unit mentions of the agency block, issuer and chủ quản lines alike (wrapped lines are read one by one). */
export function agencyMentions(letter: Letter): UnitMention[] {
  const a = letter.agency;
  if (!a) return [];
  const out: UnitMention[] = [];
  const party = letter.family === 'party';
  for (const line of a.lines) {
    const k = line.key.toLocaleUpperCase('vi');
    if (k.length !== line.key.length) continue;
    const mention = (kind: UnitMention['kind'], m: RegExpExecArray, type: UnitType, from = m.index) =>
      out.push({ kind, type, name: m.groups!.name, line, at: [from, m.index + m[0].length] });
    const p = PARTY.exec(k);
    if (p) {
      if (party)
        mention('party', p, p.groups!.committee ? PARTY_COMMITTEE[p.groups!.committee] : WORD_TYPE[p.groups!.type]);
      continue;
    }
    const gov = GOV.exec(k);
    if (gov) {
      mention('gov', gov, WORD_TYPE[gov.groups!.type], k.indexOf(gov.groups!.type, gov.index));
      continue;
    }
    // a unit word that starts the line: the unit under "ỦY BAN NHÂN DÂN", or the chủ quản's own line
    const bare = BARE.exec(k);
    if (bare) {
      mention('gov', bare, WORD_TYPE[bare.groups!.type]);
      continue;
    }
    for (const m of k.matchAll(ANY)) mention('other', m as RegExpExecArray, WORD_TYPE[m.groups!.type]);
  }
  return out;
}

/** The block names a province or city the map does not know on any date (a made-up or foreign one): the map cannot
 * judge its places. */
export function unmappedProvince(mentions: UnitMention[]): boolean {
  return mentions.some(
    (m) =>
      (m.type === 'tỉnh' || (m.type === 'thành phố' && m.kind !== 'other')) &&
      !findUnit(m.name, { type: m.type }).length,
  );
}

/** The province P of the letter on `date`: the provincial unit named in the agency block (one valid on the date
 * first), else the configured province. */
export function letterProvince(mentions: UnitMention[], date: string, configured?: string): AdminUnit | undefined {
  let ended: AdminUnit | undefined;
  for (const m of mentions) {
    if (m.type !== 'tỉnh' && m.type !== 'thành phố') continue;
    const units = findUnit(m.name, { type: m.type, level: 'province' });
    const valid = units.find((u) => validOn(u, date));
    if (valid) return valid;
    ended ??= units.find((u) => u.validTo !== null && u.validTo <= date);
  }
  if (ended) return ended;
  if (configured) return findUnit(configured, { level: 'province', date })[0];
  return undefined;
}
