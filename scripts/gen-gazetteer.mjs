// Derives the project's date-keyed gazetteer (server/src/core/gazetteer/data.ts) from the upstream snapshots and the
// 01/07/2025 mapping in ../shared/data/gazetteer/ (see its README). Run: `node scripts/gen-gazetteer.mjs [sourceDir]`;
// `--check` prints the derived text to stdout instead of writing it (the drift test compares it to the committed file).
//
// Encoding (one line per unit, tab-separated; dates are indexes into META.dates, empty = open end):
//   code  type  name  province  district  from  to  successors  aliases
// type: T tỉnh, C thành phố trực thuộc trung ương, h huyện, q quận, x thị xã, c thành phố (cấp huyện),
//       a xã, p phường, t thị trấn, d đặc khu. `from` empty: "valid at least since" the first snapshot.
// successors: codes of the units that took over on `to` (a 2-digit code is a province, 5 digits a commune), the
// district's heir (same proper name) first and marked `*`. aliases: other spellings of the name ("Hoà"/"Hòa", "|").
// keys: the folded lookup keys of the name and its aliases (foldName below, "|"), left out when the only key is the
// name in lower case — so nothing is folded when the data is loaded.
// Then LINES, where each line starts in UNITS (4 base-36 digits per line), and three indexes, so a lookup is a binary
// search and nothing is built at load; each entry starts with a line number, 3 base-36 digits. NAME_INDEX: 4 digits
// per (unit, key) — the line and which of its keys — sorted by key, then line; CODE_INDEX: the units sorted by code,
// then line; PROVINCE_INDEX: the units of the latest map sorted by their province's code ('' for a province), then
// line. Keys and codes compare as JS strings (UTF-16 code units).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
/** The shared folder sits beside the checkout (or beside the folder of worktrees). */
function findSource() {
  for (let dir = join(root, '..'); ; dir = dirname(dir)) {
    const cand = join(dir, 'shared', 'data', 'gazetteer');
    if (existsSync(cand)) return cand;
    if (dirname(dir) === dir) return join(root, '..', 'shared', 'data', 'gazetteer');
  }
}
const src = args.find((a) => !a.startsWith('--')) ?? findSource();
const OUT = join(root, 'server', 'src', 'core', 'gazetteer', 'data.ts');
if (!existsSync(join(src, 'snapshots'))) {
  console.error(`gen-gazetteer: no source data at ${src} (expected snapshots/ and mapping-2025/)`);
  process.exit(2);
}

/** Snapshots in order, with the date their map took effect (gazetteer README). A later file of the same date
 * replaces the earlier one (spelling corrections become aliases). */
const SNAPSHOTS = [
  ['v2.1.0', '2024-09-01', '1106/NQ-UBTVQH15'],
  ['v2.2.0', '2024-11-01', '1203/NQ-UBTVQH15'],
  ['v2.3.0', '2025-01-01', '1314/NQ-UBTVQH15; 175/2024/QH15'],
  ['v2.4.0', '2025-03-01', '1365/NQ-UBTVQH15'],
  ['v2.4.1', '2025-03-01', '1365/NQ-UBTVQH15'],
  ['v3.0.2', '2025-07-01', '19/2025/QĐ-TTg; 202/2025/QH15; 1654–1687/NQ-UBTVQH15'],
  ['v3.1.0', '2026-04-30', '30/2026/QH16; 237/NQ-UBTVQH16'],
  ['v4.2.0', '2026-04-30', '30/2026/QH16; 237/NQ-UBTVQH16'],
];
const ACTS = {
  '2024-09-01': ['', 'Nghị quyết 1106/NQ-UBTVQH15'],
  '2024-11-01': ['', 'Nghị quyết 1203/NQ-UBTVQH15'],
  '2025-01-01': ['Nghị quyết 175/2024/QH15', 'Nghị quyết 1314/NQ-UBTVQH15'],
  '2025-03-01': ['', 'Nghị quyết 1365/NQ-UBTVQH15'],
  '2025-07-01': ['Nghị quyết 202/2025/QH15', ''],
  '2026-04-30': ['Nghị quyết 30/2026/QH16', 'Nghị quyết 237/NQ-UBTVQH16'],
};
const DATES = [...new Set(SNAPSHOTS.map((s) => s[1]))];
/** The UBTVQH resolution that merged each province's communes on 01/07/2025 (domain-2026 §3.1, from the files'
 * titles), keyed by the new province's name. */
const RESOLUTIONS = {
  'An Giang': 1654,
  'Cà Mau': 1655,
  'Hà Nội': 1656,
  'Cao Bằng': 1657,
  'Bắc Ninh': 1658,
  'Đà Nẵng': 1659,
  'Đắk Lắk': 1660,
  'Điện Biên': 1661,
  'Đồng Nai': 1662,
  'Đồng Tháp': 1663,
  'Gia Lai': 1664,
  'Hà Tĩnh': 1665,
  'Hưng Yên': 1666,
  'Khánh Hòa': 1667,
  'Cần Thơ': 1668,
  'Hải Phòng': 1669,
  'Lai Châu': 1670,
  'Lâm Đồng': 1671,
  'Lạng Sơn': 1672,
  'Lào Cai': 1673,
  'Ninh Bình': 1674,
  Huế: 1675,
  'Phú Thọ': 1676,
  'Quảng Ngãi': 1677,
  'Nghệ An': 1678,
  'Quảng Ninh': 1679,
  'Quảng Trị': 1680,
  'Sơn La': 1681,
  'Tây Ninh': 1682,
  'Thái Nguyên': 1683,
  'Tuyên Quang': 1684,
  'Hồ Chí Minh': 1685,
  'Thanh Hóa': 1686,
  'Vĩnh Long': 1687,
};
const META = {
  source: 'thanglequoc/vietnamese-provinces-database (MIT) @ cd580632; dvhcvn/20250701 (MIT) @ dd94887c',
  currentTo: 'Nghị quyết 30/2026/QH16 và Nghị quyết 237/NQ-UBTVQH16',
  currentFrom: DATES[DATES.length - 1],
  dates: DATES,
  /** the acts behind each date's changes: [province level, lower levels] */
  acts: DATES.map((d) => ACTS[d]),
  /** new province code → its 01/07/2025 commune resolution */
  resolutions: {},
};

const TYPES = [
  ['thành phố', 'C', 'c'],
  ['tỉnh', 'T', 'T'],
  ['huyện', 'h', 'h'],
  ['quận', 'q', 'q'],
  ['thị xã', 'x', 'x'],
  ['thị trấn', 't', 't'],
  ['xã', 'a', 'a'],
  ['phường', 'p', 'p'],
  ['đặc khu', 'd', 'd'],
];
/** "Phường Đức Phổ" → type p, name "Đức Phổ"; `district` picks the district-level letter of "thành phố". */
function split(full, district) {
  const f = full.normalize('NFC').replace(/\s+/g, ' ').trim();
  const low = f.toLocaleLowerCase('vi');
  for (const [word, prov, dist] of TYPES) {
    if (low.startsWith(word + ' ')) return { type: district ? dist : prov, name: f.slice(word.length + 1).trim() };
  }
  throw new Error(`gen-gazetteer: no type word in "${full}"`);
}
/** Identity across snapshots: diacritics and case folded (a spelling correction is the same unit). */
const ident = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('vi')
    .replace(/[\s-]+/g, ' ')
    .trim();

const read = (f) => JSON.parse(readFileSync(join(src, f), 'utf8'));

/** Every unit of one snapshot: {code, type, name, province, district} */
function unitsOf(data) {
  const out = [];
  for (const p of data) {
    const pu = split(p.FullName, false);
    out.push({ code: p.Code, ...pu, province: '', district: '' });
    for (const d of p.District ?? []) {
      out.push({ code: d.Code, ...split(d.FullName, true), province: p.Code, district: '' });
      for (const w of d.Ward ?? [])
        out.push({ code: w.Code, ...split(w.FullName, false), province: p.Code, district: d.Code });
    }
    for (const w of p.Wards ?? [])
      out.push({ code: w.Code, ...split(w.FullName, false), province: p.Code, district: '' });
  }
  return out;
}

// 1. intervals: a record per (code, type, folded name), present over a run of snapshot dates
const byDate = new Map(); // date → units (the last file of that date wins)
for (const [file, date] of SNAPSHOTS) byDate.set(date, unitsOf(read(`snapshots/${file}.json`)));
const records = new Map(); // key → record
const order = [];
META.dates.forEach((date, i) => {
  const seen = new Set();
  for (const u of byDate.get(date)) {
    const key = `${u.code}|${u.type}|${ident(u.name)}|${u.province}|${u.district}`;
    seen.add(key);
    let r = records.get(key);
    if (r && r.to !== null) r = undefined; // the unit came back after a gap: a new record
    if (!r) {
      r = { ...u, names: [u.name], from: i === 0 ? null : i, to: null, successors: [] };
      records.set(key, r);
      order.push(r);
    } else if (!r.names.includes(u.name)) r.names.push(u.name);
    r.name = u.name; // the latest spelling leads
  }
  for (const [key, r] of records) if (r.to === null && !seen.has(key)) r.to = i;
});

// 2. successors
const JULY = META.dates.indexOf('2025-07-01');
const maps = new Map();
const atDate = (i) => {
  if (maps.has(i)) return maps.get(i);
  const m = new Map();
  maps.set(i, m);
  for (const r of order) if ((r.from ?? 0) <= i && (r.to === null || r.to > i)) m.set(`${r.code.length}|${r.code}`, r);
  return m;
};
const splits = read('mapping-2025/splits.json').data;
const july = atDate(JULY);
const oldProvince = new Map(splits.map((p) => [p.level1_id, p]));
const oldCommune = new Map(splits.flatMap((p) => p.level3s.map((w) => [w.level3_id, w])));
for (const r of order) {
  if (r.to === null) continue;
  const next = atDate(r.to);
  if (r.to === JULY) {
    if (r.code.length === 2) r.successors = (oldProvince.get(r.code)?.splits ?? []).map((s) => s.new_id);
    else if (r.code.length === 5) r.successors = (oldCommune.get(r.code)?.splits ?? []).map((s) => s.new_id);
    r.successors = r.successors.filter((c) => july.has(`${c.length}|${c}`));
  } else {
    const same = next.get(`${r.code.length}|${r.code}`);
    if (same) r.successors = [r.code];
    else if (r.code.length === 3) {
      // a district merged into another before 2025 (huyện Đông Sơn → thành phố Thanh Hóa, 01/01/2025): the districts
      // that hold its communes' codes on the next map
      const day = r.to - 1;
      const codes = order
        .filter(
          (w) =>
            w.district === r.code && w.province === r.province && (w.from ?? 0) <= day && (w.to === null || w.to > day),
        )
        .map((w) => w.code);
      r.successors = [...new Set(codes.map((c) => next.get(`5|${c}`)?.district).filter(Boolean))];
    }
  }
}
// a district's successors: the union over its communes; its heir the one of the same proper name
for (const r of order) {
  if (r.code.length !== 3 || r.to !== JULY) continue;
  const communes = order.filter((w) => w.district === r.code && w.province === r.province && w.to === JULY);
  const union = [...new Set(communes.flatMap((w) => w.successors))];
  const province = oldProvince.get(r.province)?.splits[0]?.new_id;
  let heir = union.find((c) => ident(july.get(`5|${c}`).name) === ident(r.name));
  if (!heir && !communes.length && province) {
    // the five ward-less districts (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) → the đặc khu of that name
    heir = [...july.values()].find(
      (w) => w.code.length === 5 && w.province === province && w.type === 'd' && ident(w.name) === ident(r.name),
    )?.code;
  }
  r.successors = heir ? [`*${heir}`, ...union.filter((c) => c !== heir)] : union;
}

for (const r of order) {
  if (r.code.length !== 2 || r.to !== null) continue;
  const n = Object.keys(RESOLUTIONS).find((k) => ident(k) === ident(r.name));
  if (n) META.resolutions[r.code] = `Nghị quyết ${RESOLUTIONS[n]}/NQ-UBTVQH15`;
}
if (Object.keys(META.resolutions).length !== 34)
  throw new Error('gen-gazetteer: a province without its 2025 resolution');

// 3. the text
/** The runtime's foldName (server/src/core/gazetteer/index.ts, with foldTones of core/source.ts): NFC, the decree's
 * tone placement, lower case, one space, `-` without spaces, `’` ≡ `'`. test/gazetteer.test.ts checks that every
 * stored key is what the runtime derives. */
const TONE_A = { à: 'ò', á: 'ó', ả: 'ỏ', ã: 'õ', ạ: 'ọ' };
const TONE_E = { è: 'ò', é: 'ó', ẻ: 'ỏ', ẽ: 'õ', ẹ: 'ọ' };
const TONE_Y = { ỳ: 'ù', ý: 'ú', ỷ: 'ủ', ỹ: 'ũ', ỵ: 'ụ' };
function foldTones(s) {
  return s.replace(/([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}])/gu, (all, v, t) => {
    const lower = t.toLowerCase();
    const isO = v === 'o' || v === 'O';
    const table = isO ? (TONE_A[lower] ? TONE_A : TONE_E[lower] ? TONE_E : null) : TONE_Y[lower] ? TONE_Y : null;
    if (!table) return all;
    const toned = table[lower];
    const base = isO ? (TONE_A[lower] ? 'a' : 'e') : 'y';
    return (v === v.toUpperCase() ? toned.toUpperCase() : toned) + (t !== lower ? base.toUpperCase() : base);
  });
}
const foldName = (s) =>
  foldTones(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s*[-–]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const keysOf = (r) => [...new Set([r.name, ...r.names.filter((n) => n !== r.name)].map(foldName))];

const cell = (v) => (v === null || v === undefined ? '' : String(v));
const lines = order.map((r) => {
  const keys = keysOf(r);
  return [
    r.code,
    r.type,
    r.name,
    r.province,
    r.district,
    cell(r.from),
    cell(r.to),
    r.successors.join(','),
    r.names.filter((n) => n !== r.name).join('|'),
    keys.length === 1 && keys[0] === r.name.toLowerCase() ? '' : keys.join('|'),
  ]
    .join('\t')
    .replace(/\t+$/, '');
});
const body = lines.join('\n');
const offsets = [];
for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) offsets.push(at);
if (body.length > 36 ** 4 || order.length > 36 ** 3)
  throw new Error('gen-gazetteer: the units no longer fit the base-36 widths of the indexes');
const b36 = (n, w) => n.toString(36).padStart(w, '0');
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const nameEntries = order.flatMap((r, i) => keysOf(r).map((k, j) => ({ k, i, j })));
if (nameEntries.some((e) => e.j >= 36)) throw new Error('gen-gazetteer: a unit with more than 36 keys');
nameEntries.sort((a, b) => cmp(a.k, b.k) || a.i - b.i || a.j - b.j);
const lineIndex = offsets.map((o) => b36(o, 4)).join('');
const nameIndex = nameEntries.map((e) => b36(e.i, 3) + b36(e.j, 1)).join('');
const sortedBy = (key, keep = () => true) =>
  order
    .map((r, i) => ({ k: key(r), i }))
    .filter((e) => keep(order[e.i]))
    .sort((a, b) => cmp(a.k, b.k) || a.i - b.i)
    .map((e) => b36(e.i, 3))
    .join('');
const codeIndex = sortedBy((r) => r.code);
const provinceIndex = sortedBy(
  (r) => r.province,
  (r) => r.to === null,
);
const ts =
  '// Generated by scripts/gen-gazetteer.mjs from the gazetteer snapshots and the 01/07/2025 mapping; do not edit.\n' +
  '// Sources (MIT, notices beside this file): ' +
  META.source +
  '.\n' +
  `export const META = ${JSON.stringify(META)} as const;\n` +
  `export const UNITS = ${JSON.stringify(body)};\n` +
  `export const LINES = ${JSON.stringify(lineIndex)};\n` +
  `export const NAME_INDEX = ${JSON.stringify(nameIndex)};\n` +
  `export const CODE_INDEX = ${JSON.stringify(codeIndex)};\n` +
  `export const PROVINCE_INDEX = ${JSON.stringify(provinceIndex)};\n`;
if (check) process.stdout.write(ts);
else {
  writeFileSync(OUT, ts);
  const counts = {};
  for (const r of order) counts[r.type] = (counts[r.type] ?? 0) + 1;
  console.log(`gen-gazetteer: ${order.length} units, ${(Buffer.byteLength(ts) / 1024).toFixed(0)} KB → ${OUT}`, counts);
}
