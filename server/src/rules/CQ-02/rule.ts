import { foldTones } from '../../core/source.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';

const ABBR = /(?<![\p{L}])(UBND|HĐND)(?![\p{L}])/gu;
const FULL: Record<string, string> = { UBND: 'ỦY BAN NHÂN DÂN', HĐND: 'HỘI ĐỒNG NHÂN DÂN' };

const rule: Rule = {
  id: 'CQ-02',
  alias: 'agency-abbreviation',
  title: vi('Chỉ viết tắt trong tên cơ quan chủ quản', 'Abbreviations only in the governing body'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 2 điểm a',
  severity: 'warning',
  description: vi(
    'Tên cơ quan ban hành phải ghi đầy đủ, hoặc viết tắt theo đúng văn bản thành lập cơ quan. Chỉ dòng tên cơ quan chủ quản mới được viết tắt các cụm từ thông dụng như "UBND", "HĐND".',
    'The issuing body is written in full, or abbreviated only as its founding act defines. Common phrases such as "UBND" and "HĐND" may be abbreviated only in the governing-body line.',
  ),
  check({ letter, profile, report }) {
    const agency = letter.agency;
    if (!agency) return;
    // the configured name (profile.issuerName) is the form the founding act fixes: the header must read the same
    const norm = (s: string) => foldTones(s.normalize('NFC')).toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
    if (profile.issuerName && agency.issuerLines.length && norm(agency.name) !== norm(profile.issuerName)) {
      const first = agency.issuerLines[0];
      const last = agency.issuerLines[agency.issuerLines.length - 1];
      const a = spanOf(first);
      report({
        span: { start: a.start, end: spanOf(last).end },
        message: vi(
          `Tên cơ quan ban hành theo cấu hình là "${profile.issuerName}", văn bản ghi "${agency.name}".`,
          `The issuing body's name in the configuration is "${profile.issuerName}"; the document reads "${agency.name}".`,
        ),
      });
      return;
    }
    if (profile.issuerName) return; // written as configured
    for (const line of agency.issuerLines) {
      for (const m of line.key.matchAll(ABBR)) {
        const a = m.index!;
        report({
          span: spanOf(line, a, a + m[1].length),
          message: vi(
            `Tên cơ quan ban hành không viết tắt "${m[1]}": ghi đầy đủ "${FULL[m[1]]}" (chỉ viết tắt ở dòng cơ quan chủ quản, hoặc khi văn bản thành lập quy định tên viết tắt).`,
            `Do not abbreviate "${m[1]}" in the issuing body: write "${FULL[m[1]]}" (abbreviate only in the governing-body line, or as the founding act defines).`,
          ),
        });
      }
    }
  },
};
export default rule;
