import { spanOf, vi, type Rule, type Text } from '../../core/rule.js';
import type { Line } from '../../core/source.js';

interface Part {
  name: Text;
  line: Line;
}

const rule: Rule = {
  id: 'DOC-04',
  alias: 'block-order',
  title: vi('Sai thứ tự các thành phần thể thức', 'Format components out of order'),
  provision: 'NĐ 30/2020, Phụ lục I, Phần I, Mục IV',
  severity: 'warning',
  description: vi(
    'Các thành phần được trình bày theo sơ đồ bố trí của Phụ lục I: tên cơ quan và Quốc hiệu (hai cột) → số, ký hiệu → địa danh, ngày → tên loại, trích yếu (hoặc V/v) → Kính gửi → căn cứ → nội dung → nơi nhận và chữ ký. Một thành phần đứng sau phần mà lẽ ra nó phải đứng trước được báo một lần, kèm cả hai vị trí.',
    'The components follow the layout diagram of Phụ lục I: issuing body and national title (two columns) → number → place and date → type name and summary (or V/v) → Kính gửi → legal bases → content → recipients and signature. A component found after a part it should precede is reported once, with both positions.',
  ),
  check({ letter, report }) {
    const P = (name: Text, line: Line | undefined): Part | undefined => (line ? { name, line } : undefined);
    const agency = P(vi('tên cơ quan ban hành', 'the issuing body'), letter.agency?.lines[0]);
    const qh = P(
      vi('Quốc hiệu, Tiêu ngữ', 'the national title and motto'),
      letter.quocHieu?.quocHieu ?? letter.quocHieu?.tieuNgu,
    );
    const so = P(vi('số, ký hiệu', 'the number and symbol'), letter.so?.line);
    const date = P(vi('địa danh, ngày tháng', 'the place and date'), letter.date?.line);
    const tenLoai = P(vi('tên loại văn bản', 'the type name'), letter.tenLoai?.line);
    const vv = P(
      vi('trích yếu "V/v"', 'the "V/v" summary'),
      !letter.tenLoai && letter.trichYeu?.vv ? letter.trichYeu.lines[0] : undefined,
    );
    const kinhGui = P(vi('"Kính gửi"', '"Kính gửi"'), letter.kinhGui?.head);
    const canCu = P(vi('căn cứ ban hành', 'the legal bases'), letter.canCu[0]?.lines[0]);
    const body = P(vi('nội dung', 'the content'), letter.body[0]?.lines[0]);
    const noiNhan = P(vi('nơi nhận', 'the recipients'), letter.noiNhan?.head);
    const sig = P(vi('chữ ký', 'the signature'), letter.signature?.lines[0]);
    // pairs (a, b): a must come before b. The header is two columns linearised either way, so only the order
    // inside a column and the order of the full-width rows is required.
    const header = [agency, qh, so, date];
    const pairs: [Part | undefined, Part | undefined][] = [
      [agency, so],
      [qh, date],
      [agency, vv],
      [so, vv],
      ...header.map((h) => [h, tenLoai] as [Part | undefined, Part | undefined]),
      ...[...header, tenLoai, vv].map((h) => [h, kinhGui] as [Part | undefined, Part | undefined]),
      ...[...header, tenLoai, vv, kinhGui].map((h) => [h, canCu] as [Part | undefined, Part | undefined]),
      ...[...header, tenLoai, vv, kinhGui, canCu].map((h) => [h, body] as [Part | undefined, Part | undefined]),
      ...[...header, tenLoai, vv, kinhGui, canCu, body].flatMap(
        (h) =>
          [
            [h, noiNhan],
            [h, sig],
          ] as [Part | undefined, Part | undefined][],
      ),
    ];
    let worst: [Part, Part] | undefined;
    for (const [a, b] of pairs) {
      if (!a || !b || a.line.start < b.line.start) continue;
      // `a` (which should come first) appears after `b`: report at `a`, the earliest such one
      if (
        !worst ||
        a.line.start < worst[0].line.start ||
        (a.line.start === worst[0].line.start && b.line.start < worst[1].line.start)
      )
        worst = [a, b];
    }
    if (!worst) return;
    const [a, b] = worst;
    report({
      span: spanOf(a.line),
      message: vi(
        `Sai thứ tự: ${a.name.vi} (dòng ${a.line.line + 1}) phải đứng trước ${b.name.vi} (dòng ${b.line.line + 1}); chuyển lên đúng vị trí theo sơ đồ bố trí.`,
        `Out of order: ${a.name.en} (line ${a.line.line + 1}) must come before ${b.name.en} (line ${b.line.line + 1}); move it up to its place in the layout.`,
      ),
      related: [
        {
          span: spanOf(b.line),
          message: vi(
            `${b.name.vi[0].toLocaleUpperCase('vi')}${b.name.vi.slice(1)} ở đây`,
            `${b.name.en[0].toUpperCase()}${b.name.en.slice(1)} is here`,
          ),
        },
      ],
    });
  },
};
export default rule;
