import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'DD-02',
  alias: 'date-leading-zero',
  title: vi('Ngày, tháng thiếu hoặc thừa số 0', 'Day or month missing or with a needless leading zero'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4 điểm b; văn bản Đảng: cùng quy tắc (Hướng dẫn 36-HD/VPTW)',
  severity: 'error',
  families: ['state', 'party'],
  fixable: true,
  description: vi(
    'Phụ lục I, Phần I, Mục II, khoản 4 điểm b: "các số thể hiện ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước" (ngày 05 tháng 02). Các tháng 3 đến 9 nghị định không yêu cầu số 0 và tự viết "tháng 3", "tháng 6": viết "tháng 03" chỉ là thông tin.',
    'Phụ lục I, Phần I, Mục II, khoản 4 điểm b: days below 10 and months 1 and 2 take a leading zero (ngày 05 tháng 02). For months 3–9 the decree requires no zero and writes "tháng 3", "tháng 6" itself: "tháng 03" is only informational.',
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
          severity: 'info',
          message: vi(
            `NĐ 30 chỉ thêm số 0 cho ngày nhỏ hơn 10 và tháng 1, 2; các mẫu của nghị định viết "tháng ${m}": nên viết "tháng ${m}" thay cho "tháng ${d.month}".`,
            `NĐ 30 adds the zero only to days below 10 and to months 1 and 2; the decree's own examples write "tháng ${m}": prefer "tháng ${m}" to "tháng ${d.month}".`,
          ),
          fix: { title: vi(`Viết "${m}"`, `Write "${m}"`), edits: [replaceIn(line, d.monthAt[0], d.monthAt[1], m)] },
        });
      }
    }
  },
};
export default rule;
