import { spanOf, vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'DD-05',
  alias: 'date-plausible-year',
  title: vi('Năm ban hành bất thường', 'Unusual year of issue'),
  provision: 'NĐ 30/2020, Điều 37',
  severity: 'info',
  description: vi(
    'Năm ban hành đi sau năm hiện tại hơn một năm, hoặc ngày ban hành trước ngày 05/3/2020 (ngày Nghị định 30/2020 có hiệu lực), thường là lỗi gõ hoặc do dùng lại văn bản mẫu cũ.',
    'A year more than one ahead of the current one, or a date before 05/3/2020 (when Decree 30/2020 took effect), is usually a typo or a re-used old template.',
  ),
  check({ letter, today, report }) {
    const d = letter.date;
    if (!d || !d.year || !/^\d{4}$/.test(d.year)) return;
    const y = +d.year;
    const now = +today.slice(0, 4);
    const span = d.yearAt ? spanOf(d.line, ...d.yearAt) : spanOf(d.line);
    if (y > now + 1) {
      report({
        span,
        message: vi(
          `Năm ban hành ${y} đi sau năm hiện tại (${now}) quá một năm: kiểm tra lại năm.`,
          `The year ${y} is more than one year after the current year (${now}): check it.`,
        ),
      });
      return;
    }
    const iso =
      d.day && d.month && +d.month >= 1 && +d.month <= 12
        ? `${d.year}-${d.month.padStart(2, '0')}-${d.day.padStart(2, '0')}`
        : null;
    const before = iso ? iso < '2020-03-05' : y < 2020;
    if (before) {
      report({
        span,
        message: vi(
          `Ngày ban hành trước ngày 05/3/2020, khi Nghị định 30/2020/NĐ-CP chưa có hiệu lực: nếu là văn bản mới, kiểm tra lại năm (có thể dùng lại mẫu cũ).`,
          `The date is before 05/3/2020, when Decree 30/2020 was not yet in force: if this is a new document, check the year (an old template may have been re-used).`,
        ),
      });
    }
  },
};
export default rule;
