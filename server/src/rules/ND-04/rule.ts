import { R } from '../../core/patterns.js';
import { memoByText, spanOf, vi, type Rule } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

// A run of dots / an ellipsis standing for a value: after a line start, a space or an opening bracket; before the end,
// a space, "/" or punctuation ("Kính gửi: ……;", "số …/QĐ-UBND", "[...]"). Attached to a word it is "v.v." — not a
// blank.
const DOTS = /(?<=^|[ \t(\[“"])(?:\.{2,}|…)[.…]*(?=$|[ \t\/;:,.)\]”"])/gu;
const UNDERSCORES = /(?<=^|[ \t(\[:])_{3,}(?=$|[ \t\/;:,.)\]])/gu;
// Template footnote marks glued to a word or to dots ("TÊN CƠ QUAN(1)", "…(3)"); "TCHQ (65)" is a copy count
const FOOTNOTE = /(?<=[\p{L}.…])\(\d{1,2}\)/gu;
const XX = /(?<![\p{L}\d])(?:A\.XX|(?<=(?:số|ngày|tháng|năm)[ \t]+)XX|XX(?=\/))(?![\p{L}\d])/giu;

/** Placeholders left in one clean line (its `key`), in order. */
function placeholders(key: string): [number, number, 'blank' | 'mark' | 'xx'][] {
  const hits: [number, number, 'blank' | 'mark' | 'xx'][] = [];
  for (const [re, kind] of [
    [DOTS, 'blank'],
    [UNDERSCORES, 'blank'],
    [FOOTNOTE, 'mark'],
    [XX, 'xx'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(key))) hits.push([m.index, m.index + m[0].length, kind]);
  }
  return hits.sort((x, y) => x[0] - y[0]);
}

const rule: Rule = {
  id: 'ND-04',
  alias: 'placeholder',
  title: vi('Còn chỗ trống hoặc ký hiệu của mẫu', 'Template placeholder left in the text'),
  provision: 'NĐ 30/2020, Điều 8 (thể thức); Phụ lục III (mẫu trình bày)',
  severity: 'info',
  description: vi(
    'Văn bản phát hành không còn chỗ để trống (dấu chấm, dấu "…" thay cho nội dung), ký hiệu chú thích của mẫu như "(1)", "(2)" hay "XX" ở chỗ số, ngày. Số và ngày để trống trong dự thảo được kiểm tra riêng.',
    'An issued document has no blanks left (dots or "…" standing for a value), template footnote marks such as "(1)", "(2)", or "XX" where a number or date belongs. Blank numbers and dates of a draft are checked separately.',
  ),
  prepare(j) {
    for (const l of j.lines) if (l.text) memoByText('ND-04', l.key, placeholders);
  },
  check({ letter, mode, report }) {
    const lines: Line[] = [];
    const add = (ls: Line[] | undefined) => ls?.forEach((l) => l.text && lines.push(l));
    add(letter.trichYeu?.lines);
    if (letter.kinhGui) for (const b of letter.kinhGui.blocks) add(b.lines);
    for (const p of letter.canCu) add(p.lines);
    if (letter.formula) lines.push(letter.formula);
    for (const p of letter.body) add(p.lines);
    if (letter.noiNhan) {
      lines.push(letter.noiNhan.head);
      for (const p of letter.noiNhan.items) add(p.lines);
    }
    for (const p of letter.annex) add(p.lines);
    const seen = new Set<number>();
    const final = mode === 'final';
    for (const l of lines) {
      if (seen.has(l.line)) continue;
      seen.add(l.line);
      // "Hg(03)" after the Lưu codes is the drafter's code and copy count (BS-06), not a template mark
      const luu = R.LUU_LOOSE.test(l.key);
      for (const [a, b, kind] of memoByText('ND-04', l.key, placeholders)) {
        if (luu && kind === 'mark') continue;
        const found = l.text.slice(a, b);
        const what =
          kind === 'blank'
            ? vi(`chỗ trống "${found}" chưa điền`, `the blank "${found}" is not filled in`)
            : kind === 'mark'
              ? vi(`ký hiệu chú thích của mẫu "${found}"`, `the template footnote mark "${found}"`)
              : vi(
                  `ký hiệu "${found}" của mẫu ở chỗ số, ngày`,
                  `the template mark "${found}" where a number or date belongs`,
                );
        report({
          span: spanOf(l, a, b),
          severity: final ? 'error' : 'info',
          message: vi(
            `Còn ${what.vi}: điền nội dung hoặc xóa trước khi phát hành.`,
            `There is ${what.en}: fill it in or remove it before issuing.`,
          ),
        });
      }
    }
  },
};
export default rule;
