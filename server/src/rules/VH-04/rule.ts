import { textUnits } from '../../core/units.js';
import { memoByText, spanOfJoined, vi, type Rule } from '../../core/rule.js';
import { foldTones } from '../../core/source.js';

// Two-syllable words of organisation names whose second syllable is written in lower case ("Ủy ban", "Tài chính").
// Not "Công Thương": the official name is "Bộ Công Thương", "Sở Công Thương" (both syllables capitalised).
const WORDS = [
  'Ủy ban',
  'Hội đồng',
  'Văn phòng',
  'Chính phủ',
  'Quốc hội',
  'Mặt trận',
  'Tổ quốc',
  'Nhân dân',
  'Thường vụ',
  'Thường trực',
  'Chấp hành',
  'Chỉ đạo',
  'Chỉ huy',
  'Tài chính',
  'Nội vụ',
  'Tư pháp',
  'Giáo dục',
  'Đào tạo',
  'Y tế',
  'Kế hoạch',
  'Đầu tư',
  'Xây dựng',
  'Giao thông',
  'Vận tải',
  'Nông nghiệp',
  'Phát triển',
  'Nông thôn',
  'Tài nguyên',
  'Môi trường',
  'Lao động',
  'Thương binh',
  'Xã hội',
  'Văn hóa',
  'Thể thao',
  'Du lịch',
  'Thông tin',
  'Truyền thông',
  'Khoa học',
  'Công nghệ',
  'Ngoại vụ',
  'Thanh tra',
  'Công an',
  'Quân sự',
  'Dân tộc',
  'Chính trị',
  'Bí thư',
  'Tổ chức',
  'Tuyên giáo',
  'Dân vận',
  'Nội chính',
  'Kiểm tra',
  'Tổng cục',
  'Chi cục',
  'Quản lý',
  'Tài nguyên',
  'Ngân hàng',
  'Kho bạc',
  'Bảo hiểm',
  'Thống kê',
];
const TITLE = [...new Set(WORDS)].map((w) => w.replace(/ (\p{L})/u, (_, c: string) => ' ' + c.toLocaleUpperCase('vi')));
// the heads that open an organisation name; a listed word right after one of them (or another listed word) is
// part of the name: "Sở Tài Chính", "Ủy Ban Nhân Dân", "Ban Chỉ Đạo"
const HEADS = ['Bộ', 'Sở', 'Phòng', 'Cục', 'Ban', 'Vụ', 'Viện', 'Trung tâm', 'Đảng ủy', 'Tỉnh ủy', 'Huyện ủy'];
const STRONG = new Set(['Ủy Ban', 'Hội Đồng', 'Văn Phòng', 'Chính Phủ', 'Quốc Hội', 'Mặt Trận', 'Tổng Cục', 'Chi Cục']);
const ANY = `(?:${[...WORDS, ...TITLE].join('|').replace(/ /g, '[ \\t]+')})`;
const RUN = new RegExp(
  `(?<![\\p{L}])(?:(?<head>${HEADS.join('|')})[ \\t]+)?(?<run>${ANY}(?:[ \\t]+(?:và[ \\t]+|-[ \\t]+)?${ANY})*)(?![\\p{L}])`,
  'gu',
);
const PAIR = new RegExp(ANY, 'gu');

/** Organisation names written with every syllable capitalised in one paragraph, and how they should read. */
function namesOf(text: string): { a: number; b: number; written: string; want: string; head: string }[] {
  const out: { a: number; b: number; written: string; want: string; head: string }[] = [];
  const key = foldTones(text);
  for (const m of key.matchAll(RUN)) {
    const runAt = m.index + m[0].length - m.groups!.run.length;
    const run = m.groups!.run;
    const bad: [number, number][] = [];
    let strong = !!m.groups!.head;
    let count = 0;
    for (const p of run.matchAll(PAIR)) {
      count++;
      const w = p[0].replace(/[ \t]+/g, ' ');
      if (STRONG.has(w)) strong = true;
      if (/ \p{Lu}/u.test(w)) {
        const sp = p[0].search(/[ \t]\p{Lu}/u) + 1;
        bad.push([runAt + p.index + sp, runAt + p.index + p[0].length]);
      }
    }
    if (!bad.length || (!strong && count < 2)) continue;
    const a = runAt;
    const b = runAt + run.length;
    const written = text.slice(a, b);
    let want = written;
    for (const [x, y] of [...bad].reverse())
      want = want.slice(0, x - a) + want.slice(x - a, y - a).toLocaleLowerCase('vi') + want.slice(y - a);
    // "Nhân dân" after "Ủy ban"/"Hội đồng" is lower case too
    want = want.replace(/^(Ủy ban|Hội đồng)[ \t]+Nhân dân/u, (_, h: string) => `${h} nhân dân`);
    if (want === written) continue;
    out.push({ a, b, written, want, head: m.groups!.head ? `${m.groups!.head} ` : '' });
  }
  return out;
}

const rule: Rule = {
  id: 'VH-04',
  alias: 'organisation-name-case',
  title: vi('Viết hoa tên cơ quan, tổ chức', 'Capitalisation of organisation names'),
  provision: 'NĐ 30/2020, Phụ lục II, Mục IV, khoản 1 điểm a',
  severity: 'info',
  fixable: true,
  description: vi(
    'Tên cơ quan, tổ chức viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình và chức năng, lĩnh vực, không viết hoa mọi âm tiết: "Ủy ban nhân dân", "Sở Tài chính", "Bộ Lao động - Thương binh và Xã hội".',
    'An organisation name capitalises the first letter of the words naming its kind and field, not every syllable: "Ủy ban nhân dân", "Sở Tài chính".',
  ),
  prepare: (j) => void memoByText('VH-04', j.text, namesOf),
  check({ letter, report }) {
    for (const { j } of textUnits(letter)) {
      for (const { a, b, written, want, head } of memoByText('VH-04', j.text, namesOf)) {
        report({
          span: spanOfJoined(j, a, b),
          message: vi(
            `Tên cơ quan, tổ chức chỉ viết hoa chữ cái đầu của từ chỉ loại hình, lĩnh vực: "${head}${want}", không viết "${head}${written}".`,
            `An organisation name capitalises only the first letter of each word naming its kind or field: "${head}${want}", not "${head}${written}".`,
          ),
          fix: {
            title: vi(`Viết "${want}"`, `Write "${want}"`),
            edits: [...written].flatMap((ch, i) => {
              if (ch === want[i]) return [];
              const sp = spanOfJoined(j, a + i, a + i + 1);
              return [{ offset: sp.start, length: sp.end - sp.start, newText: want[i] }];
            }),
          },
        });
      }
    }
  },
};
export default rule;
