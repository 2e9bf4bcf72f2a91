import { dmy } from '../../core/letterdate.js';
import { partyGuidance } from '../../core/party.js';
import { insertAt, replaceIn, spanOf, vi, type Rule, type RuleContext } from '../../core/rule.js';
import { endAt, type Line } from '../../core/source.js';

const DECISION = new Set(['quyet-dinh', 'nghi-quyet']);
const BASIS = /^(?:-[ \t]+)?(?:Căn cứ|Xét|Theo đề nghị)(?![\p{L}])/u;

/**
 * The Party profile (catalogue §8.1, §8.5): HD 05 reportedly starts each căn cứ line with "- " (one practitioner's
 * source); the HD 36 rule was not read. Unverified: one info under HD 05 only, on the first line without it, no fix.
 */
function checkParty({ letter, report, today, party }: RuleContext): void {
  const g = partyGuidance(letter, today, party);
  if (g.hd !== 'hd05') return;
  const lines = letter.canCu.filter((p) => BASIS.test(p.joined.key)).map((p) => p.lines.find((l) => l.text)!);
  const bare = lines.filter((l) => l && !/^-[ \t]/u.test(l.key));
  if (!bare.length) return;
  const first = bare[0];
  report({
    span: spanOf(first, 0, Math.min(first.text.length, /^\S+(?:[ \t]+\S+)?/u.exec(first.text)?.[0].length ?? 1)),
    severity: 'info',
    message: vi(
      `Hướng dẫn 05-HD/VPTW (áp dụng từ ${dmy(g.hd05)}) được cho là mở đầu mỗi dòng căn cứ của văn bản Đảng bằng gạch đầu dòng "- " (${bare.length === 1 ? 'dòng này chưa có' : `${bare.length} dòng căn cứ chưa có, từ dòng này`}); điều này chưa được đối chiếu văn bản gốc (một nguồn thực hành), nên chỉ là thông tin.`,
      `Hướng dẫn 05-HD/VPTW (applied from ${dmy(g.hd05)}) reportedly starts each căn cứ line of a Party document with "- " (${bare.length === 1 ? 'this line has none' : `${bare.length} căn cứ lines have none, from this one`}); this is not checked against the original (one practitioner's source), so it is an info only.`,
    ),
  });
}

const rule: Rule = {
  id: 'CC-01',
  alias: 'can-cu-punctuation',
  title: vi('Căn cứ sai dấu cuối dòng', 'Wrong punctuation at the end of a legal basis'),
  provision:
    'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm a; văn bản Đảng: Hướng dẫn 05-HD/VPTW (chưa đối chiếu)',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Mỗi căn cứ ban hành viết thành một dòng, kết thúc bằng dấu chấm phẩy (;); dòng cuối cùng của phần căn cứ (căn cứ cuối hoặc dòng "Theo đề nghị …", "Xét đề nghị …") kết thúc bằng dấu chấm (.). Văn bản của Đảng: Hướng dẫn 05-HD/VPTW được cho là mở đầu mỗi dòng căn cứ bằng "- ", chưa được đối chiếu văn bản gốc: chỉ báo thông tin; dấu cuối dòng không kiểm tra.',
    'Each legal basis is one line ending with a semicolon (;); the last line of the block (the last basis or the "Theo đề nghị …" / "Xét đề nghị …" line) ends with a full stop (.). A Party document: Hướng dẫn 05-HD/VPTW reportedly starts each căn cứ line with "- ", not checked against the original: an info only; the end marks are not checked.',
  ),
  check(ctx) {
    const { letter, report } = ctx;
    if (letter.family === 'party') return checkParty(ctx);
    // A decision (authority line, "QUYẾT ĐỊNH:") ends its preamble with "."; elsewhere (kế hoạch, tờ trình) the bases
    // lead into the body's opening sentence, so only the leading "Căn cứ …" run is checked and its last line may
    // end with ";" too ("Căn cứ …;" then "Ủy ban nhân dân … ban hành Kế hoạch …:").
    const strict = !!letter.formula || !!letter.enacting || DECISION.has(letter.type);
    let cc = letter.canCu;
    if (!strict) {
      const stop = cc.findIndex((p) => !BASIS.test(p.joined.key));
      if (stop >= 0) cc = cc.slice(0, stop);
    }
    if (!cc.length) return;
    const truncated = !letter.formula && !letter.body.length && !letter.noiNhan && !letter.signature;
    // each basis is checked, also one typed on the next line of the same paragraph (no line break between them):
    // its end is read now, not only after CC-04's fix has put it on its own line
    const units: Line[][] = [];
    for (const p of cc) {
      let cur: Line[] = [];
      for (const l of p.lines) {
        if (cur.some((x) => x.text) && l.text && BASIS.test(l.key)) {
          units.push(cur);
          cur = [];
        }
        cur.push(l);
      }
      if (cur.length) units.push(cur);
    }
    units.forEach((ls, i) => {
      const last = i === units.length - 1;
      const line = [...ls].reverse().find((l) => l.text);
      if (!line) return;
      const t = line.text;
      const endM = /[;.,:]+$/u.exec(t);
      const end = endM?.[0] ?? '';
      if (last && (end === ':' || truncated)) return; // a lead-in sentence ("… như sau:"), or the page stops here
      // a legal-normative document of the 2025 form ends its căn cứ with ";" before its enacting sentence: without that
      // sentence (and without "QUYẾT ĐỊNH:") CC-02 reports what is missing, not this line
      if (last && end === ';' && letter.legalNormative && !letter.formula && !letter.enacting) return;
      const want = last ? '.' : ';';
      if (end === want || (last && !strict && end === ';')) return;
      const edit = endM ? replaceIn(line, endM.index, t.length, want) : insertAt(endAt(line, t.length - 1), want);
      const found = end ? `"${end}"` : null;
      report({
        span: spanOf(line, endM ? endM.index : t.length - 1, t.length),
        message: last
          ? vi(
              `Dòng cuối của phần căn cứ phải kết thúc bằng dấu chấm (.)${found ? `, thấy ${found}` : ', dòng này chưa có dấu câu'}.`,
              `The last line of the legal bases must end with a full stop (.)${found ? `, found ${found}` : '; this line has none'}.`,
            )
          : vi(
              `Mỗi căn cứ (trừ dòng cuối) phải kết thúc bằng dấu chấm phẩy (;)${found ? `, thấy ${found}` : ', dòng này chưa có dấu câu'}.`,
              `Each legal basis but the last must end with a semicolon (;)${found ? `, found ${found}` : '; this line has none'}.`,
            ),
        fix: { title: vi(`Kết thúc dòng bằng "${want}"`, `End the line with "${want}"`), edits: [edit] },
      });
    });
  },
};
export default rule;
