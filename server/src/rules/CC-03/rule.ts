import { spanOfJoined, vi, type Rule } from '../../core/rule.js';

const DECISION = new Set(['quyet-dinh', 'nghi-quyet']);
// a căn cứ on a law or ordinance: its number (…/QH15, …/UBTVQH15) or its issuer (của Quốc hội) is not written
const LAW_BASIS = /^(?:-[ \t]+)?Căn cứ[ \t]+(?:Bộ luật|Luật|Pháp lệnh)(?![\p{L}])/u;
const TYPE_WORD =
  /(?<![\p{L}])(Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư|Quyết định|Chỉ thị|Lệnh|Văn bản)(?![\p{L}])/gu;
const LAW_NUMBER =
  /(?<![\p{L}])(?:số[ \t]+)?\d+[ \t]*\/[ \t]*(?:19|20)\d{2}[ \t]*\/[ \t]*(?:UBTV)?QH\d*(?![\p{L}\d])/gu;
const LAW_ISSUER = /(?<![\p{L}])của[ \t]+(?:Quốc hội|Ủy ban [Tt]hường vụ Quốc hội)(?![\p{L}])/gu;

/** The nearest type word before `at` in `key` is a law or an ordinance. */
function ofLaw(key: string, at: number): boolean {
  let last = '';
  for (const m of key.slice(0, at).matchAll(TYPE_WORD)) last = m[1];
  return last === 'Luật' || last === 'Bộ luật' || last === 'Pháp lệnh';
}

const rule: Rule = {
  id: 'CC-03',
  alias: 'can-cu-complete',
  title: vi('Căn cứ chưa đầy đủ', 'Incomplete legal basis'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm a',
  severity: 'warning',
  description: vi(
    'Căn cứ viện dẫn văn bản lần đầu phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu (luật, pháp lệnh chỉ cần tên loại và tên; quy tắc VD-01 báo thiếu sót này). Văn bản của Đảng không phải căn cứ pháp lý của quyết định hành chính: nêu ở dòng "Thực hiện …". Căn cứ là Luật, Pháp lệnh thì "riêng Luật, Pháp lệnh không ghi số, ký hiệu, cơ quan ban hành" (Phụ lục I, Phần I, Mục II, khoản 6 điểm a): ghi số hoặc "của Quốc hội" là thông tin (không áp dụng cho văn bản quy phạm pháp luật).',
    'A legal basis citing a document for the first time gives its type, number and symbol, date, issuing body and summary (laws and ordinances: type and name; rule VD-01 reports what is missing). Party documents are not legal bases of a state decision: cite them in a "Thực hiện …" line. A basis that is a law or ordinance is written without "number, symbol, issuing body" (Phụ lục I, Phần I, Mục II, khoản 6 điểm a): its number or "của Quốc hội" is informational (not for legal-normative documents).',
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
    if (letter.legalNormative) return; // their own templates write "Căn cứ Luật … số 72/2025/QH15"
    for (const p of letter.canCu) {
      const j = p.joined;
      if (!LAW_BASIS.test(j.key)) continue;
      const found: [number, number, 'number' | 'issuer'][] = [];
      for (const m of j.key.matchAll(LAW_NUMBER))
        if (ofLaw(j.key, m.index)) found.push([m.index, m.index + m[0].length, 'number']);
      for (const m of j.key.matchAll(LAW_ISSUER))
        if (ofLaw(j.key, m.index)) found.push([m.index, m.index + m[0].length, 'issuer']);
      for (const [a, b, what] of found.sort((x, y) => x[0] - y[0])) {
        const t = j.text.slice(a, b);
        report({
          span: spanOfJoined(j, a, b),
          severity: 'info',
          message:
            what === 'number'
              ? vi(
                  `Căn cứ Luật, Pháp lệnh không ghi số, ký hiệu: "riêng Luật, Pháp lệnh không ghi số, ký hiệu, cơ quan ban hành" (khoản 6 điểm a) — có thể bỏ "${t}".`,
                  `A basis that is a law or ordinance carries no number: "Luật, Pháp lệnh" are cited without number, symbol and issuing body (khoản 6 điểm a) — "${t}" can go.`,
                )
              : vi(
                  `Căn cứ Luật, Pháp lệnh không ghi cơ quan ban hành: "riêng Luật, Pháp lệnh không ghi số, ký hiệu, cơ quan ban hành" (khoản 6 điểm a) — có thể bỏ "${t}".`,
                  `A basis that is a law or ordinance does not name its issuing body (khoản 6 điểm a) — "${t}" can go.`,
                ),
        });
      }
    }
  },
};
export default rule;
