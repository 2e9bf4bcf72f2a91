import { DIEM_ORDER, nextDiem } from '../../core/patterns.js';
import type { Item } from '../../core/model.js';
import { replaceIn, spanOf, vi, type Edit, type Rule } from '../../core/rule.js';

const VALID = new Set(DIEM_ORDER);

const rule: Rule = {
  id: 'NB-03',
  alias: 'diem-order',
  title: vi('Thứ tự điểm sai bảng chữ cái tiếng Việt', 'Point letters out of Vietnamese alphabetical order'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm đ',
  severity: 'error',
  fixable: true,
  description: vi(
    'Các điểm đánh thứ tự bằng chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (không có f, j, w, z; đ đứng sau d), bắt đầu lại từ a trong mỗi khoản, mục, điều. Sau chữ cái là dấu ngoặc đơn "a)", không viết "a.".',
    'Points are lettered in Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z; đ follows d), restarting at a under each parent. The letter is followed by ")" ("a)"), not ".".',
  ),
  check({ letter, report }) {
    const where = (it: Item) => {
      const line = it.paragraph.lines[0];
      const at = line.key.indexOf(it.value + (it.kind === 'diem-dot' ? '.' : ')'));
      return { line, at, span: spanOf(line, at, at + 2) };
    };
    // One slip, one finding: the first point out of sequence is reported once, and its fix letters it and every
    // point after it in the run again, so applying it leaves the whole run right.
    const visit = (items: Item[]) => {
      let expected: string | undefined = 'a';
      let reported = false;
      const run = items.filter((it) => it.kind === 'diem' || it.kind === 'diem-dot');
      run.forEach((it, idx) => {
        const { line, at, span } = where(it);
        if (it.kind === 'diem-dot') {
          report({
            span,
            severity: 'warning',
            message: vi(
              `Điểm đánh dấu "${it.value}.": dùng chữ cái và dấu ngoặc đơn "${it.value})" (dấu chấm dành cho khoản "1.").`,
              `Point marked "${it.value}.": write "${it.value})".`,
            ),
            fix: {
              title: vi(`Viết "${it.value})"`, `Write "${it.value})"`),
              edits: [replaceIn(line, at + 1, at + 2, ')')],
            },
          });
        }
        if (reported || !expected) return;
        if (VALID.has(it.value) && it.value === expected) {
          expected = nextDiem(it.value);
          return;
        }
        reported = true;
        const edits: Edit[] = [];
        let want: string | undefined = expected;
        for (const later of run.slice(idx)) {
          if (!want) break;
          const w = where(later);
          if (later.value !== want) edits.push(replaceIn(w.line, w.at, w.at + 1, want));
          want = nextDiem(want);
        }
        const fix = {
          title: vi(
            `Đổi thành "${expected})"${edits.length > 1 ? ' và đánh lại các điểm sau' : ''}`,
            `Rename to "${expected})"${edits.length > 1 ? ' and re-letter the points after it' : ''}`,
          ),
          edits,
        };
        if (!VALID.has(it.value)) {
          report({
            span,
            message: vi(
              `"${it.value})" không có trong bảng chữ cái tiếng Việt dùng để đánh điểm (không dùng f, j, w, z); điểm này phải là "${expected})".`,
              `"${it.value})" is not a Vietnamese point letter (no f, j, w, z); expected "${expected})".`,
            ),
            fix,
          });
        } else {
          report({
            span,
            message: vi(
              `Điểm "${it.value})" sai thứ tự: sau ${expected === 'a' ? 'đầu khoản' : `"${DIEM_ORDER[DIEM_ORDER.indexOf(expected) - 1]})"`} phải là "${expected})".`,
              `Point "${it.value})" is out of order: expected "${expected})".`,
            ),
            fix,
          });
        }
      });
      for (const it of items) visit(it.children);
    };
    visit(letter.items);
    visit(letter.annexItems);
  },
};
export default rule;
