import { recipientByContent } from '../../core/guards.js';
import { itemBody, noiNhanItems, ownLines, paraLines, paraSpan } from '../../core/footer.js';
import type { Item } from '../../core/model.js';
import { insertAt, vi, type Rule } from '../../core/rule.js';
import { upwardReportWithoutKinhGui } from '../../core/upward.js';

const NHU_TREN = /^Như[ \t]+trên(?![\p{L}])/iu;
const NHU_DIEU = /^Như[ \t]+(?:Điều|điều)[ \t]+(\d+)(?!\d)/u;

const rule: Rule = {
  id: 'NN-05',
  alias: 'nhu-tren',
  title: vi('Cách dùng "Như trên"', 'Use of "Như trên"'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm b; Phụ lục III, Mẫu 1.5, 1.8',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Văn bản có "Kính gửi" (công văn, tờ trình, báo cáo gửi cấp trên) ghi "- Như trên;" ở dòng đầu của nơi nhận để chỉ các nơi đã kính gửi: "Phần thứ hai bao gồm từ “Nơi nhận”, phía dưới là từ “Như trên”" (Phụ lục I, Phần I, Mục II, khoản 9 điểm b). Văn bản không có "Kính gửi" thì không dùng "Như trên", trừ giấy giới thiệu (Mẫu 1.8: "- Như trên; - Lưu: VT.") và giấy mời có danh sách người được mời trong nội dung. Quyết định ghi "- Như Điều n;" với n là điều quy định trách nhiệm thi hành.',
    'A document with "Kính gửi" (công văn, tờ trình, báo cáo sent upward) lists "- Như trên;" first among the recipients, standing for the addressees (Phụ lục I, Phần I, Mục II, khoản 9 điểm b). A document without "Kính gửi" does not use it, except a giấy giới thiệu (Mẫu 1.8: "- Như trên; - Lưu: VT.") and a giấy mời naming its invitees in the body. A quyết định writes "- Như Điều n;" naming the article on who implements it.',
  ),
  check({ letter, report }) {
    const nn = letter.noiNhan;
    const items = noiNhanItems(nn);
    if (!nn || !items.length) return;
    const eol = letter.src.eol;
    const nt = items.findIndex((p) => NHU_TREN.test(itemBody(p)));
    // a giấy mời ("trân trọng kính mời: …", practice) or công điện ("… điện:") names its addressees in the body; a
    // giấy giới thiệu's template reads "- Như trên; - Lưu: VT." (Mẫu 1.8); an upward báo cáo without Kính gửi is
    // KG-01's finding (one slip, one finding)
    const namesAddressees =
      letter.type === 'giay-gioi-thieu' ||
      letter.type === 'cong-dien' ||
      (letter.type === 'giay-moi' &&
        letter.body.some((p) => /(?<![\p{L}])kính[ \t]+mời(?![\p{L}])/iu.test(p.joined.key))) ||
      letter.body.some((p) => /(?:kính[ \t]+mời|[ \t]điện)[ \t]*:$/iu.test(p.joined.key)) ||
      upwardReportWithoutKinhGui(letter);
    if (letter.kinhGui) {
      if (nt < 0) {
        const first = items[0];
        report({
          span: paraSpan(first),
          message: vi(
            'Văn bản có "Kính gửi" thì dòng đầu của nơi nhận là "- Như trên;".',
            'With "Kính gửi", the first recipient line is "- Như trên;".',
          ),
          // "- Như trên;" goes above a recipient, not above a heading or a body line read as one
          fix:
            ownLines(first, nn) && recipientByContent(first)
              ? {
                  title: vi('Thêm "- Như trên;"', 'Add "- Như trên;"'),
                  edits: [insertAt(paraLines(letter, first).start, `- Như trên;${eol}`)],
                }
              : undefined,
        });
      } else if (nt > 0) {
        const p = items[nt];
        const first = items[0];
        const from = paraLines(letter, p);
        report({
          span: paraSpan(p),
          message: vi('"- Như trên;" là dòng đầu tiên của nơi nhận.', '"- Như trên;" is the first recipient line.'),
          fix:
            ownLines(p, nn) && ownLines(first, nn) && recipientByContent(first)
              ? {
                  title: vi('Chuyển "- Như trên;" lên đầu', 'Move "- Như trên;" to the top'),
                  edits: [
                    insertAt(paraLines(letter, first).start, from.raw + eol),
                    { offset: from.start, length: from.end - from.start, newText: '' },
                  ],
                }
              : undefined,
        });
      }
    } else if (nt >= 0 && !namesAddressees) {
      report({
        span: paraSpan(items[nt]),
        message: vi(
          `Văn bản không có "Kính gửi" thì không ghi "Như trên"; ghi cụ thể nơi nhận${letter.type === 'quyet-dinh' ? ' (quyết định ghi "- Như Điều n;")' : ''}.`,
          `Without "Kính gửi" there is no "Như trên"; name the recipients${letter.type === 'quyet-dinh' ? ' (a quyết định writes "- Như Điều n;")' : ''}.`,
        ),
      });
    }
    // "Như Điều n;" names an existing Điều
    const dieu = new Set<string>();
    const visit = (its: Item[]) =>
      its.forEach((it) => {
        if (it.kind === 'dieu') dieu.add(it.value);
        visit(it.children);
      });
    visit(letter.items);
    if (!dieu.size) return;
    for (const p of items) {
      const b = itemBody(p);
      const m = NHU_DIEU.exec(b);
      if (!m || dieu.has(m[1])) continue;
      const off = p.joined.text.length - b.length;
      const a = off + m[0].length - m[1].length;
      const max = [...dieu].reduce((m, d) => Math.max(m, Number(d)), -Infinity);
      report({
        span: paraSpan(p, a, a + m[1].length),
        message: vi(
          `Quyết định không có Điều ${m[1]} (các điều từ 1 đến ${max}); "Như Điều n" phải chỉ điều quy định trách nhiệm thi hành.`,
          `The decision has no Điều ${m[1]} (articles 1 to ${max}); "Như Điều n" must name the article on who implements it.`,
        ),
      });
    }
  },
};
export default rule;
