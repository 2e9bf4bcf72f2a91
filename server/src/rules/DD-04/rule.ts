import { R } from '../../core/patterns.js';
import { memoByText, replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';
import type { Letter } from '../../core/model.js';
import { foldTones } from '../../core/source.js';
import { findUnit, GAZETTEER_META, nearNames, placeName, unitLabel, validOn } from '../../core/gazetteer/index.js';
import { agencyMentions, letterProvince, unmappedProvince } from '../../core/places.js';
import { dmy, letterDate } from '../../core/letterdate.js';

const GENERIC = 'THÀNH PHỐ|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|TỈNH|HUYỆN|QUẬN|PHƯỜNG|XÃ(?![ \\t]+HỘI(?![\\p{L}]))';
// CQ-05: the administrative unit in an agency name ("UBND THỊ XÃ ĐỨC PHỔ" → THỊ XÃ / ĐỨC PHỔ)
const UNIT = new RegExp(
  `(?<![\\p{L}])(?<gen>${GENERIC})[ \\t]+(?<name>[\\p{Lu}\\p{N}][\\p{Lu}\\p{N} '’-]*?)[ \\t]*(?:[,.;(]|$)`,
  'u',
);
const SUBORDINATE = /^(?:SỞ|PHÒNG|VĂN PHÒNG|CHI CỤC|TRUNG TÂM|BAN|TRƯỜNG|THANH TRA|ĐÀI|BỆNH VIỆN)(?![\p{L}])/u;
const BODY_WORD =
  /(?<![\p{L}])(?:SỞ|PHÒNG|VĂN PHÒNG|CHI CỤC|CỤC|TRUNG TÂM|BAN|TRƯỜNG|THANH TRA|BỆNH VIỆN|BỘ|ỦY BAN|UBND)(?![\p{L}])/u;
const PLACE_GENERIC = /^(?:Thành phố|Thị xã|Thị trấn|Quận|Huyện|Phường|Xã|Đặc khu|Tỉnh)[ \t]+/iu;
const ABBR = /^(?:TP|Tp|TX|Tx|TT|Q|H|P|X)\.?[ \t]*(?=\p{Lu})/u;
/** Units named after a person or an event keep the generic word ("Thành phố Hồ Chí Minh"). */
const NAMED = /^(?:Hồ Chí Minh|Điện Biên Phủ|Trần Văn Thời|Lê Lợi|Nguyễn Trãi|Quang Trung|Trần Hưng Đạo)$/iu;
/** A name that may be a person's (a common family name and a given name: Xã Nguyễn Nghiêm, Xã Hoàng Hoa Thám): the
 * generic word may be right, so it is never removed by a fix. */
const PERSON_LIKE =
  /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Lương|Mạc|Tôn|Đào|Triệu|Châu|Trương|Cao|Kim|Mai|Tạ|Phùng|La)[ \t]+\p{Lu}/u;

const cmp = (s: string) => foldTones(s.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
const title = (s: string) =>
  s
    .toLocaleLowerCase('vi')
    .replace(/(^|[ \t-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toLocaleUpperCase('vi'));

interface Unit {
  generic: string;
  name: string; // upper case, as in the agency block
  /** Taken from the chủ quản line (the issuer is a sở, phòng … of that unit). */
  viaParent?: boolean;
}

function unitOf(s: string | null | undefined): Unit | null {
  if (!s) return null;
  const m = UNIT.exec(s.toLocaleUpperCase('vi'));
  if (!m) return null;
  return { generic: m.groups!.gen, name: m.groups!.name.trim() };
}

const RANK: Record<string, number> = {
  TỈNH: 1,
  'THÀNH PHỐ': 1.5,
  HUYỆN: 2,
  QUẬN: 2,
  'THỊ XÃ': 2,
  'ĐẶC KHU': 2,
  XÃ: 3,
  PHƯỜNG: 3,
  'THỊ TRẤN': 3,
};

/** CQ-05: the unit whose name the địa danh should carry. */
export function agencyUnit(letter: Letter): Unit | null {
  const a = letter.agency;
  if (!a) return null;
  const own = unitOf(a.name);
  // a chủ quản over two lines of two bodies ("UBND TỈNH B" ⏎ "SỞ TÀI CHÍNH"): joined, the unit's name runs on into
  // the next body's name; read it line by line then, the nearest (lowest) line that names a unit first
  let parent = unitOf(a.parent);
  if (parent && a.parentLines.length > 1 && BODY_WORD.test(parent.name))
    parent =
      [...a.parentLines]
        .reverse()
        .map((l) => unitOf(l.text))
        .find((u) => u) ?? parent;
  // a subordinate body takes its parent's unit, unless its own name carries a more local one ("BAN CHỈ HUY QUÂN SỰ
  // HUYỆN A" under "BỘ CHỈ HUY QUÂN SỰ TỈNH B" sits in huyện A)
  if (parent && own && RANK[own.generic] > RANK[parent.generic]) return own;
  if (parent && (SUBORDINATE.test(a.name.toLocaleUpperCase('vi')) || !own)) return { ...parent, viaParent: true };
  return own;
}

/** The place forms accepted for a unit: its proper name, or the full name for numbered/person-named units. */
function accepted(u: Unit): string[] {
  const name = title(u.name);
  const g = u.generic.toLocaleLowerCase('vi');
  const full = `${g[0].toLocaleUpperCase('vi')}${g.slice(1)} ${/^\d/.test(u.name) ? u.name : name}`;
  // a numbered or person-named unit keeps the generic word: "Phường 3", "Thành phố Hồ Chí Minh" (not "Hồ Chí Minh")
  if (/^\d+$/.test(u.name) || NAMED.test(name)) return [full];
  return [name];
}

const rule: Rule = {
  id: 'DD-04',
  alias: 'date-place',
  title: vi('Địa danh không đúng', 'Wrong place name'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm a, c',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Địa danh là tên riêng của đơn vị hành chính nơi cơ quan đóng trụ sở, viết hoa chữ cái đầu mỗi âm tiết, không kèm chữ chỉ cấp (tỉnh, huyện, thị xã …) và không viết tắt (TP., TX.); đơn vị đặt theo số, tên người hoặc sự kiện giữ tên đầy đủ (Quận 1, Thành phố Hồ Chí Minh). Địa danh phải khớp đơn vị hành chính trong tên cơ quan ban hành.',
    'The place is the proper name of the administrative unit where the body sits, each syllable capitalised, without the generic word (tỉnh, huyện, thị xã …) or an abbreviation (TP., TX.); units named after a number, a person or an event keep their full name (Quận 1, Thành phố Hồ Chí Minh). It must match the unit in the issuing body’s name.',
  ),
  check({ letter, profile, today, report }) {
    const d = letter.date;
    if (!d || !d.place) return;
    const line = d.line;
    const place = d.place;
    const [p0] = d.placeAt;
    const p1 = p0 + place.length;
    const span = spanOf(line, p0, p1);
    const unit = agencyUnit(letter);
    const want = profile.place ? [profile.place] : unit ? accepted(unit) : null;
    const replace = (to: string, t: [string, string]) => ({
      title: vi(t[0], t[1]),
      edits: [replaceIn(line, p0, p1, to)],
    });

    // 1. form of the name
    const abbr = ABBR.exec(place);
    if (abbr) {
      const rest = place.slice(abbr[0].length);
      // an acronym of the name ("TP.HCM", "TP. HN") is no name at all: write the agency's place when it is known
      const acronym = /^\p{Lu}{2,4}$/u.test(rest);
      const to = acronym
        ? (want?.[0] ?? null)
        : /^(?:TP|Tp)$/u.test(abbr[0].replace(/[. \t]/g, '')) && NAMED.test(rest)
          ? `Thành phố ${rest}`
          : rest;
      if (to === null) {
        report({
          span,
          message: vi(
            `Địa danh không viết tắt: ghi đầy đủ tên riêng của đơn vị hành chính, không viết "${place}".`,
            `The place is not abbreviated: write the unit's full proper name, not "${place}".`,
          ),
        });
        return;
      }
      report({
        span,
        message: vi(
          `Địa danh không viết tắt và không kèm chữ chỉ cấp hành chính: viết "${to}", không viết "${place}".`,
          `The place is not abbreviated and carries no generic word: write "${to}", not "${place}".`,
        ),
        fix: replace(to, [`Viết "${to}"`, `Write "${to}"`]),
      });
      return;
    }
    const gen = PLACE_GENERIC.exec(place);
    if (gen) {
      const rest = place.slice(gen[0].length);
      // v2 info: many units are now named after people or numbers, and the linter has no list of them
      if (!/\d/.test(rest) && !NAMED.test(rest)) {
        const ok = !want || want.some((w) => cmp(w) === cmp(rest));
        report({
          span,
          severity: 'info',
          message: vi(
            `Địa danh chỉ ghi "${gen[0].trim()} …" khi đơn vị hành chính được đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử; nếu không, viết "${rest}".`,
            `The place carries "${gen[0].trim()} …" only when the unit is named after a person, a number or a historical event; otherwise write "${rest}".`,
          ),
          ...(ok && R.PLACE.test(rest) && !PERSON_LIKE.test(rest)
            ? { fix: replace(rest, [`Viết "${rest}"`, `Write "${rest}"`]) }
            : {}),
        });
        return;
      }
    }
    // the map on the letter's date (catalogue §3.4 DD-04 (d)); a name the map knows passes the shape check
    const date = letterDate(letter, today);
    const mentions = agencyMentions(letter);
    const province = letterProvince(mentions, date.to, profile.province);
    const named = findUnit(place, province ? { province } : {});
    const valid = named.filter((u) => validOn(u, date.to));
    // written exactly as the map writes it (case included): KBang, Ia H' Drai, Phường IV pass the shape check
    const bare = gen ? place.slice(gen[0].length) : place;
    const exact = valid.some((u) => [u.name, ...u.aliases].some((n) => foldTones(n) === foldTones(bare)));
    // a province the map does not know (a foreign or made-up one): the map cannot judge its places
    const unmapped = !province && unmappedProvince(mentions);
    if (!exact && !R.PLACE.test(place)) {
      const cased = title(place);
      const caseOnly = R.PLACE.test(cased) && cmp(cased) === cmp(place);
      report({
        span,
        message: caseOnly
          ? vi(
              `Địa danh viết hoa chữ cái đầu của mỗi âm tiết: viết "${cased}", không viết "${place}".`,
              `Each syllable of the place name is capitalised: write "${cased}", not "${place}".`,
            )
          : vi(
              `Địa danh "${place}" không phải là tên riêng của một đơn vị hành chính (ví dụ "Quảng Ngãi", "Quận 1").`,
              `"${place}" is not the proper name of an administrative unit (e.g. "Quảng Ngãi", "Quận 1").`,
            ),
        ...(caseOnly ? { fix: replace(cased, [`Viết "${cased}"`, `Write "${cased}"`]) } : {}),
      });
      return;
    }
    // a place that ended before the letter's date is DD-06's
    if (!valid.length && named.some((u) => u.validTo !== null && u.validTo <= date.to)) return;
    if (!valid.length && !unmapped) {
      const later = named.filter((u) => u.validFrom !== null && u.validFrom > date.to);
      if (later.length && !named.some((u) => u.validTo !== null && u.validTo <= date.to)) {
        const from = later.map((u) => u.validFrom!).sort()[0];
        report({
          span,
          severity: 'info',
          message: vi(
            `${unitLabel(later[0])} có từ ngày ${dmy(from)}; văn bản ${date.label.vi} — kiểm tra lại ngày hoặc địa danh.`,
            `${unitLabel(later[0])} exists from ${dmy(from)}; the document: ${date.label.en} — check the date or the place.`,
          ),
        });
        return;
      }
      if (!named.length) {
        // older maps are not in the data: before the first snapshot only a near miss is worth a word
        const on = date.to < GAZETTEER_META.firstDate ? GAZETTEER_META.firstDate : date.to;
        const near = memoByText('DD-04 near', `${place}|${province?.code ?? ''}|${on}`, () =>
          nearNames(place, { ...(province ? { province: province.code } : {}), date: on }),
        );
        if (near.length || date.to >= GAZETTEER_META.firstDate) {
          const names = [...new Set(near.map(placeName))].slice(0, 3);
          report({
            span,
            severity: 'info',
            message: vi(
              `Địa danh "${place}" không có trong danh mục đơn vị hành chính${province ? ` của ${unitLabel(province)}` : ''} (dữ liệu đến ${GAZETTEER_META.currentTo})${names.length ? `; có phải "${names.join('", "')}"?` : '.'}`,
              `"${place}" is not in the list of administrative units${province ? ` of ${unitLabel(province)}` : ''} (data current to ${GAZETTEER_META.currentTo})${names.length ? `; did you mean "${names.join('", "')}"?` : '.'}`,
            ),
            ...(names.length === 1 && near.length === 1 && cmp(names[0]) !== cmp(place) && !want
              ? { fix: replace(names[0], [`Viết "${names[0]}"`, `Write "${names[0]}"`]) }
              : {}),
          });
          return;
        }
      }
    }
    // a unit named with a number (or Hồ Chí Minh) keeps its generic word: "Phường Hà Giang 2", not "Hà Giang 2"
    if (!gen && valid.length) {
      const full = [...new Set(valid.filter((u) => /\d/.test(u.name) || NAMED.test(u.name)).map(placeName))];
      if (full.length && full.length === new Set(valid.map(placeName)).size && full.every((f) => f !== place)) {
        report({
          span,
          severity: 'info',
          message: vi(
            `Đơn vị hành chính đặt bằng chữ số hoặc theo tên người ghi tên gọi đầy đủ: "${full.join('" hoặc "')}".`,
            `A unit named with a number or after a person is written with its full name: "${full.join('" or "')}".`,
          ),
          ...(full.length === 1 ? { fix: replace(full[0], [`Viết "${full[0]}"`, `Write "${full[0]}"`]) } : {}),
        });
        return;
      }
    }
    // 2. the unit the agency belongs to (or the configured place)
    if (!want || want.some((w) => cmp(w) === cmp(place))) return;
    const rel = profile.place
      ? []
      : letter.agency
        ? [{ span: spanOf(letter.agency.lines[0], 0), message: vi('Tên cơ quan ban hành', 'Issuing body') }]
        : [];
    report({
      span,
      // v2: for a body under a chủ quản the expected place is practice (the province name for a sở): info
      ...(!profile.place && unit?.viaParent ? { severity: 'info' as const } : {}),
      message: profile.place
        ? vi(
            `Địa danh của cơ quan (theo cấu hình) là "${profile.place}", văn bản ghi "${place}".`,
            `The agency's place (from the configuration) is "${profile.place}"; the document reads "${place}".`,
          )
        : vi(
            `Địa danh "${place}" không khớp đơn vị hành chính của cơ quan ban hành (${unit!.generic.toLocaleLowerCase('vi')} ${title(unit!.name)}): địa danh là nơi cơ quan đóng trụ sở, ở đây là "${want[0]}".`,
            `The place "${place}" does not match the issuing body's unit (${unit!.generic.toLocaleLowerCase('vi')} ${title(unit!.name)}): the place is where the body sits, here "${want[0]}".`,
          ),
      related: rel,
      ...(profile.place
        ? { fix: replace(profile.place, [`Viết "${profile.place}"`, `Write "${profile.place}"`]) }
        : // the generic word dropped from "Phường 3", "Thành phố Hồ Chí Minh": only the generic word is put back (an
          // agency name misread as "Kim Bôi Xã Kim Bôi" is no place to write)
          cmp(want[0].replace(PLACE_GENERIC, '')) === cmp(place) && PLACE_GENERIC.test(want[0])
          ? { fix: replace(want[0], [`Viết "${want[0]}"`, `Write "${want[0]}"`]) }
          : {}),
    });
  },
};
export default rule;
