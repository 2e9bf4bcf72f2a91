import { memoWhileEditing, spanOf, vi, type Rule } from '../../core/rule.js';

const EXT = '(?:docx?|xlsx?|pptx?|pdf|odt|ods|rtf|txt)';
const PATTERNS: [RegExp, string, string][] = [
  [/(?<![\p{L}\d])[A-Za-z]:[\\\/](?:[^\\\/\n]*[\\\/])*[^\\\/\n]*/u, 'đường dẫn tệp', 'a file path'],
  [/\\\\[\w.$-]+\\[^\s]+/u, 'đường dẫn mạng', 'a network path'],
  [/(?:^|[ \t(])(?:~|\/(?:home|Users|mnt|media|tmp|var))\/\S+/u, 'đường dẫn tệp', 'a file path'],
  [new RegExp(`^[\\p{L}\\d _.()\\-–]{1,80}\\.${EXT}$`, 'iu'), 'tên tệp', 'a file name'],
  [
    /^\[?(?:Comment|Bình luận|Nhận xét|Deleted|Formatted|Inserted|Đã xóa|Đã định dạng)[ \t]*(?:\[[^\]]*\])?[ \t]*:/iu,
    'dấu vết sửa đổi, bình luận của trình soạn thảo',
    'tracked-change or comment residue',
  ],
  [
    /\[(?:ghi chú|lưu ý|note|todo|fixme|cần (?:sửa|xem|bổ sung|kiểm tra)|xem lại|sửa lại|chờ)[^\]]*\]/iu,
    'ghi chú soạn thảo',
    'a drafting note',
  ],
];

/** The first stray piece of a line's key: where it starts (after leading space), the match, and what it is. */
function strayIn(key: string): [number, { index: number; 0: string }, string, string] | null {
  for (const [re, vi_, en] of PATTERNS) {
    const m = re.exec(key);
    if (!m) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const a = m.index + lead;
    if (
      /^https?:|^www\./iu.test(key.slice(Math.max(0, a - 8), a + 4)) ||
      /:\/\//u.test(key.slice(Math.max(0, a - 8), a + 3))
    )
      continue;
    return [a, { index: m.index, 0: m[0] }, vi_, en];
  }
  return null;
}

const rule: Rule = {
  id: 'ND-05',
  alias: 'stray-content',
  title: vi(
    'Lẫn nội dung không thuộc văn bản (đường dẫn tệp, ghi chú soạn thảo)',
    'Material that is not part of the document (file paths, drafting notes)',
  ),
  provision: 'NĐ 30/2020, Điều 8',
  severity: 'warning',
  description: vi(
    'Văn bản chỉ gồm các thành phần thể thức theo Điều 8. Đường dẫn, tên tệp, dấu vết sửa đổi hay bình luận của trình soạn thảo và ghi chú trao đổi giữa người soạn thảo không được để lại trong văn bản.',
    'A document contains only the components of Điều 8. File paths and names, tracked-change or comment residue and notes between drafters must not be left in it.',
  ),
  check({ letter, report }) {
    const seen = new Set<number>();
    for (const b of letter.blocks) {
      if (b.kind === 'html' || b.kind === 'code') continue;
      for (const l of b.lines) {
        if (!l.text || seen.has(l.line)) continue;
        seen.add(l.line);
        const hit = memoWhileEditing('ND-05', l.key, strayIn);
        if (hit) {
          const [a, m, vi_, en] = hit;
          report({
            span: spanOf(l, a, m.index + m[0].length),
            message: vi(
              `Dòng này chứa ${vi_} ("${l.text.slice(a, m.index + m[0].length)}"), không thuộc nội dung văn bản: xóa trước khi phát hành.`,
              `This line holds ${en} ("${l.text.slice(a, m.index + m[0].length)}"), which is not part of the document: remove it before issuing.`,
            ),
          });
        }
      }
    }
  },
};
export default rule;
