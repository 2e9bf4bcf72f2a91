import { R } from '../../core/patterns.js';
import type { Paragraph } from '../../core/model.js';
import { insertAt, replaceIn, spanOf, vi, type Rule } from '../../core/rule.js';
import { endAt } from '../../core/source.js';

const rule: Rule = {
  id: 'KG-03',
  alias: 'kinh-gui-list',
  title: vi('Danh sách "Kính gửi" sai cách trình bày', 'Badly laid out "Kính gửi" list'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 9 điểm d',
  severity: 'error',
  fixable: true,
  description: vi(
    'Một nơi nhận thì ghi cùng dòng với "Kính gửi:"; hai nơi nhận trở lên thì mỗi nơi nhận một dòng, đầu dòng có gạch đầu dòng, cuối dòng có dấu chấm phẩy, dòng cuối cùng có dấu chấm.',
    'One addressee goes on the "Kính gửi:" line; two or more go one per line, each starting with a dash and ending with a semicolon, the last with a full stop.',
  ),
  check({ letter, report }) {
    const kg = letter.kinhGui;
    if (!kg) return;
    const inlineDash = !!kg.inline && /^-[ \t]/.test(kg.inline);
    const items = kg.items;
    if (kg.inline && !inlineDash) {
      const inl = kg.inline;
      const off = kg.head.text.length - inl.length;
      if (items.length && !items.some((p) => /^-[ \t]/.test(p.joined.key))) {
        // "Kính gửi: Sở A;" ⏎ "Sở B;" ⏎ "UBND các xã.": addressees one per line, but without dashes and the first on
        // the heading line — the list shape, one finding
        report({
          span: spanOf(kg.head, off),
          severity: 'warning',
          message: vi(
            'Nhiều nơi nhận: ghi "Kính gửi:" rồi xuống dòng, mỗi nơi nhận một dòng, đầu dòng có gạch đầu dòng "- ".',
            'Several addressees: write "Kính gửi:", then each addressee on its own line starting with a dash "- ".',
          ),
        });
        return;
      }
      if (items.length) {
        report({
          span: spanOf(kg.head, off),
          message: vi(
            'Không ghi nơi nhận vừa trên dòng "Kính gửi:" vừa thành danh sách bên dưới: một nơi nhận thì ghi cùng dòng, nhiều nơi nhận thì mỗi nơi nhận một dòng có gạch đầu dòng.',
            'Do not put an addressee on the "Kính gửi:" line and a list below it: one addressee goes inline, several go one per dash line.',
          ),
        });
        return;
      }
      const semi = /;[ \t]*\S/u.exec([inl, ...kg.inlineMore.map((l) => l.text)].join(' '));
      if (semi) {
        report({
          span: spanOf(kg.head, off),
          severity: 'warning',
          message: vi(
            'Nhiều nơi nhận ghi trên một dòng, ngăn cách bằng dấu chấm phẩy: mỗi nơi nhận phải ghi một dòng riêng, đầu dòng có gạch đầu dòng.',
            'Several addressees on one line separated by semicolons: put each on its own dash line.',
          ),
        });
      }
      return;
    }
    if (!kg.inline && !items.length) {
      report({
        span: spanOf(kg.head),
        message: vi(
          '"Kính gửi:" chưa ghi nơi nhận: ghi tên cơ quan, tổ chức hoặc cá nhân nhận văn bản.',
          '"Kính gửi:" names no addressee: add the receiving body or person.',
        ),
      });
      return;
    }
    // a công điện's "<AUTHORITY> điện:" is followed by the addressee list, even for one addressee
    if (items.length === 1 && R.KINHGUI_LOOSE.test(kg.head.key) && !SEVERAL.test(items[0].joined.key)) {
      report({
        span: spanOf(items[0].lines[0]),
        severity: 'info',
        message: vi(
          'Chỉ có một nơi nhận: nên ghi ngay sau "Kính gửi:" trên cùng một dòng, không cần gạch đầu dòng.',
          'Only one addressee: it can go on the "Kính gửi:" line itself, without a dash.',
        ),
      });
      return;
    }
    items.forEach((p, i) => checkItem(p, i === items.length - 1, report));
  },
};

/** Several addressees on one line: a semicolon with more text after it ("- Sở A; Sở B."). */
const SEVERAL = /;[ \t]*\S/u;

function checkItem(p: Paragraph, last: boolean, report: Parameters<Rule['check']>[0]['report']): void {
  const text = p.joined.text;
  if (SEVERAL.test(p.joined.key)) {
    report({
      span: spanOf(p.lines[0], 0, p.lines[0].text.length),
      severity: 'warning',
      message: vi(
        'Nhiều nơi nhận ghi trên một dòng, ngăn cách bằng dấu chấm phẩy: mỗi nơi nhận phải ghi một dòng riêng, đầu dòng có gạch đầu dòng.',
        'Several addressees on one line separated by semicolons: put each on its own dash line.',
      ),
    });
    return;
  }
  if (!/^-[ \t]+\S/u.test(text)) {
    report({
      span: spanOf(p.lines[0], 0, Math.min(p.lines[0].text.length, 1)),
      severity: 'warning',
      message: vi(
        'Mỗi nơi nhận trong danh sách "Kính gửi" bắt đầu bằng gạch đầu dòng "- ".',
        'Each addressee of the "Kính gửi" list starts with a dash "- ".',
      ),
    });
  }
  const line = [...p.lines].reverse().find((l) => l.text)!;
  const want = last ? '.' : ';';
  const t = line.text;
  const endM = /[;.,:]+$/u.exec(t);
  const end = endM?.[0] ?? '';
  if (end === want) return;
  const edit = endM ? replaceIn(line, endM.index, t.length, want) : insertAt(endAt(line, t.length - 1), want);
  const at = endM ? endM.index : t.length - 1;
  report({
    span: spanOf(line, at, t.length),
    severity: 'warning',
    message: last
      ? vi(
          `Nơi nhận cuối cùng của danh sách "Kính gửi" kết thúc bằng dấu chấm (.)${end ? `, thấy "${end}"` : ', dòng này chưa có dấu câu'}.`,
          `The last addressee ends with a full stop (.)${end ? `, found "${end}"` : '; this line has none'}.`,
        )
      : vi(
          `Mỗi nơi nhận (trừ nơi nhận cuối) kết thúc bằng dấu chấm phẩy (;)${end ? `, thấy "${end}"` : ', dòng này chưa có dấu câu'}.`,
          `Each addressee but the last ends with a semicolon (;)${end ? `, found "${end}"` : '; this line has none'}.`,
        ),
    fix: { title: vi(`Kết thúc dòng bằng "${want}"`, `End the line with "${want}"`), edits: [edit] },
  });
}
export default rule;
