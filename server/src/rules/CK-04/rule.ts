import { signatures, up } from '../../core/footer.js';
import { R } from '../../core/patterns.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';
import { foldTones } from '../../core/source.js';

/** A collective whose name contains a title word: ĐOÀN CHỦ TỊCH, BAN THƯỜNG TRỰC, THƯỜNG TRỰC HĐND … */
const COLLECTIVE =
  /^(?:ĐOÀN|BAN|HỘI ĐỒNG|HĐND|UBND|ỦY BAN|THƯỜNG TRỰC|TẬP THỂ|TỔ|ĐẢNG|CHI BỘ|LIÊN|HỘI|CÔNG ĐOÀN|ĐOÀN THANH NIÊN)(?![\p{L}])/u;
const expand = (s: string) =>
  foldTones(up(s))
    .replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, 'ỦY BAN NHÂN DÂN')
    .replace(/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'HỘI ĐỒNG NHÂN DÂN')
    .replace(/\s+/g, ' ')
    .trim();

const rule: Rule = {
  id: 'CK-04',
  alias: 'tm-collective',
  title: vi('"TM." phải đứng trước tên tập thể, cơ quan', '"TM." must precede a collective body'),
  provision: 'NĐ 30/2020, Điều 13 khoản 2; Phụ lục I, Phần I, Mục II, khoản 7 điểm b',
  severity: 'error',
  description: vi(
    '"TM." (thay mặt) chỉ dùng khi người đứng đầu ký thay mặt tập thể lãnh đạo: sau "TM." là tên tập thể hoặc cơ quan (TM. ỦY BAN NHÂN DÂN), không phải chức vụ của một người (TM. CHỦ TỊCH). Tên tập thể nên khớp với cơ quan ban hành.',
    '"TM." (on behalf of) is used when the head signs for a collective: it is followed by the collective or body (TM. ỦY BAN NHÂN DÂN), never a person\'s title (TM. CHỦ TỊCH). The collective should match the issuing body.',
  ),
  check({ letter, profile, report }) {
    if (!letter.signature) return;
    const personal = (org: string) =>
      R.TITLE_START.test(org) ||
      (profile.titles ?? []).some((t) =>
        foldTones(org).toLocaleUpperCase('vi').startsWith(foldTones(t).toLocaleUpperCase('vi')),
      );
    for (const sig of signatures(letter))
      for (const sl of sig.stack) {
        if (sl.prefix !== 'TM.') continue;
        const org = expand(sl.rest);
        const restAt = sl.line.text.length - sl.line.text.slice(sl.prefixAt?.[1] ?? 0).trimStart().length;
        if (!org) continue;
        if (personal(org) && !COLLECTIVE.test(org)) {
          report({
            span: spanOf(sl.line, restAt),
            message: vi(
              `Sau "TM." phải là tên tập thể hoặc cơ quan (ví dụ "TM. ỦY BAN NHÂN DÂN" rồi dòng "${org}"), không phải chức vụ "${sl.rest}".`,
              `"TM." must be followed by a collective or body (e.g. "TM. ỦY BAN NHÂN DÂN", then "${org}" on the next line), not the title "${sl.rest}".`,
            ),
          });
          continue;
        }
        // the collective should be the issuing body (or one of its standing bodies); an earlier block of a joint
        // document or a contract is another party's
        if (sig !== letter.signature) continue;
        const ag = letter.agency;
        if (!ag || (COLLECTIVE.test(org) && !/^(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)/u.test(org))) continue;
        const issuer = expand(ag.name);
        const words = org.split(' ').slice(0, 4).join(' ');
        if (issuer.includes(words) || words.includes(issuer)) continue;
        report({
          span: spanOf(sl.line, restAt),
          severity: 'info',
          message: vi(
            `Tập thể sau "TM." ("${sl.rest}") không khớp với cơ quan ban hành "${ag.name}".`,
            `The collective after "TM." ("${sl.rest}") does not match the issuing body "${ag.name}".`,
          ),
        });
      }
  },
};
export default rule;
