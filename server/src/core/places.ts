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

const TYPE_WORD = '(?<type>THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH|HUYỆN|QUẬN|PHƯỜNG|XÃ(?![ \\t]+HỘI(?![\\p{L}])))';
// a proper name in capitals: words of letters (an apostrophe may join two: EA H'LEO), numbers, spaced hyphens
const NAME = "(?<name>[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}'’]*(?:(?:[ \\t]+|[ \\t]*-[ \\t]*)[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}'’]*)*)";
const GOV_HEAD = '(?:UBND|HĐND|ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)';
const GOV = new RegExp(`(?<![\\p{L}])${GOV_HEAD}[ \\t]+${TYPE_WORD}[ \\t]+${NAME}`, 'u');
const BARE = new RegExp(`^${TYPE_WORD}[ \\t]+${NAME}$`, 'u');
const GOV_ALONE = new RegExp(`^${GOV_HEAD}$`, 'u');
const PARTY_COMMITTEE: Record<string, UnitType> = { 'HUYỆN': 'huyện', 'QUẬN': 'quận', 'THỊ': 'thị xã', 'THÀNH': 'thành phố', 'TỈNH': 'tỉnh' };
const PARTY = new RegExp(`(?<![\\p{L}])(?:(?<committee>HUYỆN|QUẬN|THỊ|THÀNH|TỈNH)[ \\t]+ỦY|ĐẢNG[ \\t]+(?:BỘ|ỦY)[ \\t]+${TYPE_WORD})[ \\t]+${NAME}`, 'u');
const ANY = new RegExp(`(?<![\\p{L}])${TYPE_WORD}[ \\t]+${NAME}`, 'gu');
const WORD_TYPE: Record<string, UnitType> = {
  'THÀNH PHỐ': 'thành phố', 'THỊ XÃ': 'thị xã', 'THỊ TRẤN': 'thị trấn', 'ĐẶC KHU': 'đặc khu', 'TỈNH': 'tỉnh', 'HUYỆN': 'huyện', 'QUẬN': 'quận', 'PHƯỜNG': 'phường', 'XÃ': 'xã',
};

/** Unit mentions of the agency block, issuer and chủ quản lines alike (wrapped lines are read one by one). */
export function agencyMentions(letter: Letter): UnitMention[] {
  const a = letter.agency;
  if (!a) return [];
  const out: UnitMention[] = [];
  const party = letter.family === 'party';
  a.lines.forEach((line, i) => {
    const k = line.key.toLocaleUpperCase('vi');
    if (k.length !== line.key.length) return;
    const prev = i > 0 ? a.lines[i - 1].key.toLocaleUpperCase('vi') : '';
    const mention = (kind: UnitMention['kind'], m: RegExpExecArray, type: UnitType, from = m.index) =>
      out.push({ kind, type, name: m.groups!.name, line, at: [from, m.index + m[0].length] });
    const gov = GOV.exec(k);
    if (gov) return mention('gov', gov, WORD_TYPE[gov.groups!.type], k.indexOf(gov.groups!.type, gov.index));
    const bare = BARE.exec(k);
    if (bare && GOV_ALONE.test(prev)) return mention('gov', bare, WORD_TYPE[bare.groups!.type]);
    const p = PARTY.exec(k);
    if (p) {
      if (party) mention('party', p, p.groups!.committee ? PARTY_COMMITTEE[p.groups!.committee] : WORD_TYPE[p.groups!.type]);
      return;
    }
    for (const m of k.matchAll(ANY)) mention('other', m as RegExpExecArray, WORD_TYPE[m.groups!.type]);
  });
  return out;
}

/** The province P of the letter on `date`: the provincial unit named in the agency block (one valid on the date
 * first), else the configured province. */
export function letterProvince(mentions: UnitMention[], date: string, configured?: string): AdminUnit | undefined {
  let ended: AdminUnit | undefined;
  for (const m of mentions) {
    if (m.type !== 'tỉnh' && m.type !== 'thành phố') continue;
    const units = findUnit(m.name, { type: m.type, level: 'province' });
    const valid = units.find(u => validOn(u, date));
    if (valid) return valid;
    ended ??= units.find(u => u.validTo !== null && u.validTo <= date);
  }
  if (ended) return ended;
  if (configured) return findUnit(configured, { level: 'province', date })[0];
  return undefined;
}
