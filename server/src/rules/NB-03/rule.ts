import { DIEM_ORDER, nextDiem } from '../../core/patterns.js';
import type { Item } from '../../core/model.js';
import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const VALID = new Set(DIEM_ORDER);

const rule: Rule = {
  id: 'NB-03',
  alias: 'diem-order',
  title: vi('Thứ tự điểm sai bảng chữ cái tiếng Việt', 'Point letters out of Vietnamese alphabetical order'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6',
  severity: 'error',
  fixable: true,
  description: vi(
    'Các điểm đánh thứ tự bằng chữ cái tiếng Việt a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (không có f, j, w, z; đ đứng sau d), bắt đầu lại từ a trong mỗi khoản, mục, điều. Sau chữ cái là dấu ngoặc đơn "a)", không viết "a.".',
    'Points are lettered in Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y (no f, j, w, z; đ follows d), restarting at a under each parent. The letter is followed by ")" ("a)"), not ".".',
  ),
  check({ letter, report }) {
    const visit = (items: Item[]) => {
      let expected: string | undefined = 'a';
      for (const it of items) {
        if (it.kind === 'diem' || it.kind === 'diem-dot') {
          const line = it.paragraph.lines[0];
          const dot = it.kind === 'diem-dot';
          const at = line.key.indexOf(it.value + (dot ? '.' : ')'));
          const span = spanOf(line, at, at + 2);
          if (dot) {
            report({
              span,
              severity: 'warning',
              message: vi(`Điểm đánh dấu "${it.value}.": dùng chữ cái và dấu ngoặc đơn "${it.value})" (dấu chấm dành cho khoản "1.").`, `Point marked "${it.value}.": write "${it.value})".`),
              fix: { title: vi(`Viết "${it.value})"`, `Write "${it.value})"`), edits: [replaceIn(line, at + 1, at + 2, ')')] },
            });
          }
          if (!VALID.has(it.value)) {
            report({
              span,
              message: vi(`"${it.value})" không có trong bảng chữ cái tiếng Việt dùng để đánh điểm (không dùng f, j, w, z); điểm này phải là "${expected})".`, `"${it.value})" is not a Vietnamese point letter (no f, j, w, z); expected "${expected})".`),
              fix: expected ? { title: vi(`Đổi thành "${expected})"`, `Rename to "${expected})"`), edits: [replaceIn(line, at, at + 1, expected)] } : undefined,
            });
            expected = expected ? nextDiem(expected) : undefined;
          } else if (expected && it.value !== expected) {
            report({
              span,
              message: vi(`Điểm "${it.value})" sai thứ tự: sau ${expected === 'a' ? 'đầu khoản' : `"${DIEM_ORDER[DIEM_ORDER.indexOf(expected) - 1]})"`} phải là "${expected})".`, `Point "${it.value})" is out of order: expected "${expected})".`),
              fix: { title: vi(`Đổi thành "${expected})"`, `Rename to "${expected})"`), edits: [replaceIn(line, at, at + 1, expected)] },
            });
            expected = nextDiem(expected);
          } else expected = nextDiem(it.value);
        }
        visit(it.children);
      }
    };
    visit(letter.items);
    visit(letter.annexItems);
  },
};
export default rule;
