import { firstMentionLacks } from '../../core/firstMention.js';
import { vi, type Rule, type Text } from '../../core/rule.js';

const MESSAGE: Record<'date' | 'issuer' | 'summary', (cited: string) => Text> = {
  date: (cited) =>
    vi(
      `Lần đầu viện dẫn "${cited}" thiếu ngày ban hành: ghi "ngày … tháng … năm …" hoặc "ngày dd/mm/yyyy" ngay sau số, ký hiệu.`,
      `The first citation of "${cited}" lacks its date of issue: add "ngày dd/mm/yyyy" after the number.`,
    ),
  issuer: (cited) =>
    vi(
      `Lần đầu viện dẫn "${cited}" thiếu cơ quan ban hành: ghi "của <cơ quan>" (ví dụ "của UBND tỉnh …") sau ngày ban hành.`,
      `The first citation of "${cited}" lacks the issuing body: add "của <body>" after the date.`,
    ),
  summary: (cited) =>
    vi(
      `Lần đầu viện dẫn "${cited}" thiếu trích yếu nội dung: ghi "về việc …" hoặc "về …" sau cơ quan ban hành.`,
      `The first citation of "${cited}" lacks a summary: add "về việc …" after the issuing body.`,
    ),
};

const rule: Rule = {
  id: 'VD-01',
  alias: 'citation-first-mention',
  title: vi('Viện dẫn lần đầu chưa đầy đủ', 'First citation of a document is incomplete'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 6 điểm b',
  severity: 'warning',
  description: vi(
    'Lần đầu viện dẫn một văn bản phải ghi đủ tên loại, số, ký hiệu, ngày, tháng, năm ban hành, tên cơ quan ban hành và trích yếu nội dung; các lần sau chỉ cần tên loại và số, ký hiệu. Luật, pháp lệnh chỉ cần tên loại và tên. Trích yếu của chính văn bản (V/v) không tính là lần viện dẫn đầu tiên.',
    "The first citation of a document gives its type, number and symbol, date of issue, issuing body and summary; later ones need only type and number. Laws and ordinances are cited by type and name. The letter's own summary (V/v) does not count as the first citation.",
  ),
  check({ letter, report }) {
    // a căn cứ line's citation is checked here too (CC-03 leaves completeness to this rule: one slip, one finding)
    for (const c of letter.citations) {
      const lacks = firstMentionLacks(c, letter);
      if (!lacks.length) continue;
      const cited = c.text.replace(/\s+/g, ' ');
      // the decree asks for the summary too, but a first mention that gives date and issuer identifies the document:
      // info
      for (const fact of lacks)
        report({
          span: c.span,
          message: MESSAGE[fact](cited),
          ...(fact === 'summary' ? { severity: 'info' as const } : {}),
        });
    }
  },
};

export default rule;
