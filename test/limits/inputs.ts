// The hostile inputs of the limits suite (issue 12): each a whole letter (header, body, Nơi nhận, signature) whose
// body is made huge or deeply nested, so the rules run on it as on any letter.
const HEAD = `**UBND TỈNH BÌNH AN
SỞ NỘI VỤ**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc**

Số: 12/SNV-CCVC

Bình An, ngày 05 tháng 01 năm 2026

V/v đăng ký nhu cầu bồi dưỡng công chức năm 2026

Kính gửi: Các phòng, đơn vị thuộc Sở.

Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND tỉnh, Sở Nội vụ đề nghị các cơ quan, đơn vị:

`;

const FOOT = `

Đề nghị các cơ quan, đơn vị gửi về Sở Nội vụ trước ngày 20/01/2026./.

**Nơi nhận:**

- Như trên;
- Lưu: VT, CCVC.

**KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC**

**Lê Thị Hồng Nhung**
`;

const SENTENCE = 'Rà soát nhu cầu bồi dưỡng của công chức thuộc phạm vi quản lý theo Kế hoạch số 12/KH-UBND. ';

export const letter = (body: string) => HEAD + body + FOOT;

/** `size` characters of body in numbered paragraphs of about 600 characters. */
function paragraphs(size: number): string {
  const para = SENTENCE.repeat(6);
  const parts: string[] = [];
  let n = 0;
  for (let k = 1; n < size; k++) {
    const p = `${k}. ${para}\n\n`;
    parts.push(p);
    n += p.length;
  }
  return parts.join('');
}

/** One line of `size` characters. */
const oneLine = (size: number) => SENTENCE.repeat(Math.ceil(size / SENTENCE.length)).slice(0, size);

/** The shapes, by size. */
export const make = {
  paragraphs: (size: number) => letter(paragraphs(size)),
  list: (lines: number) => letter(Array.from({ length: lines }, (_, i) => `- Đơn vị thứ ${i + 1};`).join('\n')),
  nestedList: (levels: number) =>
    letter(Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- mục ${i + 1}`).join('\n')),
  quotes: (levels: number) => letter('>'.repeat(levels) + ' trích dẫn'),
  quoteLines: (levels: number) =>
    letter(Array.from({ length: levels }, (_, i) => `${'> '.repeat(i + 1)}đoạn ${i + 1}`).join('\n')),
  dashes: (n: number) => letter('- '.repeat(n) + 'mục'),
  /** `lines` lines of `depth` list markers each ("- - - … mục"). */
  dashLines: (lines: number, depth: number) =>
    letter(Array.from({ length: lines }, (_, i) => '- '.repeat(depth) + `mục ${i + 1}`).join('\n')),
  line: (size: number) => letter(oneLine(size)),
};

export interface LimitInput {
  name: string;
  make: () => string;
}

export const INPUTS: LimitInput[] = [
  { name: '10 MB letter', make: () => make.paragraphs(10_000_000) },
  { name: '100,000-line list', make: () => make.list(100_000) },
  { name: '5,000 nested list levels', make: () => make.nestedList(5_000) },
  { name: '5,000 nested quotes', make: () => make.quotes(5_000) },
  { name: '5,000 nested quotes (one per line)', make: () => make.quoteLines(5_000) },
  { name: '"- - - …" ×5,000', make: () => make.dashes(5_000) },
  { name: '10 MB single line', make: () => make.line(10_000_000) },
  { name: 'line of 125,000 characters', make: () => make.line(125_000) },
];
