import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'DD-02',
  alias: 'date-leading-zero',
  title: vi('Ngày, tháng thiếu hoặc thừa số 0', 'Day or month missing or with a needless leading zero'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm b',
  severity: 'error',
  fixable: true,
  description: vi(
    'Ngày nhỏ hơn 10 và tháng 1, 2 phải có số 0 phía trước (ngày 05 tháng 02); các tháng 3 đến 9 không thêm số 0 (tháng 3).',
    'Days below 10 and months 1–2 take a leading zero (ngày 05 tháng 02); months 3–9 do not (tháng 3).',
  ),
  check({ letter, report }) {
    const d = letter.date;
    if (!d) return;
    const line = d.line;
    if (d.day && d.dayAt && /^[1-9]$/.test(d.day)) {
      report({
        span: spanOf(line, ...d.dayAt),
        message: vi(
          `Ngày nhỏ hơn 10 phải có số 0 phía trước: viết "0${d.day}", không viết "${d.day}".`,
          `A day below 10 takes a leading zero: write "0${d.day}", not "${d.day}".`,
        ),
        fix: {
          title: vi(`Viết "0${d.day}"`, `Write "0${d.day}"`),
          edits: [replaceIn(line, d.dayAt[0], d.dayAt[1], '0' + d.day)],
        },
      });
    }
    if (d.month && d.monthAt) {
      if (/^[12]$/.test(d.month)) {
        report({
          span: spanOf(line, ...d.monthAt),
          message: vi(
            `Tháng ${d.month} phải viết có số 0 phía trước: "tháng 0${d.month}".`,
            `Month ${d.month} takes a leading zero: "tháng 0${d.month}".`,
          ),
          fix: {
            title: vi(`Viết "0${d.month}"`, `Write "0${d.month}"`),
            edits: [replaceIn(line, d.monthAt[0], d.monthAt[1], '0' + d.month)],
          },
        });
      } else if (/^0[3-9]$/.test(d.month)) {
        const m = d.month.slice(1);
        report({
          span: spanOf(line, ...d.monthAt),
          severity: 'warning',
          message: vi(
            `Tháng 3 đến tháng 9 không thêm số 0: viết "tháng ${m}", không viết "tháng ${d.month}".`,
            `Months 3–9 take no leading zero: write "tháng ${m}", not "tháng ${d.month}".`,
          ),
          fix: { title: vi(`Viết "${m}"`, `Write "${m}"`), edits: [replaceIn(line, d.monthAt[0], d.monthAt[1], m)] },
        });
      }
    }
  },
};
export default rule;
