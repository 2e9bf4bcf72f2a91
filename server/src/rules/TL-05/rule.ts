import { spanOfJoined, vi, type Edit, type Rule } from '../../core/rule.js';
import type { Joined } from '../../core/source.js';

const edit = (j: Joined, a: number, b: number, newText: string): Edit => {
  const s = spanOfJoined(j, a, b);
  return { offset: s.start, length: s.end - s.start, newText };
};

const rule: Rule = {
  id: 'TL-05',
  alias: 'trich-yeu-phrase',
  title: vi('Trích yếu không kết thúc bằng dấu chấm', 'Summary without a final full stop'),
  provision: 'Thực tiễn, không có trong NĐ 30/2020 (Phụ lục I, Phần I, Mục II, khoản 5 điểm a; Phụ lục III)',
  severity: 'info',
  fixable: true,
  description: vi(
    'Trích yếu "là một câu ngắn gọn hoặc một cụm từ phản ánh khái quát nội dung chủ yếu của văn bản" (Phụ lục I, Phần I, Mục II, khoản 5 điểm a). Theo các mẫu của Phụ lục III và thực tiễn (nghị định không quy định), trích yếu không có dấu chấm cuối; sau "V/v" viết chữ thường (V/v triển khai …), trích yếu đứng riêng dưới tên loại viết hoa chữ cái đầu.',
    'The summary is "a short sentence or a phrase" giving the gist of the document (Phụ lục I, Phần I, Mục II, khoản 5 điểm a). As the templates of Phụ lục III and practice show (the decree has no rule on it), it carries no final full stop; after "V/v" it starts in lower case (V/v triển khai …); standing alone under a type name it starts with a capital.',
  ),
  check({ letter, report }) {
    const ty = letter.trichYeu;
    if (!ty) return;
    const j = ty.joined;
    const t = j.text;
    // final full stop (not "./.", not an abbreviation's dot such as "TP.")
    const end = t.trimEnd().length;
    if (/[^./]\.$/u.test(t.slice(0, end)) && !/(?<![\p{L}])\p{Lu}{1,3}\.$/u.test(t.slice(0, end))) {
      report({
        span: spanOfJoined(j, end - 1, end),
        message: vi(
          'Trích yếu thường không có dấu chấm cuối (các mẫu của Phụ lục III; thực tiễn, nghị định không quy định): có thể bỏ dấu "." ở cuối.',
          'A summary usually has no final full stop (the templates of Phụ lục III; practice, not a rule of the decree): the final "." can go.',
        ),
        fix: { title: vi('Bỏ dấu chấm cuối', 'Drop the final full stop'), edits: [edit(j, end - 1, end, '')] },
      });
    }
    const all = ty.text;
    if (all === all.toLocaleUpperCase('vi')) return; // an upper-cased summary (publisher's style): no case advice
    let start: number;
    if (ty.vv && ty.vvAt) {
      const m = /^[ \t]*:?[ \t]*/u.exec(t.slice(ty.vvAt[1]))!;
      start = ty.vvAt[1] + m[0].length;
    } else if (letter.tenLoai) {
      start = t.search(/\S/);
      if (letter.tenLoai.rest) return; // the summary shares the type line: TL-01
    } else return;
    const w = /^(\p{L}+)(?:[ \t]+(\p{L}+))?/u.exec(t.slice(start));
    if (!w) return;
    const [word, next] = [w[1], w[2] ?? ''];
    const c = word[0];
    if (ty.vv && ty.vvAt && !/^về việc$/iu.test(t.slice(...ty.vvAt))) {
      // V/v + a capitalised common word ("V/v Triển khai"), not a name ("V/v Quảng Ngãi …") or a cited type ("V/v Kế
      // hoạch số …")
      if (c !== c.toLocaleUpperCase('vi') || c === c.toLocaleLowerCase('vi')) return;
      if (word.length > 1 && word === word.toLocaleUpperCase('vi')) return; // an abbreviation
      if (!next || next[0] !== next[0].toLocaleLowerCase('vi') || /^số$/iu.test(next)) return;
      if (/^(?:số|Số)$/u.test(/^\p{L}+[ \t]+\p{L}+[ \t]+(\p{L}+)/u.exec(t.slice(start))?.[1] ?? '')) return;
      const low = c.toLocaleLowerCase('vi');
      report({
        span: spanOfJoined(j, start, start + word.length),
        message: vi(
          `Sau "V/v" trích yếu viết chữ thường (trừ tên riêng): "V/v ${low}${word.slice(1)} …".`,
          `After "V/v" the summary starts in lower case (except proper names): "V/v ${low}${word.slice(1)} …".`,
        ),
        fix: {
          title: vi(`Viết "${low}${word.slice(1)}"`, `Write "${low}${word.slice(1)}"`),
          edits: [edit(j, start, start + 1, low)],
        },
      });
      return;
    }
    if (!ty.vv || /^về việc$/iu.test(t.slice(...(ty.vvAt ?? [0, 0])))) {
      if (ty.vv) return; // "Về việc …" under a type line starts with a capital already
      if (c === c.toLocaleUpperCase('vi')) return;
      const up = c.toLocaleUpperCase('vi');
      report({
        span: spanOfJoined(j, start, start + word.length),
        message: vi(
          `Trích yếu đứng dưới tên loại viết hoa chữ cái đầu: "${up}${word.slice(1)} …".`,
          `A summary under the type name starts with a capital: "${up}${word.slice(1)} …".`,
        ),
        fix: {
          title: vi(`Viết "${up}${word.slice(1)}"`, `Write "${up}${word.slice(1)}"`),
          edits: [edit(j, start, start + 1, up)],
        },
      });
    }
  },
};
export default rule;
