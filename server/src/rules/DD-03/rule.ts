import { spanOf, vi, type Rule } from '../../core/rule.js';

const daysIn = (m: number, y: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const rule: Rule = {
  id: 'DD-03',
  alias: 'date-valid',
  title: vi('Ngày tháng không hợp lệ hoặc còn để trống', 'Impossible or blank date'),
  provision:
    'NĐ 30/2020, Điều 15 khoản 2; Phụ lục I, Phần I, Mục II, khoản 4 điểm b; văn bản Đảng: cùng quy tắc (Hướng dẫn 36-HD/VPTW)',
  severity: 'error',
  families: ['state', 'party'],
  description: vi(
    'Ngày, tháng, năm ban hành phải là một ngày có thật (không có ngày 30 tháng 02). Trong bản dự thảo, ngày và tháng được để trống cho văn thư điền khi ký (thông tin); khi phát hành (chế độ final) phải điền đủ.',
    'The day, month and year must form a real date (there is no 30 February). In a draft the day and month may be blank for the clerk to fill in on signing (info); in final mode they must be filled in.',
  ),
  check({ letter, mode, report }) {
    const d = letter.date;
    if (!d) return;
    const line = d.line;
    const k = line.key;
    if (d.day && d.month && d.year) {
      const day = +d.day;
      const month = +d.month;
      const year = +d.year;
      const bad = month < 1 || month > 12 ? 'month' : day < 1 || day > daysIn(month, year) ? 'day' : null;
      if (bad) {
        const a = d.dayAt?.[0] ?? d.placeAt[1];
        const b = d.yearAt?.[1] ?? k.length;
        report({
          span: spanOf(line, a, b),
          message:
            bad === 'month'
              ? vi(
                  `Tháng ${d.month} không có thật: tháng phải từ 1 đến 12.`,
                  `There is no month ${d.month}: the month must be 1 to 12.`,
                )
              : vi(
                  `Ngày ${d.day} tháng ${d.month} năm ${d.year} không có thật: tháng ${month} năm ${year} chỉ có ${daysIn(month, year)} ngày.`,
                  `${d.day}/${d.month}/${d.year} does not exist: month ${month} of ${year} has ${daysIn(month, year)} days.`,
                ),
        });
      }
      return;
    }
    if (!d.wellFormed || !d.year) return; // a malformed line is DD-01's
    const blanks: string[] = [];
    let a = -1;
    let b = -1;
    const word = (re: RegExp) => {
      const m = re.exec(k);
      if (!m) return;
      if (a < 0 || m.index < a) a = m.index;
      b = Math.max(b, m.index + m[0].trimEnd().length);
    };
    if (!d.day) {
      blanks.push('ngày');
      word(/ngày[ \t.…_]*/u);
    }
    if (!d.month) {
      blanks.push('tháng');
      word(/tháng[ \t.…_]*/u);
    }
    if (!blanks.length) return;
    const final = mode === 'final';
    const what = blanks.join(', ');
    const whatEn = blanks.map((x) => (x === 'ngày' ? 'day' : 'month')).join(' and ');
    report({
      span: a >= 0 ? spanOf(line, a, b) : spanOf(line),
      severity: final ? 'error' : 'info',
      message: final
        ? vi(
            `Văn bản phát hành phải ghi đủ ngày tháng: còn để trống ${what}.`,
            `An issued document needs its full date: the ${whatEn} is blank.`,
          )
        : vi(
            `Ngày tháng còn để trống (${what}); văn thư điền vào ngày ký ban hành.`,
            `The ${whatEn} is still blank; the clerk fills it in on the signing day.`,
          ),
    });
  },
};
export default rule;
