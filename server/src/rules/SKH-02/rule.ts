import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'SKH-02',
  alias: 'so-leading-zero',
  title: vi('Số nhỏ hơn 10 thiếu số 0', 'Number below 10 without a leading zero'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm c',
  severity: 'error',
  fixable: true,
  description: vi(
    'Số của văn bản ghi bằng chữ số Ả Rập; số nhỏ hơn 10 phải ghi thêm số 0 phía trước (Số: 05/TB-UBND).',
    'The document number is written in Arabic digits; a number below 10 takes a leading zero (Số: 05/TB-UBND).',
  ),
  check({ letter, report }) {
    const so = letter.so;
    if (!so || !so.numberAt || (so.form !== 'state' && so.form !== 'qppl')) return;
    if (!/^[1-9]$/.test(so.number)) return;
    const [a, b] = so.numberAt;
    report({
      span: spanOf(so.line, a, b),
      message: vi(
        `Số nhỏ hơn 10 phải có số 0 phía trước: viết "0${so.number}", không viết "${so.number}".`,
        `A number below 10 takes a leading zero: write "0${so.number}", not "${so.number}".`,
      ),
      fix: {
        title: vi(`Viết "0${so.number}"`, `Write "0${so.number}"`),
        edits: [replaceIn(so.line, a, b, '0' + so.number)],
      },
    });
  },
};
export default rule;
