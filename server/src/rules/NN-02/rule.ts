import { isLuuItem, noiNhanItems, paraSpan, replaceInPara } from '../../core/footer.js';
import { recipientByContent } from '../../core/guards.js';
import { vi, type Rule } from '../../core/rule.js';

const rule: Rule = {
  id: 'NN-02',
  alias: 'noi-nhan-item',
  title: vi('Dòng nơi nhận sai dấu câu', 'Recipient line punctuation'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'warning',
  fixable: true,
  description: vi(
    'Mỗi nơi nhận viết một dòng, bắt đầu bằng gạch đầu dòng "-" và kết thúc bằng dấu chấm phẩy ";"; ghi chú mục đích (để báo cáo, để thực hiện) đặt trước dấu ";". Dòng cuối là "- Lưu: …" kết thúc bằng dấu chấm.',
    'Each recipient takes one line, starting with a hyphen "-" and ending with a semicolon ";"; a purpose note (để báo cáo, để thực hiện) goes before the ";". The last line is "- Lưu: …" ending with a full stop.',
  ),
  check({ letter, report }) {
    const items = noiNhanItems(letter.noiNhan);
    let groupHead = false; // "- Các sở:" followed by "+ …" sub-items
    for (const p of items) {
      if (isLuuItem(p)) continue;
      const t = p.joined.text;
      const bullet = /^([-+•*–—])?[ \t]*/u.exec(t)!;
      const bodyAt = bullet[0].length;
      if (bodyAt >= t.length) continue;
      // a line of the body read as a recipient (no bullet, and numbered, closed by "./." or a whole paragraph long):
      // reported, but neither bulleted nor re-punctuated
      const recipient = recipientByContent(p);
      const fixIf = <F>(fix: F) => (recipient ? { fix } : {});
      // bullet
      if (bullet[1] !== '-' && !(bullet[1] === '+' && groupHead)) {
        const found = bullet[1] ? `"${bullet[1]}"` : vi('không có gạch đầu dòng', 'no bullet').vi;
        report({
          span: paraSpan(p, 0, Math.max(1, bodyAt)),
          message: vi(
            `Mỗi dòng nơi nhận bắt đầu bằng gạch đầu dòng "-" (thấy ${found}).`,
            `Each recipient line starts with a hyphen "-" (found ${bullet[1] ? `"${bullet[1]}"` : 'no bullet'}).`,
          ),
          ...fixIf({ title: vi('Dùng "- "', 'Use "- "'), edits: [replaceInPara(p, 0, bodyAt, '- ')] }),
        });
      }
      const body = t.slice(bodyAt);
      if (/:$/.test(body)) {
        groupHead = true;
        continue;
      }
      if (bullet[1] === '-') groupHead = false;
      const semi = body.indexOf(';');
      if (semi >= 0 && semi < body.length - 1) {
        const after = body.slice(semi + 1).trim();
        const a = bodyAt + semi;
        if (/;$/.test(after) && /^\p{Lu}/u.test(after)) {
          // two recipients on one line
          const sp = /^;[ \t]*/.exec(t.slice(a))![0].length;
          report({
            span: paraSpan(p, a, t.length),
            message: vi(
              'Mỗi nơi nhận viết một dòng riêng: tách phần sau dấu ";" thành một dòng mới.',
              'One recipient per line: move the part after ";" to a new line.',
            ),
            ...fixIf({
              title: vi('Tách thành dòng mới', 'Split onto a new line'),
              edits: [replaceInPara(p, a, a + sp, ';' + letter.src.eol + '- ')],
            }),
          });
        } else {
          const note = after.replace(/[;.,]+$/, '').trim();
          report({
            span: paraSpan(p, a, t.length),
            message: vi(
              `Không ghi thêm sau dấu ";" của dòng nơi nhận; đặt "${note}" trước dấu ";".`,
              `Nothing follows a recipient's ";"; put "${note}" before the ";".`,
            ),
            ...fixIf({
              title: vi(`Chuyển "${note}" lên trước dấu ";"`, `Move "${note}" before the ";"`),
              edits: [replaceInPara(p, a, t.length, (note ? ' ' + note : '') + ';')],
            }),
          });
        }
        continue;
      }
      const end = /[ \t]*([.,;:!]?)$/u.exec(body)!;
      if (end[1] === ';' && end[0].length === 1) continue;
      const a = bodyAt + end.index;
      report({
        span: end[1] ? paraSpan(p, a, t.length) : paraSpan(p, t.length - 1, t.length),
        message: end[1]
          ? vi(
              `Dòng nơi nhận kết thúc bằng dấu chấm phẩy ";", không phải "${end[1]}".`,
              `A recipient line ends with ";", not "${end[1]}".`,
            )
          : vi('Dòng nơi nhận phải kết thúc bằng dấu chấm phẩy ";".', 'A recipient line must end with ";".'),
        ...fixIf({ title: vi('Kết thúc bằng ";"', 'End with ";"'), edits: [replaceInPara(p, a, t.length, ';')] }),
      });
    }
  },
};
export default rule;
