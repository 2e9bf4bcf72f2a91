import { COPY_CODES, LEGACY_CODES, TYPE_BY_CODE } from '../../core/doctypes.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The configured code closest to `code` (case, tone marks and Đ/D count as small differences). */
function closest(code: string, known: string[]): { code: string; near: boolean } | null {
  let best: { code: string; score: number } | null = null;
  for (const k of known) {
    const score = distance(fold(code), fold(k)) + (code === k ? 0 : 0.5 * (fold(code) === fold(k) ? 1 : 0));
    if (!best || score < best.score) best = { code: k, score };
  }
  if (!best) return null;
  return { code: best.code, near: best.score <= Math.max(1, Math.floor(Math.min(code.length, best.code.length) / 3)) };
}

const isTypeCode = (g: string) => TYPE_BY_CODE.has(g) || !!LEGACY_CODES[g] || !!COPY_CODES[g] || g === 'CV';

const rule: Rule = {
  id: 'SKH-07',
  alias: 'ky-hieu-configured',
  title: vi('Ký hiệu chưa có trong danh mục của cơ quan', 'Symbol code not in the agency’s list'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm b',
  severity: 'info',
  fixable: true,
  description: vi(
    'Chữ viết tắt tên cơ quan và tên các đơn vị soạn thảo do người đứng đầu cơ quan quy định. Khi cấu hình (profile) có danh mục này (issuerCode, unitCodes), ký hiệu không có trong danh mục được báo kèm mã gần nhất.',
    'The codes of the issuing body and its drafting units are fixed by the head of the body. When the profile lists them (issuerCode, unitCodes), a symbol code not in the list is reported with the closest known code.',
  ),
  check({ letter, profile, report }) {
    const so = letter.so;
    if (!so || !so.symbolAt || (so.form !== 'state' && so.form !== 'qppl')) return;
    const issuer = profile.issuerCode;
    const units = profile.unitCodes ?? [];
    if (!issuer && !units.length) return;
    const groups = so.symbol.split('-');
    let pos = so.symbolAt[0];
    const at: [number, number][] = groups.map((g) => {
      const r: [number, number] = [pos, pos + g.length];
      pos += g.length + 1;
      return r;
    });
    // typed: TYPE-ISSUER[-UNIT…]; công văn: ISSUER-UNIT[-…]
    const i0 = isTypeCode(groups[0]) && letter.type !== 'cong-van' ? 1 : 0;
    groups.forEach((g, i) => {
      if (i < i0) return;
      const isIssuer = i === i0;
      const list = isIssuer ? (issuer ? [issuer] : []) : units;
      if (!list.length || list.includes(g)) return;
      // the issuer code in the unit position (or a unit code in the issuer position) is another rule's matter
      if (!isIssuer && issuer === g) return;
      const c = closest(g, list);
      if (!c) return;
      const [a, b] = at[i];
      const role = isIssuer
        ? vi('chữ viết tắt tên cơ quan', 'issuer code')
        : vi('chữ viết tắt tên đơn vị soạn thảo', 'drafting-unit code');
      const listed = list.length > 8 ? list.slice(0, 8).join(', ') + ', …' : list.join(', ');
      report({
        span: spanOf(so.line, a, b),
        message: vi(
          `"${g}" không có trong danh mục ${role.vi} đã cấu hình (${listed})${c.near ? `; có phải "${c.code}"?` : '.'}`,
          `"${g}" is not in the configured list of ${role.en}s (${listed})${c.near ? `; did you mean "${c.code}"?` : '.'}`,
        ),
        ...(c.near
          ? { fix: { title: vi(`Viết "${c.code}"`, `Write "${c.code}"`), edits: [replaceIn(so.line, a, b, c.code)] } }
          : {}),
      });
    });
  },
};
export default rule;
