import { isLuuItem, isPartyLuu, noiNhanItems, paraSpan } from '../../core/footer.js';
import { keptFromHd36, partyGuidance } from '../../core/party.js';
import { insertAt, vi, type Edit, type Rule, type RuleContext } from '../../core/rule.js';
import { endAt, startAt } from '../../core/source.js';

/**
 * The Party profile, reversed (catalogue §8.1, §8.5: HD 36; C for 2026): "Nơi nhận:" underlined, and the archive
 * line "Lưu Văn phòng Tỉnh ủy." without a colon and without "VT". At most a warning.
 */
function checkParty({ letter, report, today, party }: RuleContext): void {
  const nn = letter.noiNhan;
  if (!nn) return;
  const src = keptFromHd36(partyGuidance(letter, today, party));
  const head = nn.head;
  if (!/<u(?:\s[^>]*)?>/iu.test(head.raw)) {
    // the fix wraps the whole line: only a line that is the heading alone ("**Nơi nhận:**"), no first item on it
    const lead = /^[ \t]*/.exec(head.raw)![0].length;
    const body = head.raw.trimEnd().length;
    const alone = !nn.inlineFirst && !nn.inlineItem && /^N[ơo]i[ \t]+nh[ậa]n[ \t]*:?$/iu.test(head.text.trim());
    report({
      span: { start: head.start + lead, end: head.start + Math.max(body, lead + 1) },
      message: vi(
        `Văn bản của Đảng trình bày "Nơi nhận:" gạch chân (<u>Nơi nhận:</u>), không in nghiêng đậm như văn bản hành chính của Nhà nước (${src.vi}).`,
        `A Party document underlines "Nơi nhận:" (<u>Nơi nhận:</u>) instead of the state bold italics (${src.en}).`,
      ),
      ...(alone
        ? {
            fix: {
              title: vi('Gạch chân "Nơi nhận:"', 'Underline "Nơi nhận:"'),
              edits: [insertAt(head.start + lead, '<u>'), insertAt(head.start + body, '</u>')],
            },
          }
        : {}),
    });
  }
  const luu = noiNhanItems(nn).find(isLuuItem);
  if (!luu || isPartyLuu(luu)) return;
  const t = luu.joined.text;
  // the state form: a colon after "Lưu" or the văn thư's "VT" (another slip of a Party line is not this rule's)
  if (!/Lưu[ \t]*:/iu.test(t) && !/(?<![\p{L}])VT(?![\p{L}])/iu.test(t)) return;
  const item = t.replace(/^[-+•–—*·][ \t]*/u, '');
  // "Lưu: VT, Văn phòng Đảng ủy." → "Lưu Văn phòng Đảng ủy.": only when what is left names the archive in words
  const m = /^([-+•–—*·][ \t]*)?Lưu[ \t]*:?[ \t]*(?:VT[ \t]*(?:,[ \t]*|(?=\.?$)))?/u.exec(t);
  const rest = m ? t.slice(m[0].length) : '';
  const words = /^\p{Lu}\p{Ll}+(?:[ \t]+\p{L}+)*\.?$/u.test(rest) && !/(?<![\p{L}])VT(?![\p{L}])/u.test(rest);
  report({
    span: paraSpan(luu),
    message: vi(
      `"${item}" là cách ghi của văn bản hành chính của Nhà nước; văn bản của Đảng ghi dòng lưu không có dấu hai chấm, không có "VT", tên nơi lưu viết đủ (ví dụ "Lưu Văn phòng Đảng ủy.", "Lưu Văn phòng Tỉnh ủy.") (${src.vi}).`,
      `"${item}" is the state notation; a Party document writes its archive line without a colon and without "VT", the archive named in full (e.g. "Lưu Văn phòng Đảng ủy.") (${src.en}).`,
    ),
    ...(m && words
      ? {
          fix: {
            title: vi(`Viết "Lưu ${rest}"`, `Write "Lưu ${rest}"`),
            edits: [
              {
                offset: startAt(luu.joined, (m[1] ?? '').length),
                length: endAt(luu.joined, m[0].length - 1) - startAt(luu.joined, (m[1] ?? '').length),
                newText: 'Lưu ',
              },
            ],
          },
        }
      : {}),
  });
}

const rule: Rule = {
  id: 'NN-06',
  alias: 'noi-nhan-party-style',
  title: vi('Cách ghi nơi nhận kiểu văn bản Đảng', 'Party-style recipients block'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d; văn bản Đảng: Hướng dẫn 36-HD/VPTW, 05-HD/VPTW',
  severity: 'warning',
  fixable: true,
  families: ['state', 'party'],
  description: vi(
    'Văn bản hành chính trình bày "Nơi nhận:" in nghiêng, đậm (không gạch chân) và dòng lưu "- Lưu: VT, <đơn vị>."; chữ "Nơi nhận" gạch chân và dòng "Lưu Văn phòng …" không có dấu hai chấm là cách trình bày của văn bản Đảng. Văn bản của Đảng thì ngược lại (Hướng dẫn 36-HD/VPTW; Hướng dẫn 05-HD/VPTW được cho là giữ nguyên): "Nơi nhận:" gạch chân và dòng "Lưu Văn phòng Tỉnh ủy." (không dấu hai chấm, không "VT"); dòng "- Lưu: VT, …" trong văn bản Đảng là cảnh báo.',
    'An administrative document sets "Nơi nhận:" in bold italics (not underlined) with the filing line "- Lưu: VT, <unit>."; an underlined "Nơi nhận" and a "Lưu Văn phòng …" line without a colon are the Party layout. A Party document is the reverse (Hướng dẫn 36-HD/VPTW, reportedly unchanged in HD 05): "Nơi nhận:" underlined and "Lưu Văn phòng Tỉnh ủy." (no colon, no "VT"); "- Lưu: VT, …" in a Party document is a warning.',
  ),
  check(ctx) {
    const { letter, report } = ctx;
    if (letter.family === 'party') return checkParty(ctx);
    const nn = letter.noiNhan;
    if (!nn) return;
    const head = nn.head;
    const tags = [...head.raw.matchAll(/<\/?u(?:\s[^>]*)?>/giu)];
    if (tags.length) {
      const edits: Edit[] = tags.map((t) => ({ offset: head.start + t.index!, length: t[0].length, newText: '' }));
      report({
        span: {
          start: head.start + tags[0].index!,
          end: head.start + tags[tags.length - 1].index! + tags[tags.length - 1][0].length,
        },
        message: vi(
          '"Nơi nhận:" của văn bản hành chính in nghiêng, đậm, không gạch chân (gạch chân là cách trình bày của văn bản Đảng).',
          '"Nơi nhận:" of an administrative document is bold italic, not underlined (underlining is the Party layout).',
        ),
        fix: { title: vi('Bỏ gạch chân', 'Remove the underline'), edits },
      });
    }
    const luu = noiNhanItems(nn).find(isLuuItem);
    if (luu && isPartyLuu(luu)) {
      const t = luu.joined.text;
      const m = /Lưu[ \t]*/iu.exec(t)!;
      report({
        span: paraSpan(luu),
        message: vi(
          `"${t.replace(/^[-+][ \t]*/, '')}" là cách ghi của văn bản Đảng; văn bản hành chính ghi "- Lưu: VT, <đơn vị soạn thảo>."`,
          `"${t.replace(/^[-+][ \t]*/, '')}" is the Party notation; an administrative document writes "- Lưu: VT, <drafting unit>."`,
        ),
        fix: {
          title: vi('Viết "Lưu: VT, …"', 'Write "Lưu: VT, …"'),
          edits: [
            {
              offset: startAt(luu.joined, m.index),
              length: endAt(luu.joined, m.index + m[0].length - 1) - startAt(luu.joined, m.index),
              newText: 'Lưu: VT, ',
            },
          ],
        },
      });
    }
  },
};
export default rule;
