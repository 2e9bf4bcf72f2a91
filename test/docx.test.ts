// Reading Word files: what Word shows becomes the Markdown the recogniser reads, every paragraph maps back, and a
// file that is not a readable .docx gets a message (never a crash) within bounded memory.
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { analyze } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';
import { DocxError, importDocx, LIMITS, originOf } from '../server/src/docx/index.js';
import { formatNumber } from '../server/src/docx/word.js';
import { withParagraphs } from '../server/src/docx/files.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docx, documentXml, p, seedAsTemplate, table } from './helpers/docx.js';

const md = (body: string, parts?: Record<string, string | Uint8Array>) => importDocx(docx(body, parts)).markdown;
const fails = (bytes: Uint8Array, code: string, message: RegExp) => {
  assert.throws(
    () => importDocx(bytes),
    (e: unknown) => e instanceof DocxError && e.code === code && message.test(e.vi),
  );
};

describe('docx: reading what Word shows', () => {
  it('bold and italic runs, with spaces outside the markers', () => {
    assert.equal(
      md(p('**Nơi nhận:** ') + p('Căn cứ *Luật* và ***Điều 2***.')),
      '**Nơi nhận:**\n\nCăn cứ *Luật* và ***Điều 2***.\n',
    );
  });

  it('bold from a paragraph style (basedOn chain), italic from a character style, direct w:b="0" wins', () => {
    const body =
      `<w:p><w:pPr><w:pStyle w:val="TenLoai"/></w:pPr><w:r><w:t>QUYẾT ĐỊNH</w:t></w:r></w:p>` +
      `<w:p><w:r><w:rPr><w:rStyle w:val="Nghieng"/></w:rPr><w:t>Căn cứ Luật;</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>thường</w:t></w:r></w:p>`;
    assert.equal(md(body), '**QUYẾT ĐỊNH**\n\n*Căn cứ Luật;*\n\nthường\n');
  });

  it('a line underlined from end to end as <u>…</u> (Party "Nơi nhận:"); w:u="none" and a few words are not', () => {
    const u = (t: string, val = 'single') =>
      `<w:r><w:rPr><w:b/><w:u w:val="${val}"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const body =
      `<w:p>${u('Nơi nhận:')}</w:p>` +
      `<w:p>${u('ĐẢNG CỘNG SẢN', 'none')}</w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Một </w:t></w:r>${u('hai')}</w:p>`;
    assert.equal(md(body), '<u>**Nơi nhận:**</u>\n\n**ĐẢNG CỘNG SẢN**\n\nMột **hai**\n');
  });

  it('line breaks become hard breaks; tabs stay inside the line; w:caps is shown upper case', () => {
    const body =
      p('V/v triển khai\nKết luận số 1') +
      `<w:p><w:r><w:rPr><w:caps/></w:rPr><w:t>ủy ban nhân dân</w:t></w:r><w:r><w:tab/><w:t>x</w:t></w:r></w:p>`;
    assert.equal(md(body), 'V/v triển khai  \nKết luận số 1\n\nỦY BAN NHÂN DÂN\tx\n');
  });

  it('automatic numbering: the label Word displays (1., a), Điều 1. from a style, I., restart), bullets as "- "', () => {
    const body = [
      p('Mục đích', { num: { id: 2 } }),
      p('Nhiệm vụ:', { num: { id: 1 } }),
      p('việc một;', { num: { id: 1, level: 1 } }),
      p('việc hai.', { num: { id: 1, level: 1 } }),
      p('Giải pháp:', { num: { id: 1 } }),
      p('việc ba.', { num: { id: 1, level: 1 } }),
      p('ý gạch đầu dòng.', { num: { id: 1, level: 2 } }),
      p('Tổ chức thực hiện', { num: { id: 2 } }),
      p('Phạm vi điều chỉnh.', { style: 'Dieu' }),
      p('Hiệu lực thi hành.', { style: 'Dieu' }),
      p('Lại từ đầu.', { num: { id: 4 } }),
    ].join('');
    assert.equal(
      md(body),
      [
        '**I.** Mục đích',
        '**1.** Nhiệm vụ:',
        'a) việc một;',
        'b) việc hai.',
        '**2.** Giải pháp:',
        'a) việc ba.',
        '- ý gạch đầu dòng.',
        '**II.** Tổ chức thực hiện',
        '**Điều 1.** Phạm vi điều chỉnh.',
        '**Điều 2.** Hiệu lực thi hành.',
        '**1.** Lại từ đầu.',
      ].join('\n\n') + '\n',
    );
  });

  it('superscript digits shown raised (m², a template note mark); other superscript text kept as is', () => {
    const sup = (t: string) => `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>${t}</w:t></w:r>`;
    assert.equal(
      md(
        `<w:p><w:r><w:t>120 m</w:t></w:r>${sup('2')}<w:r><w:t xml:space="preserve"> và ngày 1</w:t></w:r>${sup('er')}</w:p>`,
      ),
      '120 m² và ngày 1er\n',
    );
  });

  it('counters as Word prints them', () => {
    assert.deepEqual(
      [
        formatNumber(4, 'lowerLetter'),
        formatNumber(27, 'lowerLetter'),
        formatNumber(14, 'upperRoman'),
        formatNumber(3, 'decimalZero'),
      ],
      ['d', 'aa', 'XIV', '03'],
    );
  });

  it('Markdown syntax in the text is escaped, so the words reach the rules as written', () => {
    const raw = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const out = md(raw('Ghi chú (*) và a_b, 5 * 3, &lt;b&gt;, [x](y)') + p('# không phải tiêu đề') + p('Một\n---'));
    assert.equal(out, 'Ghi chú (\\*) và a\\_b, 5 \\* 3, \\<b>, \\[x\\](y)\n\n\\# không phải tiêu đề\n\nMột  \n\\---\n');
    const a = analyze(out);
    assert.ok(a.source.text.includes('(\\*)'));
  });

  it('table cells flattened in reading order; paragraphs of one cell that are all bold join with hard breaks', () => {
    const body = table([
      [
        ['**BỘ NỘI VỤ**', '**VỤ TỔ CHỨC**', '______', 'Số: 12/BNV-TC'],
        ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Độc lập - Tự do - Hạnh phúc**'],
      ],
    ]);
    assert.equal(
      md(body),
      '**BỘ NỘI VỤ**  \n**VỤ TỔ CHỨC**\n\nSố: 12/BNV-TC\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n',
    );
  });

  it('tracked deletions, hidden text, field codes, footnotes and comments are left out, with notes', () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Giữ </w:t></w:r><w:del w:id="1"><w:r><w:delText>bỏ</w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>thêm</w:t></w:r></w:ins>` +
      `<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    const r = importDocx(
      docx(body, {
        'word/comments.xml': `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
      }),
    );
    assert.equal(r.markdown, 'Giữ thêm3\n');
    assert.equal(r.notes.length, 4, r.notes.join('\n'));
  });

  it('every paragraph maps back: paragraph numbers count table paragraphs and skip empty ones', () => {
    const r = importDocx(docx(p('Một') + p('') + table([['Hai', ['Ba', 'Bốn']]]) + p('Năm **đậm**')));
    const at = (s: string) => originOf(r.spans, r.markdown.indexOf(s));
    assert.deepEqual(at('Một'), { paragraph: 1, offset: 0, excerpt: 'Một' });
    assert.deepEqual(at('Bốn'), { paragraph: 4, cell: { table: 1, row: 1, cell: 2 }, offset: 0, excerpt: 'Bốn' });
    assert.equal(at('đậm')?.paragraph, 5);
    assert.equal(at('đậm')?.offset, 'Năm '.length);
    // an offset between paragraphs belongs to the next one
    assert.equal(originOf(r.spans, r.markdown.indexOf('Hai') - 1)?.paragraph, 2);
  });
});

describe('docx: a letter laid out like the templates of Phụ lục III', () => {
  it('the parts are recognised from the header and footer tables', () => {
    const r = importDocx(seedAsTemplate());
    const a = analyze(r.markdown);
    const m = inspectLetter(a.letter, 'seed.docx') as Record<string, any>;
    assert.equal(m.type, 'cong-van');
    assert.equal(m.issuer.name, 'ỦY BAN NHÂN DÂN THỊ XÃ ĐỨC PHỐ');
    assert.equal(m.soKyHieu.text, '/UBND');
    assert.deepEqual([m.date.place, m.date.month, m.date.year], ['Đức Phố', '5', '2023']);
    assert.match(m.title.summary, /^triển khai thực hiện Kết luận số 1753-KL\/TU/);
    assert.deepEqual(m.recipients, [
      'Các phòng, ban ngành, đơn vị thuộc UBND thị xã',
      'Các cơ quan Trung ương, tỉnh trên địa bàn thị xã',
      'UBND các xã, phường',
    ]);
    assert.deepEqual(
      m.body.items.map((i: any) => i.label),
      ['1.', '2.'],
    );
    assert.deepEqual(m.noiNhan, ['Như trên', 'Thường trực Thị ủy', 'CT, PCT UBND thị xã', 'Lưu: VT']);
    assert.deepEqual(
      [m.signature.authority, m.signature.title, m.signature.name],
      ['KT.', 'PHÓ CHỦ TỊCH', 'Võ Thanh Hùng'],
    );
    const rules = a.diagnostics.map((d) => `${d.rule}@${originOf(r.spans, d.span.start)?.paragraph}`);
    assert.deepEqual(rules, ['SKH-03@4', 'SKH-05@4', 'DD-04@9', 'DD-03@9', 'VD-01@14', 'NN-04@26']);
  });
});

describe('docx: the government’s own templates (Phụ lục III, cut by test/fixtures/docx/extract-phuluc3.py)', () => {
  const read = (name: string) => {
    const r = importDocx(readFileSync(join(import.meta.dirname, 'fixtures', 'docx', name)));
    return { r, m: withParagraphs(inspectLetter(analyze(r.markdown).letter, name), r) as Record<string, any> };
  };
  it('Mẫu 1.2 quyết định: chủ quản and agency, Số, QUYẾT ĐỊNH, Điều, Nơi nhận; note marks as superscript digits', () => {
    const { r, m } = read('phuluc3-mau-1.2-quyet-dinh.docx');
    assert.equal(m.type, 'quyet-dinh');
    assert.deepEqual(
      [m.issuer.name, m.issuer.parent, m.issuer.paragraph],
      ['TÊN CƠ QUAN, TỔ CHỨC²', 'TÊN CQ, TC CHỦ QUẢN¹', 1],
    );
    assert.match(m.soKyHieu.text, /^\/QĐ-/);
    assert.equal(m.noiNhan[0], 'Như Điều');
    assert.match(r.markdown, /\*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\* {2}\n\*\*Độc lập - Tự do - Hạnh phúc\*\*/);
    assert.match(r.markdown, /\n\*\*QUYẾT ĐỊNH:\*\*\n\n\*\*Điều 1\.\*\*/);
    assert.match(r.markdown, /\n\*\*\*Nơi nhận:\*\*\*\n\n- Như Điều/);
  });
  it('Mẫu 1.5 công văn: V/v in the header table is the trích yếu; Kính gửi list; Nơi nhận in the footer table', () => {
    const { m } = read('phuluc3-mau-1.5-cong-van.docx');
    assert.equal(m.type, 'cong-van');
    assert.deepEqual(m.title.cell, { table: 1, row: 1, cell: 1 });
    assert.deepEqual([m.noiNhan[0], m.noiNhan.at(-1)], ['Như trên', 'Lưu: VT, ...⁸. …⁹']);
  });
  it('Mẫu 1.7 giấy mời is recognised by its tên loại', () => {
    assert.equal(read('phuluc3-mau-1.7-giay-moi.docx').m.type, 'giay-moi');
  });
});

describe('docx: files that are not a readable Word document', () => {
  const ole = (stream: string) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(Buffer.from(stream, 'utf16le'), 1024);
    return b;
  };
  it('an old binary .doc', () =>
    fails(ole('WordDocument'), 'doc-binary', /Word 97–2003 \(\.doc\).*lưu lại dưới dạng \.docx/));
  it('an encrypted (password-protected) .docx', () => fails(ole('EncryptedPackage'), 'encrypted', /mật khẩu/));
  it('a truncated zip', () => {
    const whole = docx(p('Một'));
    fails(whole.slice(0, Math.floor(whole.length / 2)), 'not-zip', /bị hỏng/);
  });
  it('not a zip at all, and a zip without word/document.xml', () => {
    fails(strToU8('xin chào'), 'not-zip', /không phải tệp nén zip/);
    fails(zipSync({ 'a.txt': strToU8('x') }), 'not-docx', /không có word\/document\.xml/);
  });
  it('document.xml that is not XML names the part and the position', () => {
    fails(
      docx('', { 'word/document.xml': '<w:document><w:body><w:p></w:body>' }),
      'bad-xml',
      /word\/document\.xml không phải XML hợp lệ \(dòng 1, cột \d+\)/,
    );
  });
  it('a zip bomb: declared sizes over the bound are refused before inflating', () => {
    // 40 MB of spaces inside a paragraph compress to a few tens of KB
    const bomb = docx('', {
      'word/document.xml': documentXml(`<w:p><w:r><w:t>${' '.repeat(LIMITS.partBytes + 1024)}</w:t></w:r></w:p>`),
    });
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length}`);
    const before = process.memoryUsage().rss;
    fails(bomb, 'bomb', /giải nén quá lớn/);
    assert.ok(process.memoryUsage().rss - before < 16 * 1024 * 1024);
  });
  it('a zip whose central directory understates a size inflates no further than it says', () => {
    const honest = docx('', {
      'word/document.xml': documentXml(`<w:p><w:r><w:t>${'a'.repeat(4 * 1024 * 1024)}</w:t></w:r></w:p>`),
    });
    const lying = Buffer.from(honest);
    // rewrite the declared uncompressed size of document.xml in its central directory entry to 100 bytes
    const name = Buffer.from('word/document.xml');
    for (
      let i = lying.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      i >= 0;
      i = lying.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), i + 4)
    ) {
      if (lying.subarray(i + 46, i + 46 + name.length).equals(name)) lying.writeUInt32LE(100, i + 24);
    }
    fails(lying, 'bad-xml', /không phải XML hợp lệ/);
  });
});
