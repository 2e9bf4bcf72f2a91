import { memoByText, vi, type Rule } from '../../core/rule.js';

// TCVN3 (ABC) byte → letter, for bytes that differ from their Windows-1252/Latin-1 reading.
const TCVN3_PAIRS =
  '\u00a1Ă\u00a2Â\u00a3Ê\u00a4Ô\u00a5Ơ\u00a6Ư\u00a7Đ\u00a8ă\u00a9â\u00aaê\u00abô\u00acơ\u00adư\u00aeđ' +
  '\u00b5à\u00b6ả\u00b7ã\u00b8á\u00b9ạ\u00bbằ\u00bcẳ\u00bdẵ\u00beắ\u00c6ặ\u00c7ầ\u00c8ẩ\u00c9ẫ\u00caấ\u00cbậ' +
  '\u00ccè\u00ceẻ\u00cfẽ\u00d0é\u00d1ẹ\u00d2ề\u00d3ể\u00d4ễ\u00d5ế\u00d6ệ\u00d7ì\u00d8ỉ\u00dcĩ\u00ddí\u00deị' +
  '\u00dfò\u00e1ỏ\u00e2õ\u00e3ó\u00e4ọ\u00e5ồ\u00e6ổ\u00e7ỗ\u00e8ố\u00e9ộ\u00eaờ\u00ebở\u00ecỡ\u00edớ\u00eeợ' +
  '\u00efù\u00f1ủ\u00f2ũ\u00f3ú\u00f4ụ\u00f5ừ\u00f6ử\u00f7ữ\u00f8ứ\u00f9ự\u00faỳ\u00fbỷ\u00fcỹ\u00fdý\u00feỵ';
const TCVN3 = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3.set(TCVN3_PAIRS[i], TCVN3_PAIRS[i + 1]);

// VNI-Windows: base letter + modifier byte(s); a few bytes are letters of their own.
const VNI_LETTER: Record<string, string> = {
  ô: 'ơ',
  Ô: 'Ơ',
  ö: 'ư',
  Ö: 'Ư',
  ñ: 'đ',
  Ñ: 'Đ',
  æ: 'ỉ',
  Æ: 'Ỉ',
  ó: 'ĩ',
  Ó: 'Ĩ',
  ò: 'ị',
  Ò: 'Ị',
};
const TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const CIRC: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const BREVE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };

function decodeTcvn3(s: string): string {
  return [...s].map((c) => TCVN3.get(c) ?? c).join('');
}

function decodeVni(s: string): string {
  let out = '';
  for (const c of s) {
    const lc = c.toLowerCase();
    const prev = out.slice(-1);
    const parts = prev.normalize('NFD');
    const base = parts[0]?.toLowerCase() ?? '';
    const marked = /[\u0302\u0306\u031b]/.test(parts);
    const toned = /[\u0300\u0301\u0303\u0309\u0323]/.test(parts);
    if (/[aeo]/.test(base) && lc in CIRC && !marked && !toned) {
      out = out.slice(0, -1) + (prev + '\u0302' + CIRC[lc]).normalize('NFC');
      continue;
    }
    if (base === 'a' && lc in BREVE && !marked && !toned) {
      out = out.slice(0, -1) + (prev + '\u0306' + BREVE[lc]).normalize('NFC');
      continue;
    }
    if (/[aeiouy]/.test(base) && lc in TONE && !toned) {
      out = out.slice(0, -1) + (prev + TONE[lc]).normalize('NFC');
      continue;
    }
    out += VNI_LETTER[c] ?? c;
  }
  return out.normalize('NFC');
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const NUCLEI =
  'iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?(?:${NUCLEI})(?:ch|ng|nh|[cmnpt])?$`,
  'u',
);

/** Could `w` be one Vietnamese syllable (one tone mark at most)? */
export function plausible(w: string): boolean {
  const d = w.toLocaleLowerCase('vi').normalize('NFD');
  const tones = d.match(TONES)?.length ?? 0;
  if (tones > 1) return false;
  const bare = d.replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

/** A word read wrongly: pure 8-bit, not Vietnamese as it stands, Vietnamese once decoded. */
function readings(tok: string): { tcvn3?: string; vni?: string } | null {
  return memoByText('TXT-02 word', tok, wordReadings);
}

function wordReadings(tok: string): { tcvn3?: string; vni?: string } | null {
  if (!/[a-zA-Z]/.test(tok) || !/[\u00a0-\u00ff]/.test(tok) || /[\u0100-\uffff]/.test(tok)) return null;
  const caseAnomaly = /\p{Ll}[\u00c0-\u00de]/u.test(tok);
  if (plausible(tok) && !caseAnomaly) return null;
  const t = decodeTcvn3(tok);
  const v = decodeVni(tok);
  const r: { tcvn3?: string; vni?: string } = {};
  if (t !== tok && plausible(t)) r.tcvn3 = t;
  if (v !== tok && plausible(v)) r.vni = v;
  return r.tcvn3 || r.vni ? r : null;
}

const TOKEN = /[\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/gu;

interface LegacyRun {
  a: number;
  b: number;
  found: string;
  reading: string | null;
  name: string;
}

/** Runs of legacy-font text in one source line (offsets in the line). */
function legacyRuns(text: string): LegacyRun[] {
  const out: LegacyRun[] = [];
  const toks = [...text.matchAll(TOKEN)].map((m) => ({
    a: m.index!,
    b: m.index! + m[0].length,
    s: m[0],
    r: readings(m[0]),
  }));
  let i = 0;
  while (i < toks.length) {
    if (!toks[i].r) {
      i++;
      continue;
    }
    // extend over following seeds, and over plain tokens lying between two seeds
    let j = i;
    for (let k = i + 1; k < toks.length; k++) {
      if (!/^[ \t]+$/.test(text.slice(toks[k - 1].b, toks[k].a))) break;
      if (/[\u0100-\uffff]/.test(toks[k].s)) break;
      if (toks[k].r) j = k;
    }
    const run = toks.slice(i, j + 1);
    const seeds = run.filter((t) => t.r);
    const enc = seeds.every((t) => t.r!.tcvn3) ? 'tcvn3' : seeds.every((t) => t.r!.vni) ? 'vni' : 'mixed';
    const found = text.slice(run[0].a, run[run.length - 1].b);
    const decode = enc === 'vni' ? decodeVni : decodeTcvn3;
    const reading = enc === 'mixed' ? null : found.replace(TOKEN, (w) => decode(w));
    const name = enc === 'tcvn3' ? 'TCVN3 (ABC)' : enc === 'vni' ? 'VNI' : 'TCVN3/VNI';
    out.push({ a: run[0].a, b: run[run.length - 1].b, found, reading, name });
    i = j + 1;
  }
  return out;
}

const rule: Rule = {
  id: 'TXT-02',
  alias: 'legacy-encoding',
  title: vi('Lẫn văn bản mã phông cũ (TCVN3, VNI)', 'Legacy 8-bit font text (TCVN3, VNI)'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục I, khoản 4 (TCVN 6909:2001)',
  severity: 'warning',
  families: ['state', 'party'],
  description: vi(
    'Văn bản phải dùng bảng mã Unicode (TCVN 6909:2001). Chuỗi ký tự lạ như "s¸ch", "nh©n" (mã TCVN3/ABC) hoặc "nhaân" (mã VNI) cho thấy đoạn văn được dán từ tài liệu gõ bằng phông cũ; bản in sẽ hiện ký tự rác. Hãy chuyển mã đoạn đó sang Unicode.',
    'Documents must use Unicode (TCVN 6909:2001). Odd sequences such as "s¸ch", "nh©n" (TCVN3/ABC) or "nhaân" (VNI) show text pasted from a document typed in a legacy font; the printout would show garbage. Convert that text to Unicode.',
  ),
  check({ letter, report }) {
    const src = letter.src;
    for (let ln = 0; ln < src.lineCount; ln++) {
      const text = src.lineText(ln);
      if (!/[\u00a0-\u00ff]/.test(text)) continue;
      const lineStart = src.lineStarts[ln];
      for (const r of memoByText('TXT-02', text, legacyRuns)) {
        report({
          span: { start: lineStart + r.a, end: lineStart + r.b },
          message: vi(
            `"${r.found}" là chữ gõ bằng phông mã cũ ${r.name} bị dán vào văn bản Unicode${r.reading ? ` (có lẽ là "${r.reading}")` : ''}: chuyển mã đoạn này sang Unicode.`,
            `"${r.found}" is text typed in a legacy ${r.name} font pasted into Unicode text${r.reading ? ` (probably "${r.reading}")` : ''}: convert it to Unicode.`,
          ),
        });
      }
    }
  },
};
export default rule;
