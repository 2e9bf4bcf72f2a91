import { R } from '../../core/patterns.js';
import { insertAt, replaceIn, spanOf, vi, type Edit, type Rule } from '../../core/rule.js';
import { endAt } from '../../core/source.js';

const WORD = /^k[ií]nh[ \t]*g[ửởưu]i/iu;

const rule: Rule = {
  id: 'KG-02',
  alias: 'kinh-gui-colon',
  title: vi('"Kính gửi" thiếu dấu hai chấm', '"Kính gửi" without its colon'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'error',
  fixable: true,
  description: vi(
    'Dòng nơi nhận trực tiếp viết đúng "Kính gửi:" (chữ K hoa, dấu hai chấm liền sau chữ "gửi", một khoảng trắng trước tên cơ quan nhận).',
    'The addressee line reads exactly "Kính gửi:" (capital K, colon right after "gửi", one space before the addressee).',
  ),
  check({ letter, report }) {
    const kg = letter.kinhGui;
    if (!kg) return;
    const line = kg.head;
    const k = line.key;
    if (R.KINHGUI.test(k)) return;
    const w = WORD.exec(k);
    if (!w) return;
    const edits: Edit[] = [];
    const wEnd = w[0].length;
    if (line.text.slice(0, wEnd) !== 'Kính gửi') edits.push(replaceIn(line, 0, wEnd, 'Kính gửi'));
    const after = /^([ \t]*)(:?)([ \t]*)/u.exec(k.slice(wEnd))!;
    const [, sp1, colon, sp2] = after;
    const restAt = wEnd + after[0].length;
    const hasRest = restAt < k.length;
    const rawOf = (a: number, b: number) => {
      const s = spanOf(line, a, b);
      return line.raw.slice(s.start - line.start, s.end - line.start);
    };
    if (colon) {
      if (sp1 && /^[ \t]+$/.test(rawOf(wEnd, wEnd + sp1.length)))
        edits.push(replaceIn(line, wEnd, wEnd + sp1.length, ''));
      if (!sp2 && hasRest) edits.push(insertAt(endAt(line, restAt - 1), ' '));
    } else {
      edits.push(insertAt(endAt(line, wEnd - 1), ':'));
      if (sp1 && /^[ \t]+$/.test(rawOf(wEnd, wEnd + sp1.length)) && !hasRest)
        edits.push(replaceIn(line, wEnd, wEnd + sp1.length, ''));
      if (!sp1 && hasRest) edits.push(insertAt(endAt(line, wEnd - 1), ' '));
    }
    const found = line.text.slice(0, restAt).trim();
    report({
      span: spanOf(line, 0, Math.max(wEnd, restAt - (hasRest ? sp2.length : 0))),
      message: vi(
        `Phải viết "Kính gửi:" (dấu hai chấm liền sau "gửi"), thấy "${found}".`,
        `Write "Kính gửi:" (colon right after "gửi"), found "${found}".`,
      ),
      fix: edits.length
        ? { title: vi('Sửa thành "Kính gửi:"', 'Write "Kính gửi:"'), edits: mergeInserts(edits) }
        : undefined,
    });
  },
};

/** Two inserts at one offset would be dropped as overlapping: merge them. */
function mergeInserts(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const same = out.find((o) => o.length === 0 && e.length === 0 && o.offset === e.offset);
    if (same) same.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}
export default rule;
