import { replaceIn, spanOf, vi, type Rule, type Severity, type Text } from '../../core/rule.js';
import {
  findUnit,
  GAZETTEER_META,
  placeName,
  provinceOf,
  splitType,
  successorOf,
  unitByCode,
  unitLabel,
  validOn,
  type AdminUnit,
} from '../../core/gazetteer/index.js';
import { agencyMentions, letterProvince, unmappedProvince, type UnitMention } from '../../core/places.js';
import { dmy, letterDate, type LetterDate } from '../../core/letterdate.js';
import { R } from '../../core/patterns.js';

/** "thị xã Đức Phổ → phường Đức Phổ, tỉnh Quảng Ngãi (một phần sang phường Trà Câu, …)" */
function succession(u: AdminUnit): { vi: string; en: string; act?: string; heir?: AdminUnit } {
  const s = successorOf(u);
  if (!s || !s.units.length) return { vi: '', en: '', ...(s?.act ? { act: s.act } : {}) };
  const lead = s.heir ?? s.units[0];
  const withProvince = (x: AdminUnit) => {
    const p = x.level === 'province' ? null : unitByCode(x.province, s.date, 'province');
    return p ? `${unitLabel(x)}, ${unitLabel(p)}` : unitLabel(x);
  };
  const others = s.units.filter((x) => x !== lead);
  const rest = others.slice(0, 4).map(unitLabel).join(', ') + (others.length > 4 ? ', …' : '');
  const head = `${unitLabel(u)} → ${withProvince(lead)}`;
  return {
    vi: others.length ? `${head} (${s.heir ? 'một phần sang' : 'và'} ${rest})` : head,
    en: others.length ? `${head} (${s.heir ? 'partly to' : 'and'} ${rest})` : head,
    ...(s.act ? { act: s.act } : {}),
    ...(s.heir ? { heir: s.heir } : {}),
  };
}

interface Verdict {
  /** Units of the name that ended on or before the letter's last possible day. */
  ended: AdminUnit[];
  /** The end falls inside the range of a partial date. */
  inRange: boolean;
}

/** None of `units` is valid on the letter's date, but some ended before it: the DD-06 case. */
function verdict(units: AdminUnit[], d: LetterDate): Verdict | null {
  if (units.some((u) => validOn(u, d.to))) return null;
  const ended = units.filter((u) => u.validTo !== null && u.validTo <= d.to);
  if (!ended.length) return null;
  return { ended, inRange: ended.every((u) => u.validTo! > d.from) };
}

function message(v: Verdict, d: LetterDate): { text: Text; heir?: AdminUnit } {
  const end = v.ended.map((u) => u.validTo!).sort()[0];
  const several = v.ended.length > 1;
  const parts = v.ended.map((u) => {
    const s = succession(u);
    const district = several && u.district ? unitByCode(u.district, prevDay(u.validTo!), 'district') : undefined;
    const where = district ? ` (${unitLabel(district)})` : several ? ` (${unitLabel(provinceOf(u) ?? u)})` : '';
    return { ...s, where, u };
  });
  const name = unitLabel(v.ended[0]);
  const chains = parts.map((p) => (p.vi ? p.vi.replace(unitLabel(p.u), unitLabel(p.u) + p.where) : ''));
  const chainsEn = parts.map((p) => (p.en ? p.en.replace(unitLabel(p.u), unitLabel(p.u) + p.where) : ''));
  const acts = [...new Set(parts.map((p) => p.act).filter(Boolean))];
  const late = d.to > GAZETTEER_META.currentFrom ? ` (theo dữ liệu đến ${GAZETTEER_META.currentTo})` : '';
  const lateEn = d.to > GAZETTEER_META.currentFrom ? ` (data current to ${GAZETTEER_META.currentTo})` : '';
  const by = acts.length ? ` Theo ${acts.join(', ')}${late}.` : late ? ` ${late.trim()}.` : '';
  const byEn = acts.length ? ` By ${acts.join(', ')}${lateEn}.` : lateEn ? ` ${lateEn.trim()}.` : '';
  const chain = chains.filter(Boolean).join('; ');
  const chainEn = chainsEn.filter(Boolean).join('; ');
  const heirs = [...new Set(parts.map((p) => p.heir).filter((h): h is AdminUnit => !!h))];
  return {
    text: vi(
      `Từ ngày ${dmy(end)} không còn ${name} (văn bản ${d.label.vi})${chain ? `: ${chain}` : ''}.${by}`,
      `${name} no longer exists from ${dmy(end)} (the document: ${d.label.en})${chainEn ? `: ${chainEn}` : ''}.${byEn}`,
    ),
    ...(heirs.length === 1 && parts.every((p) => p.heir) ? { heir: heirs[0] } : {}),
  };
}

function prevDay(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** The units a mention may mean: "THÀNH ỦY X" of a province-level city is a Tỉnh ủy, of another city a district's. */
function candidates(m: UnitMention, province: AdminUnit | undefined): AdminUnit[] {
  const own =
    m.type === 'tỉnh' || (m.type === 'thành phố' && findUnit(m.name, { type: m.type, level: 'province' }).length);
  return findUnit(m.name, { type: m.type, ...(province && !own ? { province } : {}) });
}

const rule: Rule = {
  id: 'DD-06',
  alias: 'unit-ceased',
  title: vi(
    'Đơn vị hành chính không còn tồn tại vào ngày ban hành',
    'Administrative unit no longer exists on the date of issue',
  ),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 2 điểm a, khoản 4 điểm a',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Tên cơ quan ban hành là "tên chính thức, đầy đủ" và địa danh là "tên gọi chính thức của đơn vị hành chính nơi cơ quan ban hành văn bản đóng trụ sở": cả hai phải là đơn vị hành chính còn tồn tại vào ngày của văn bản. Từ 01/07/2025 không còn cấp huyện (huyện, quận, thị xã, thành phố thuộc tỉnh) và thị trấn, 63 tỉnh thành 34, các xã được sắp xếp; từ 30/04/2026 tỉnh Đồng Nai thành thành phố Đồng Nai. Thông báo nêu đơn vị kế thừa. Không áp dụng cho văn bản được viện dẫn và cho văn bản ban hành trước ngày thay đổi.',
    'The issuer’s name is its "official, full name" and the place the "official name of the administrative unit where the body sits": both must name units that exist on the document’s date. From 01/07/2025 there is no district level (huyện, quận, thị xã, provincial city) and no thị trấn, 63 provinces became 34 and communes were merged; from 30/04/2026 Đồng Nai province is Đồng Nai city. The message names the successor. Citations of older documents and documents issued before the change are not checked.',
  ),
  check({ letter, mode, profile, today, report }) {
    const d = letterDate(letter, today);
    const mentions = agencyMentions(letter);
    if (unmappedProvince(mentions)) return;
    const province = letterProvince(mentions, d.to, profile.province);
    const severity = (v: Verdict, kind: UnitMention['kind'] | 'place'): Severity =>
      kind === 'other' || v.inRange || (d.assumed && mode === 'draft') ? 'info' : 'warning';

    for (const m of mentions) {
      const v = verdict(candidates(m, province), d);
      if (!v) continue;
      // a public-service unit keeps an old name until it is renamed: only a hint
      report({ span: spanOf(m.line, m.at[0], m.at[1]), message: message(v, d).text, severity: severity(v, m.kind) });
    }

    const date = letter.date;
    if (!date?.place || !R.PLACE.test(date.place.replace(/’/g, "'"))) return;
    const typed = splitType(date.place);
    const units = findUnit(typed ? typed.name : date.place, {
      ...(typed ? { type: typed.type } : {}),
      ...(province ? { province } : {}),
    });
    const v = verdict(units, d);
    if (!v) return;
    const { text, heir } = message(v, d);
    const to = heir ? placeName(heir) : null;
    const [a, b] = date.placeAt;
    // no unit in the block to key the place by (a company, a central body): the name may be meant elsewhere
    const keyed = province || mentions.some((m) => m.kind !== 'other');
    report({
      span: spanOf(date.line, a, b),
      message: text,
      severity: keyed ? severity(v, 'place') : 'info',
      ...(to && to !== date.place
        ? { fix: { title: vi(`Viết "${to}"`, `Write "${to}"`), edits: [replaceIn(date.line, a, b, to)] } }
        : {}),
    });
  },
};
export default rule;
