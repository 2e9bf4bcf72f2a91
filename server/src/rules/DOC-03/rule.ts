import { spanOf, vi, type Finding, type Rule, type Text } from '../../core/rule.js';
import type { Line, Span } from '../../core/source.js';

/** The nine main components of Điều 8 khoản 2 (dấu / chữ ký số cannot appear in Markdown and is never reported). */
const rule: Rule = {
  id: 'DOC-03',
  alias: 'missing-component',
  title: vi('Thiếu thành phần thể thức chính', 'Main format component missing'),
  provision: 'NĐ 30/2020, Điều 8 khoản 2; Phụ lục III, Mẫu 1.9',
  severity: 'error',
  description: vi(
    'Văn bản hành chính phải có đủ các thành phần chính: Quốc hiệu và Tiêu ngữ; tên cơ quan ban hành; số, ký hiệu; địa danh và thời gian ban hành; tên loại và trích yếu (công văn: trích yếu "V/v"); nội dung; chức vụ, họ tên và chữ ký của người có thẩm quyền; nơi nhận. Biên bản không có dòng địa danh và ngày tháng (Mẫu 1.9: thời gian, địa điểm ghi trong nội dung). Trong bản dự thảo, tên người ký còn để trống chỉ là thông tin.',
    'An administrative document must contain every main component: national title and motto; issuing body; number and symbol; place and date; type name and summary (a công văn: the "V/v" summary); content; title, name and signature of the signer; recipients. A biên bản has no place-and-date line (Mẫu 1.9: time and place are in the body). In a draft a blank signer name is only informational.',
  ),
  check({ letter, report }) {
    const lines = (xs: (Line | undefined)[]) => xs.filter((l): l is Line => !!l);
    const first = lines([
      letter.agency?.lines[0],
      letter.quocHieu?.quocHieu,
      letter.quocHieu?.tieuNgu,
      letter.so?.line,
      letter.date?.line,
      letter.tenLoai?.line,
      letter.trichYeu?.lines[0],
    ]).sort((a, b) => a.start - b.start)[0];
    const firstText = letter.blocks.find((b) => b.lines.some((l) => l.text))?.lines.find((l) => l.text);
    const docStart: Span = first
      ? spanOf(first)
      : firstText
        ? spanOf(firstText)
        : { start: 0, end: letter.src.lineEnds[0] };
    const at = (...xs: (Line | undefined)[]): Span => {
      const l = lines(xs)[0];
      return l ? spanOf(l) : docStart;
    };
    const missing = (span: Span, what: Text, how: Text, severity?: Finding['severity']) =>
      report({
        span,
        ...(severity ? { severity } : {}),
        message: vi(`Thiếu ${what.vi}: ${how.vi}`, `Missing ${what.en}: ${how.en}`),
      });
    const qh = letter.quocHieu;
    const noHeader = !qh && !letter.agency && !letter.so && !letter.date && !letter.tenLoai && !letter.trichYeu;
    if (noHeader) {
      // only the body is there (a page that publishes the content only): one finding, not six
      missing(
        docStart,
        vi('toàn bộ phần đầu văn bản', 'the whole header'),
        vi(
          'thêm tên cơ quan, Quốc hiệu và Tiêu ngữ, số và ký hiệu, địa danh và ngày tháng, tên loại và trích yếu (công văn: "V/v ...") trước nội dung.',
          'add the issuing body, national title and motto, number and symbol, place and date, type name and summary (a công văn: "V/v ...") before the content.',
        ),
      );
    } else if (!qh) {
      missing(
        at(letter.agency?.lines[0]),
        vi('Quốc hiệu và Tiêu ngữ', 'the national title and motto'),
        vi(
          'thêm hai dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" và "Độc lập - Tự do - Hạnh phúc" ở đầu văn bản, bên phải tên cơ quan.',
          'add the two lines "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" at the top, right of the issuing body.',
        ),
      );
    } else if (!qh.quocHieu) {
      missing(
        at(qh?.tieuNgu, letter.agency?.lines[0]),
        vi('Quốc hiệu', 'the national title (Quốc hiệu)'),
        vi(
          'thêm dòng "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở đầu văn bản, bên phải tên cơ quan.',
          'add the line "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" at the top, right of the issuing body.',
        ),
      );
    }
    if (qh && !qh.tieuNgu) {
      missing(
        at(qh?.quocHieu, letter.agency?.lines[0]),
        vi('Tiêu ngữ', 'the motto (Tiêu ngữ)'),
        vi(
          'thêm dòng "Độc lập - Tự do - Hạnh phúc" ngay dưới Quốc hiệu.',
          'add the line "Độc lập - Tự do - Hạnh phúc" right under the national title.',
        ),
      );
    }
    if (!noHeader && !letter.agency) {
      missing(
        at(qh?.quocHieu, qh?.tieuNgu, letter.so?.line),
        vi('tên cơ quan ban hành', 'the issuing body'),
        vi(
          'ghi tên cơ quan (và cơ quan chủ quản, nếu có) bằng chữ in hoa ở đầu văn bản, bên trái.',
          'write the issuing body (and its governing body, if any) in capitals at the top left.',
        ),
      );
    }
    // a thư công has no type code (Phụ lục III) and is often sent without a number
    if (!noHeader && !letter.so && letter.type !== 'thu-cong') {
      missing(
        at(letter.agency?.lines[letter.agency.lines.length - 1], letter.date?.line, qh?.tieuNgu),
        vi('số, ký hiệu văn bản', 'the number and symbol'),
        vi(
          'thêm dòng "Số: .../..." dưới tên cơ quan (số để trống trong bản dự thảo).',
          'add a "Số: .../..." line under the issuing body (the number stays blank in a draft).',
        ),
      );
    }
    if (!noHeader && !letter.date && letter.type !== 'bien-ban') {
      missing(
        at(qh?.tieuNgu, letter.so?.line, qh?.quocHieu),
        vi('địa danh và thời gian ban hành', 'the place and date'),
        vi(
          'thêm dòng "<Địa danh>, ngày ... tháng ... năm ..." dưới Tiêu ngữ (ngày để trống trong bản dự thảo).',
          'add a "<Place>, ngày ... tháng ... năm ..." line under the motto (the day stays blank in a draft).',
        ),
      );
    }
    if (!noHeader && !letter.tenLoai && !letter.trichYeu) {
      const near = at(letter.date?.line, letter.so?.line, qh?.tieuNgu);
      if (letter.type === 'cong-van') {
        missing(
          near,
          vi('trích yếu của công văn', 'the summary of the công văn'),
          vi('thêm dòng "V/v <nội dung tóm tắt>" dưới số, ký hiệu.', 'add a "V/v <summary>" line under the number.'),
        );
      } else {
        missing(
          near,
          vi('tên loại và trích yếu', 'the type name and summary'),
          vi(
            'thêm tên loại văn bản bằng chữ in hoa (ví dụ "KẾ HOẠCH") và dòng trích yếu; công văn thì ghi "V/v <nội dung tóm tắt>".',
            'add the type name in capitals (e.g. "KẾ HOẠCH") and a summary line; a công văn takes "V/v <summary>".',
          ),
        );
      }
    }
    const hasContent = letter.body.length > 0 || letter.canCu.length > 0 || !!letter.formula;
    const headerLast = lines([
      letter.kinhGui?.head,
      letter.authorityLine,
      letter.trichYeu?.lines[letter.trichYeu.lines.length - 1],
      letter.tenLoai?.line,
      letter.date?.line,
      letter.so?.line,
    ]).sort((a, b) => b.start - a.start)[0];
    if (!hasContent) {
      missing(
        at(headerLast),
        vi('nội dung văn bản', 'the content'),
        vi('soạn phần nội dung sau phần đầu văn bản.', 'write the content after the header.'),
      );
    }
    const lastBody =
      letter.body[letter.body.length - 1]?.lines[0] ?? letter.canCu[letter.canCu.length - 1]?.lines[0] ?? headerLast;
    const sig = letter.signature;
    if (!sig) {
      missing(
        at(letter.noiNhan?.head, lastBody),
        vi('chức vụ, họ tên và chữ ký của người có thẩm quyền', "the signer's title, name and signature"),
        vi(
          'thêm khối chữ ký gồm quyền hạn và chức vụ in hoa (ví dụ "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), dưới cùng là họ tên người ký.',
          'add the signature block with the authority and title in capitals (e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), then the signer\'s name.',
        ),
      );
    }
    // a blank signer name is CK-08's and a missing Nơi nhận NN-01's: one slip, one finding
  },
};
export default rule;
