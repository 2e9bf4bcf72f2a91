import { replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';

// The Party profile (catalogue §8.5): a leading zero is seen in issued Party numbers ("01-CTr/TU"), the rule text of
// HD 36/HD 05 was not read: at most info.

const rule: Rule = {
  id: 'SKH-02',
  alias: 'so-leading-zero',
  title: vi('Số nhỏ hơn 10 thiếu số 0', 'Number below 10 without a leading zero'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm c; văn bản Đảng: số đã ban hành (01-CTr/TU)',
  severity: 'error',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Số của văn bản ghi bằng chữ số Ả Rập; số nhỏ hơn 10 phải ghi thêm số 0 phía trước (Số: 05/TB-UBND). Văn bản của Đảng: các số đã ban hành cũng có số 0 ("Số 01-CTr/TU") nhưng chưa đọc được quy định trong hướng dẫn của Đảng: chỉ báo thông tin.',
    'The document number is written in Arabic digits; a number below 10 takes a leading zero (Số: 05/TB-UBND). A Party document: issued numbers carry the zero too ("Số 01-CTr/TU"), but the rule text of the Party guidance was not read: an info.',
  ),
  check({ letter, report }) {
    const so = letter.so;
    if (!so || !so.numberAt) return;
    if (letter.family === 'party') {
      if (so.form !== 'party' || !/^[1-9]$/.test(so.number)) return;
      const [a, b] = so.numberAt;
      report({
        span: spanOf(so.line, a, b),
        severity: 'info',
        message: vi(
          `Văn bản của Đảng thường ghi số nhỏ hơn 10 có số 0 phía trước ("Số 0${so.number}-${so.symbol}", như "Số 01-CTr/TU" đã ban hành); quy định này trong Hướng dẫn 36-HD/VPTW, 05-HD/VPTW chưa được đối chiếu văn bản gốc.`,
          `Party documents are issued with a leading zero below 10 ("Số 0${so.number}-${so.symbol}", as in "Số 01-CTr/TU"); the rule in Hướng dẫn 36-HD/VPTW, 05-HD/VPTW is not checked against the original.`,
        ),
        fix: {
          title: vi(`Viết "0${so.number}"`, `Write "0${so.number}"`),
          edits: [replaceIn(so.line, a, b, '0' + so.number)],
        },
      });
      return;
    }
    if (so.form !== 'state' && so.form !== 'qppl') return;
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
