import { isLuuItem, isPartyLuu, noiNhanItems, paraSpan } from '../../core/footer.js';
import { vi, type Edit, type Rule } from '../../core/rule.js';
import { endAt, startAt } from '../../core/source.js';

const rule: Rule = {
  id: 'NN-06',
  alias: 'noi-nhan-party-style',
  title: vi('Cách ghi nơi nhận kiểu văn bản Đảng', 'Party-style recipients block'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Văn bản hành chính trình bày "Nơi nhận:" in nghiêng, đậm (không gạch chân) và dòng lưu "- Lưu: VT, <đơn vị>."; chữ "Nơi nhận" gạch chân và dòng "Lưu Văn phòng …" không có dấu hai chấm là cách trình bày của văn bản Đảng.',
    'An administrative document sets "Nơi nhận:" in bold italics (not underlined) with the filing line "- Lưu: VT, <unit>."; an underlined "Nơi nhận" and a "Lưu Văn phòng …" line without a colon are the Party layout.',
  ),
  check({ letter, report }) {
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
