import { vi, type Rule } from '../../core/rule.js';

const DECISION = new Set(['quyet-dinh', 'nghi-quyet']);

const rule: Rule = {
  id: 'CC-03',
  alias: 'can-cu-complete',
  title: vi('Căn cứ chưa đầy đủ', 'Incomplete legal basis'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6',
  severity: 'warning',
  description: vi(
    'Căn cứ viện dẫn văn bản lần đầu phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (luật, pháp lệnh chỉ cần tên loại và tên; quy tắc VD-01 báo thiếu sót này). Văn bản của Đảng không phải căn cứ pháp lý của quyết định hành chính: nêu ở dòng "Thực hiện …".',
    'A legal basis citing a document for the first time gives its type, number and symbol, date, issuing body and summary (laws and ordinances: type and name; rule VD-01 reports what is missing). Party documents are not legal bases of a state decision: cite them in a "Thực hiện …" line.',
  ),
  check({ letter, report }) {
    const seen = new Set<number>();
    for (const c of letter.citations) {
      if (c.inTrichYeu) continue;
      const first = !seen.has(c.first);
      seen.add(c.first);
      if (!c.inCanCu) continue;
      const lead = c.paragraph?.joined.key.replace(/^-[ \t]+/u, '') ?? '';
      // the proposal line ("Xét đề nghị … tại Tờ trình số …") cites the submission, not a legal basis
      if (!/^(?:Căn cứ|Thực hiện)(?![\p{L}])/u.test(lead)) continue;
      if (first && c.family === 'party' && DECISION.has(letter.type) && /^Căn cứ(?![\p{L}])/u.test(lead)) {
        report({
          span: c.span,
          severity: 'info',
          message: vi(
            `"${c.text}" là văn bản của Đảng, không phải căn cứ pháp lý của văn bản hành chính: nên nêu ở dòng "Thực hiện …" thay vì "Căn cứ …".`,
            `"${c.text}" is a Party document, not a legal basis of a state document: cite it in a "Thực hiện …" line instead of "Căn cứ …".`,
          ),
        });
      }
      // whether a cited document's first mention is complete is VD-01's finding, in the căn cứ as in the body
    }
  },
};
export default rule;
