import type { Citation } from '../../core/model.js';
import { LEGACY_CODES, PARTY_TYPES, TYPE_BY_CODE } from '../../core/doctypes.js';
import { vi, type Rule } from '../../core/rule.js';

const PARTY_CODES = new Set(PARTY_TYPES.flatMap((t) => t.codes));
// issuing bodies of the Party (catalogue §8.3) — a symbol ending in one of them is a Party document
const PARTY_BODY =
  /^(?:TW|TU|HU|QU|ThU|TxU|ĐU|ĐUK|CB|BCSĐ|BCS|ĐĐ|VPTW|BTCTW|UBKTTW|BTGTW|BDVTW|BNCTW|VPTU|BTCTU|UBKTTU|BTGTU|BDVTU|BNCTU|VPHU|BTCHU|UBKTHU|ĐUQSTW|ĐUCA|ĐUQS)$/u;
const PARTY_ONLY_KIND = /^(?:kết luận|thông tri)$/iu;

function partyInStateForm(c: Citation): string | null {
  if (c.family !== 'state') return null;
  const groups = c.number.split('/')[1]?.split('-') ?? [];
  if (groups.length !== 2) return null;
  const [t, b] = groups;
  if (!PARTY_BODY.test(b)) return null;
  if (!PARTY_CODES.has(t) && !PARTY_ONLY_KIND.test(c.kind)) return null;
  return `${c.so}-${t}/${b}`;
}

function stateInPartyForm(c: Citation): string | null {
  if (c.family !== 'party') return null;
  const [head, cq] = c.number.split('/');
  const t = head.split('-')[1];
  if (!cq || PARTY_BODY.test(cq) || /(?:TW|TU|HU|QU|ĐU)$/u.test(cq)) return null;
  if (!(TYPE_BY_CODE.has(t) || t in LEGACY_CODES)) return null;
  // a state body: UBND, HĐND, a ministry or department ("BTC", "SNV"), the Prime Minister
  if (!/^(?:UBND|HĐND|TTg|CP|VPCP|[BS]\p{Lu}{1,8}|UB\p{Lu}*)$/u.test(cq)) return null;
  return `${c.so}/${t}-${cq}`;
}

const rule: Rule = {
  id: 'VD-03',
  alias: 'citation-number-form',
  title: vi('Sai dạng số, ký hiệu văn bản viện dẫn', 'Wrong number form in a citation'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 3 điểm c; văn bản Đảng: Hướng dẫn 36-HD/VPTW',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Văn bản của Đảng ghi số, ký hiệu dạng "số-LOẠI/CƠQUAN" (1753-KL/TU); văn bản hành chính của Nhà nước dạng "số/LOẠI-CƠQUAN" (14/KH-UBND); văn bản quy phạm pháp luật có thêm năm (30/2020/NĐ-CP). Viện dẫn sai dạng làm người đọc khó tra cứu văn bản.',
    'Party documents are numbered "no-TYPE/BODY" (1753-KL/TU), state administrative documents "no/TYPE-BODY" (14/KH-UBND), legal-normative ones add the year (30/2020/NĐ-CP). A citation in the wrong form is hard to look up.',
  ),
  check({ letter, report }) {
    for (const c of letter.citations) {
      const party = partyInStateForm(c);
      const state = party ? null : stateInPartyForm(c);
      const want = party ?? state;
      if (!want) continue;
      report({
        span: c.numberSpan,
        message: party
          ? vi(
              `"${c.number}" là văn bản của Đảng: số, ký hiệu viết dạng "số-LOẠI/CƠQUAN" — "${want}".`,
              `"${c.number}" is a Party document: its number is written "no-TYPE/BODY" — "${want}".`,
            )
          : vi(
              `"${c.number}" là văn bản hành chính của Nhà nước: số, ký hiệu viết dạng "số/LOẠI-CƠQUAN" — "${want}".`,
              `"${c.number}" is a state document: its number is written "no/TYPE-BODY" — "${want}".`,
            ),
        fix: {
          title: vi(`Viết "${want}"`, `Write "${want}"`),
          edits: [{ offset: c.numberSpan.start, length: c.numberSpan.end - c.numberSpan.start, newText: want }],
        },
      });
    }
  },
};
export default rule;
