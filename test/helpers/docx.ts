// Word files for tests, zipped by hand from WordprocessingML (no Word needed): paragraphs from a mini-markup
// (**bold**, *italic*, "\n" a line break), tables, numbering and styles parts as Word writes them.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface ParaOpts {
  style?: string;
  /** automatic numbering: w:numPr */
  num?: { id: number; level?: number };
  jc?: 'center' | 'both' | 'left' | 'right';
}

/** Runs from "**bold** *italic* plain", a "\n" is a w:br. */
export function runs(markup: string): string {
  const out: string[] = [];
  const re = /\*\*\*([^*]+)\*\*\*|\*\*([^*]+)\*\*|\*([^*]+)\*|([^*]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markup))) {
    const [text, b, i] =
      m[1] !== undefined
        ? [m[1], true, true]
        : m[2] !== undefined
          ? [m[2], true, false]
          : m[3] !== undefined
            ? [m[3], false, true]
            : [m[4], false, false];
    const rPr = b || i ? `<w:rPr>${b ? '<w:b/>' : ''}${i ? '<w:i/>' : ''}</w:rPr>` : '';
    text.split('\n').forEach((piece, k) => {
      if (k) out.push(`<w:r>${rPr}<w:br/></w:r>`);
      if (piece) out.push(`<w:r>${rPr}<w:t xml:space="preserve">${esc(piece)}</w:t></w:r>`);
    });
  }
  return out.join('');
}

export function p(markup: string, o: ParaOpts = {}): string {
  const pPr = [
    o.style ? `<w:pStyle w:val="${o.style}"/>` : '',
    o.num ? `<w:numPr><w:ilvl w:val="${o.num.level ?? 0}"/><w:numId w:val="${o.num.id}"/></w:numPr>` : '',
    o.jc ? `<w:jc w:val="${o.jc}"/>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs(markup)}</w:p>`;
}

/** A table: rows of cells, each cell a list of paragraphs (strings are mini-markup, centred). */
export function table(rows: (string | string[])[][]): string {
  const cell = (c: string | string[]) =>
    `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${(Array.isArray(c) ? c : [c]).map((x) => (x.startsWith('<w:') ? x : p(x, { jc: 'center' }))).join('') || '<w:p/>'}</w:tc>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TenLoai"><w:name w:val="Ten loai"/><w:basedOn w:val="Heading1"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Dieu"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Nghieng"><w:name w:val="Nghieng"/><w:rPr><w:i/></w:rPr></w:style>
</w:styles>`;

/** numId 1: "1." / "a)" / "-" ; numId 2: "I." upper roman ; numId 3: bold "Điều 1." (via the Dieu style) ; numId 4
 * restarts list 1 at 1. */
export const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/><w:suff w:val="space"/><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A .docx whose body is the given WordprocessingML; `parts` adds or replaces parts (raw strings or bytes). */
export function docx(body: string, parts: Record<string, string | Uint8Array> = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(documentXml(body)),
    'word/styles.xml': strToU8(STYLES),
    'word/numbering.xml': strToU8(NUMBERING),
  };
  for (const [k, v] of Object.entries(parts)) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

/** The seed letter (test/fixtures/seed.md) laid out as Phụ lục III, Mẫu 1.5 lays out a công văn: a borderless
 * two-column header table (agency, rule, Số, V/v | Quốc hiệu, Tiêu ngữ, rule, date) and a footer table
 * (Nơi nhận | signature block). */
export function seedAsTemplate(): Uint8Array {
  const header = table([
    [
      [
        '**ỦY BAN NHÂN DÂN**',
        '**THỊ XÃ ĐỨC PHỐ**',
        '___________',
        'Số: /UBND',
        'V/v triển khai thực hiện\nKết luận số 1753-KL/TU\nngày 19/4/2023 của Ban\nThường vụ Tỉnh ủy',
      ],
      [
        '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
        '**Độc lập - Tự do - Hạnh phúc**',
        '_________________________',
        '*Đức Phố, ngày tháng 5 năm 2023*',
      ],
    ],
  ]);
  const body = [
    p(''),
    p('Kính gửi:', { jc: 'center' }),
    p('- Các phòng, ban ngành, đơn vị thuộc UBND thị xã;'),
    p('- Các cơ quan Trung ương, tỉnh trên địa bàn thị xã;'),
    p('- UBND các xã, phường.'),
    p(''),
    p(
      'Thực hiện Công văn số 2167/UBND-KTTH ngày 16/5/2023 của UBND tỉnh Quảng Ngãi về việc triển khai thực hiện Kết luận số 1753-KL/TU ngày 19/4/2023 của Ban Thường vụ Tỉnh ủy (*bản chụp văn bản kèm theo*), Chủ tịch UBND thị xã yêu cầu:',
      { jc: 'both' },
    ),
    p(
      'Thủ trưởng các phòng, ban ngành, đơn vị thuộc UBND thị xã tập trung triển khai thực hiện đạt hiệu quả các nội dung sau:',
      { num: { id: 1 } },
    ),
    p(
      'Quán triệt và triển khai thực hiện nghiêm túc, đầy đủ, đồng bộ các nội dung theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 1753-KL/TU ngày 19/4/2023 của Ban Thường vụ Tỉnh ủy.',
      { num: { id: 1, level: 1 } },
    ),
    p(
      'Thường xuyên, nghiêm túc thực hiện việc rà soát, đánh giá kết quả thực hiện các chỉ tiêu, nhiệm vụ của ngành, đơn vị, địa phương.',
      { num: { id: 1, level: 1 } },
    ),
    p(
      '**Các phòng:** Tài chính - Kế hoạch, Kinh tế, Quản lý đô thị chủ động tổ chức triển khai thực hiện các nội dung sau:',
      { num: { id: 1 } },
    ),
    p('- Lãnh đạo, chỉ đạo việc chống khai thác hải sản bất hợp pháp, không khai báo và không theo quy định.'),
    p('- Tiếp tục triển khai thực hiện quyết liệt việc huy động nguồn lực đầu tư xây dựng hệ thống kết cấu hạ tầng.'),
    p('Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, phường nghiêm túc triển khai thực hiện./.', {
      jc: 'both',
    }),
    p(''),
  ].join('');
  const footer = table([
    [
      ['***Nơi nhận:***', '- Như trên;', '- Thường trực Thị ủy;', '- CT, PCT UBND thị xã;', '- Lưu: VT.'],
      ['**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '', '', '', '**Võ Thanh Hùng**'],
    ],
  ]);
  return docx(header + body + footer);
}
