import { PARTY_TYPES, TYPE_BY_CODE, TYPE_BY_SLUG } from '../../core/doctypes.js';
import { spanOf, vi, type Rule } from '../../core/rule.js';
import type { Span } from '../../core/source.js';

const rule: Rule = {
  id: 'DOC-02',
  alias: 'document-type',
  title: vi('Nhận diện tên loại văn bản', 'Identify the document type'),
  provision: 'NĐ 30/2020, Điều 7',
  severity: 'info',
  families: ['state', 'party'],
  description: vi(
    'Tên loại văn bản (một trong 29 loại của Điều 7) quyết định các thành phần bắt buộc và ký hiệu. Tên loại được nhận diện từ dòng tên loại, từ "V/v" (công văn) hoặc từ chữ viết tắt tên loại trong ký hiệu; báo thông tin khi loại văn bản chỉ suy ra được từ ký hiệu, khi không xác định được, và khi là văn bản quy phạm pháp luật (NĐ 30/2020 chỉ áp dụng một phần).',
    'The document type (one of the 29 types of Điều 7) decides the required parts and the number symbol. It is read from the type-name line, from "V/v" (công văn) or from the type code of the symbol; an info is reported when the type is only inferred from the symbol, when it cannot be identified, and for a legal-normative document (NĐ 30/2020 applies only in part).',
  ),
  check({ letter, report }) {
    const title =
      letter.family === 'party'
        ? PARTY_TYPES.find((t) => t.slug === letter.type)?.title
        : TYPE_BY_SLUG.get(letter.type)?.title;
    let span: Span | undefined;
    let how: { vi: string; en: string } | undefined;
    // A type named by its tên loại or by "V/v" (or any identified Party type) is plain to see: only an inferred or
    // unknown type is reported.
    const explicit = !!(
      (letter.family === 'party' && title) ||
      letter.tenLoai?.slug ||
      (letter.tenLoai && title) ||
      (letter.tenLoai && letter.legalNormative) || // THÔNG TƯ, NGHỊ ĐỊNH …: a legal-normative kind, by its name
      (letter.trichYeu?.vv && letter.type === 'cong-van')
    );
    if (explicit) {
      // nothing to report
    } else if (letter.so && title) {
      const code = letter.family === 'party' ? letter.so.symbol.split('/')[0] : letter.so.symbol.split('-')[0];
      const coded = letter.family === 'party' || TYPE_BY_CODE.has(code);
      span = letter.so.symbolAt ? spanOf(letter.so.line, ...letter.so.symbolAt) : spanOf(letter.so.line);
      how = coded
        ? vi(`theo chữ viết tắt "${code}" trong ký hiệu`, `from the code "${code}" in the symbol`)
        : vi('vì ký hiệu không có chữ viết tắt tên loại', 'because the symbol has no type code');
    }
    if (explicit) {
      // identified from the tên loại or "V/v"
    } else if (title && span && how) {
      report({
        span,
        message: vi(
          `Văn bản không có tên loại: loại văn bản được suy ra là ${title} (${how.vi}).`,
          `The document has no type name: its type is taken to be ${title} (${how.en}).`,
        ),
      });
    } else {
      const at =
        letter.tenLoai?.line ??
        letter.so?.line ??
        letter.quocHieu?.quocHieu ??
        letter.partyHead ??
        letter.agency?.lines[0];
      if (at) {
        report({
          span: spanOf(at),
          message: vi(
            'Chưa xác định được loại văn bản: không thấy tên loại, "V/v" hay chữ viết tắt tên loại trong ký hiệu.',
            'The document type could not be identified: no type name, no "V/v" and no type code in the symbol.',
          ),
        });
      }
    }
    if (letter.legalNormative) {
      const at = letter.so?.form === 'qppl' ? letter.so.line : (letter.tenLoai?.line ?? letter.so?.line);
      if (at) {
        report({
          span: spanOf(at),
          message: vi(
            'Văn bản quy phạm pháp luật (tên loại hoặc số có năm ban hành): thể thức theo pháp luật về ban hành văn bản quy phạm pháp luật, NĐ 30/2020 chỉ áp dụng một phần.',
            'Legal-normative document (type name or a number with the year): its format follows the law on legal documents; NĐ 30/2020 applies only in part.',
          ),
        });
      }
    }
  },
};
export default rule;
