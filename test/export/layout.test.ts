// The layout model (core, pure): each letter type's parts in their cells, with the sizes and styles of NĐ 30 §6.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze.js';
import { layoutLetter, type Layout, type Paragraph, type Role, type Row } from '../../server/src/core/layout/index.js';
import { bigLetter } from '../../bench/letters.js';
import { firstMissing, layoutOf, layoutParagraphs, markdownWords, paragraphText, words } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const read = (f: string) => readFileSync(join(fixtures, f), 'utf8');
const blocks = (l: Layout) => l.pages.flatMap((p) => p.blocks);
const rows = (l: Layout, role: Row['role']) => blocks(l).filter((b): b is Row => b.type === 'row' && b.role === role);
const text = paragraphText;
function one(l: Layout, role: Role): Paragraph {
  const ps = layoutParagraphs(l).filter((p) => p.role === role);
  assert.equal(ps.length, 1, `one ${role}: ${ps.map(text).join(' | ')}`);
  return ps[0];
}
const roles = (ps: Paragraph[]) => ps.map((p) => p.role);
const style = (p: Paragraph) => ({
  size: p.size,
  bold: p.lines.flat().every((r) => r.bold),
  italic: p.lines.flat().every((r) => r.italic),
  align: p.align,
});

/** The two header rows: [agency | Quốc hiệu], [Số … | date]. */
function header(l: Layout): [Paragraph[], Paragraph[], Paragraph[], Paragraph[]] {
  const hs = rows(l, 'header');
  assert.equal(hs.length, 2);
  assert.ok(blocks(l).indexOf(hs[0]) === 0 && blocks(l).indexOf(hs[1]) === 1, 'the header opens page 1');
  assert.ok(hs[0].cells[0].width > 0.35 && hs[0].cells[0].width < 0.45);
  return [hs[0].cells[0].blocks, hs[0].cells[1].blocks, hs[1].cells[0].blocks, hs[1].cells[1].blocks];
}

function footer(l: Layout): [Paragraph[], Paragraph[]] {
  const fs = rows(l, 'footer');
  assert.equal(fs.length, 1);
  return [fs[0].cells[0].blocks, fs[0].cells[1].blocks];
}

function assertStateHeader(l: Layout) {
  const [agency, qh] = header(l);
  const issuer = agency.find((p) => p.role === 'co-quan')!;
  assert.deepEqual(style(issuer), { size: 13, bold: true, italic: false, align: 'center' });
  const longest = Math.max(...issuer.lines.map((rs) => rs.map((r) => r.text).join('').length));
  assert.ok(
    issuer.rule && issuer.rule.width > (longest * 0.6) / 3 && issuer.rule.width < (longest * 4.8) / 2,
    `rule ${issuer.rule?.width} mm`,
  );
  assert.deepEqual(roles(qh), ['quoc-hieu', 'tieu-ngu']);
  assert.deepEqual(style(qh[0]), { size: 12, bold: true, italic: false, align: 'center' });
  assert.deepEqual(style(qh[1]), { size: 14, bold: true, italic: false, align: 'center' });
  assert.ok(qh[1].rule && qh[1].rule.width > 55 && qh[1].rule.width < 80, 'the Tiêu ngữ rule runs its full length');
  const date = one(l, 'date');
  assert.deepEqual(style(date), { size: 14, bold: false, italic: true, align: 'center' });
  const so = one(l, 'so');
  assert.deepEqual(style(so), { size: 13, bold: false, italic: false, align: 'center' });
}

function assertFooter(l: Layout, signer: string) {
  const [left, right] = footer(l);
  assert.equal(left[0].role, 'noi-nhan-head');
  assert.deepEqual(style(left[0]), { size: 12, bold: true, italic: true, align: 'left' });
  for (const p of left.slice(1)) assert.equal(p.size, 11, text(p));
  const name = right.find((p) => p.role === 'sig-name')!;
  assert.equal(text(name), signer);
  assert.deepEqual(style(name), { size: 14, bold: true, italic: false, align: 'center' });
  assert.ok(name.spacing.before >= 48, 'room for the signature above the name');
  for (const p of right.filter((q) => q.role === 'sig-title' || q.role === 'sig-authority'))
    assert.deepEqual(style(p), { size: 14, bold: true, italic: false, align: 'center' });
  assert.equal(blocks(l).at(-1)?.type, 'row', 'the footer closes the letter');
}

const bodyOf = (l: Layout) => layoutParagraphs(l).filter((p) => p.role === 'body');

describe('layout: letter types', () => {
  it('công văn: V/v under Số in the left column, Kính gửi list hanging under its colon, body justified', () => {
    const l = layoutOf(read('letters/cong-van.md'));
    assertStateHeader(l);
    const [, , left2, right2] = header(l);
    assert.deepEqual(roles(left2), ['so', 'trich-yeu-vv']);
    assert.deepEqual(roles(right2), ['date']);
    assert.deepEqual(style(left2[1]), { size: 12, bold: false, italic: false, align: 'center' });
    assert.ok(left2[1].spacing.before >= 6);
    const kg = layoutParagraphs(l).filter((p) => p.role === 'kinh-gui');
    assert.ok(kg.length >= 2);
    assert.match(text(kg[0]), /^Kính gửi:/);
    for (const p of kg.slice(1)) assert.ok(p.indent.left > kg[0].indent.left, 'items hang under the colon');
    for (const p of bodyOf(l)) {
      assert.equal(p.align, 'justify');
      assert.equal(p.indent.firstLine, 10);
      assert.ok(p.spacing.before >= 6);
      assert.ok(p.size === 13 || p.size === 14);
    }
    assertFooter(l, 'Trần Minh Khoa');
  });

  it('quyết định: tên loại and trích yếu centred bold with a short rule, authority line, italic căn cứ, QUYẾT ĐỊNH:', () => {
    const l = layoutOf(read('letters/quyet-dinh.md'));
    assertStateHeader(l);
    const seq = roles(
      layoutParagraphs(l).filter((p) =>
        ['ten-loai', 'trich-yeu', 'authority-line', 'can-cu', 'formula'].includes(p.role),
      ),
    );
    assert.deepEqual(seq, ['ten-loai', 'trich-yeu', 'authority-line', 'can-cu', 'can-cu', 'can-cu', 'formula']);
    assert.deepEqual(style(one(l, 'ten-loai')), { size: 14, bold: true, italic: false, align: 'center' });
    const ty = one(l, 'trich-yeu');
    assert.deepEqual(style(ty), { size: 14, bold: true, italic: false, align: 'center' });
    assert.ok(ty.rule && ty.rule.width >= 15 && ty.rule.width < 60);
    for (const p of layoutParagraphs(l).filter((q) => q.role === 'can-cu'))
      assert.deepEqual(style(p), { size: 14, bold: false, italic: true, align: 'justify' });
    assert.deepEqual(style(one(l, 'formula')), { size: 14, bold: true, italic: false, align: 'center' });
    assert.ok(bodyOf(l).some((p) => text(p).startsWith('Điều 1.')));
    assertFooter(l, 'Hoàng Quốc Việt');
  });

  it('kế hoạch: numbering printed as written, Roman headings bold', () => {
    const l = layoutOf(read('letters/ke-hoach.md'));
    assertStateHeader(l);
    assert.equal(text(one(l, 'ten-loai')), 'KẾ HOẠCH');
    const ps = layoutParagraphs(l);
    const heads = ps.filter((p) => /^[IVX]+\. /.test(text(p)));
    assert.ok(heads.length >= 3);
    for (const p of heads) assert.ok(style(p).bold && p.role === 'heading', text(p));
    // bold by the decree even when the drafter did not bold it
    const plain = layoutOf(read('letters/ke-hoach.md').replace('**I. MỤC ĐÍCH, YÊU CẦU**', 'I. MỤC ĐÍCH, YÊU CẦU'));
    assert.ok(style(layoutParagraphs(plain).find((p) => text(p) === 'I. MỤC ĐÍCH, YÊU CẦU')!).bold);
    assert.ok(ps.some((p) => text(p).startsWith('1. Phát động phong trào')));
  });

  it('tờ trình: one addressee on the Kính gửi line is centred', () => {
    const l = layoutOf(read('letters/to-trinh.md'));
    assertStateHeader(l);
    const [agency] = header(l);
    assert.deepEqual(roles(agency), ['co-quan-chu-quan', 'co-quan']);
    assert.deepEqual(style(agency[0]), { size: 13, bold: false, italic: false, align: 'center' });
    const kg = one(l, 'kinh-gui');
    assert.equal(kg.align, 'center');
    assert.equal(text(kg), 'Kính gửi: Ủy ban nhân dân huyện Đông Sơn.');
    assertFooter(l, 'Ngô Thị Thanh Hà');
  });

  it('thông báo: khoản and điểm as text lines, body in order', () => {
    const l = layoutOf(read('letters/thong-bao.md'));
    assertStateHeader(l);
    const body = bodyOf(l).map(text);
    const a = body.findIndex((t) => t.startsWith('a) Rà soát'));
    const b = body.findIndex((t) => t.startsWith('b) Báo cáo'));
    assert.ok(a > 0 && b === a + 1);
  });

  it('a Party document: ĐẢNG CỘNG SẢN VIỆT NAM underlined on the right, the star under the body, Số without colon', () => {
    const l = layoutOf(read('letters/dang-ket-luan.md'));
    const [agency, right, left2, right2] = header(l);
    assert.deepEqual(roles(agency), ['co-quan-chu-quan', 'co-quan', 'party-star']);
    assert.equal(agency[1].rule, undefined, 'a Party body has the star, not a rule');
    assert.deepEqual(roles(right), ['party-head']);
    assert.ok(right[0].lines.flat().every((r) => r.underline && r.bold));
    assert.equal(text(left2[0]), 'Số 45-KL/HU');
    assert.deepEqual(roles(right2), ['date']);
    const [nn, sig] = footer(l);
    assert.equal(text(nn[0]), 'Nơi nhận:');
    assert.deepEqual(roles(sig), ['sig-authority', 'sig-title', 'sig-name']);
    assert.equal(text(sig[0]), 'T/M BAN THƯỜNG VỤ');
  });
});

describe('layout: marks and several signers', () => {
  it('KHẨN under Số and the V/v, bold in a red frame', () => {
    const l = layoutOf(read('letters/cong-van-tl-kt-khan.md'));
    const [, , left2] = header(l);
    assert.deepEqual(roles(left2), ['so', 'trich-yeu-vv', 'mark']);
    const mark = left2[2];
    assert.equal(text(mark), 'KHẨN');
    assert.ok(mark.frame && mark.color && style(mark).bold);
  });

  it('DỰ THẢO in a black frame in the header (BS-05), the text as written', () => {
    const l = layoutOf(read('letters/cong-van-du-thao-quyen.md'));
    const mark = header(l)[2].find((p) => p.role === 'mark');
    assert.ok(mark);
    assert.match(text(mark), /^DỰ THẢO/);
    assert.ok(mark.frame && !mark.color);
  });

  it('biên bản: THƯ KÝ and CHỦ TỌA side by side, Nơi nhận under them', () => {
    const l = layoutOf(read('letters/bien-ban.md'));
    const sigs = rows(l, 'signatures');
    assert.equal(sigs.length, 1);
    assert.deepEqual(
      sigs[0].cells.map((c) => text(c.blocks[0])),
      ['THƯ KÝ', 'CHỦ TỌA'],
    );
    const [nn, right] = footer(l);
    assert.equal(text(nn[0]), 'Nơi nhận:');
    assert.deepEqual(right, []);
    assert.ok(blocks(l).indexOf(sigs[0]) < blocks(l).indexOf(rows(l, 'footer')[0]));
  });
});

describe('layout: every line is placed', () => {
  it('a letter with missing parts still lays out what is there (no Quốc hiệu, no Nơi nhận, no signer)', () => {
    const md = [
      'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
      '',
      'Số: 12/UBND-VP',
      '',
      'An Bình, ngày 05 tháng 3 năm 2026',
      '',
      'V/v kiểm tra',
      '',
      'Một dòng lạ mà bộ nhận diện không biết.',
      '',
      'Kính gửi: Các thôn.',
      '',
      'Nội dung thứ nhất.',
      '',
      'Nội dung thứ hai./.',
      '',
    ].join('\n');
    const l = layoutOf(md);
    const [agency, qh, left2, right2] = header(l);
    assert.deepEqual(roles(agency), ['co-quan']);
    assert.deepEqual(qh, []);
    assert.deepEqual(roles(left2), ['so', 'trich-yeu-vv']);
    assert.deepEqual(roles(right2), ['date']);
    assert.equal(rows(l, 'footer').length, 0);
    const flow = blocks(l)
      .filter((b): b is Paragraph => b.type === 'paragraph')
      .map(text);
    assert.deepEqual(flow, [
      'Một dòng lạ mà bộ nhận diện không biết.',
      'Kính gửi: Các thôn.',
      'Nội dung thứ nhất.',
      'Nội dung thứ hai./.',
    ]);
    assert.equal(
      firstMissing(
        markdownWords(md),
        layoutParagraphs(l)
          .sort((a, b) => a.span.start - b.span.start)
          .flatMap((p) => words(text(p))),
      ),
      null,
    );
  });

  it('a page with no letter parts at all prints as body text', () => {
    const md = '# Ghi chú\n\nMột đoạn văn **đậm** và *nghiêng*.\n\n- mục một\n- mục hai\n';
    const l = layoutOf(md);
    assert.deepEqual(layoutParagraphs(l).map(text), [
      'Ghi chú',
      'Một đoạn văn đậm và nghiêng.',
      '- mục một',
      '- mục hai',
    ]);
    assert.ok(layoutParagraphs(l).every((p) => p.role === 'body'));
  });

  it('an HTML comment (a vanthu directive) does not print', () => {
    const l = layoutOf('<!-- vanthu-disable DD-03 -->\n\nĐoạn văn.\n');
    assert.deepEqual(layoutParagraphs(l).map(text), ['Đoạn văn.']);
  });

  it("keeps the drafter's inline bold and italic, each run with its source span", () => {
    const md = read('seed.md');
    const l = layoutOf(md);
    const first = bodyOf(l).find((p) => text(p).startsWith('Thực hiện Công văn'))!;
    const italic = first.lines.flat().filter((r) => r.italic);
    assert.deepEqual(
      italic.map((r) => r.text),
      ['bản chụp văn bản kèm theo'],
    );
    assert.equal(md.slice(italic[0].span!.start, italic[0].span!.end), 'bản chụp văn bản kèm theo');
    const item = bodyOf(l).find((p) => text(p).startsWith('2. Các phòng:'))!;
    assert.deepEqual(
      item.lines[0].slice(0, 2).map((r) => [r.text, r.bold]),
      [
        ['2. Các phòng:', true],
        [
          ' Tài chính - Kế hoạch, Kinh tế, Quản lý đô thị, Văn hóa và Thông tin, Lao động - Thương binh và Xã hội, Giáo dục và Đào tạo và các phòng, ngành, đơn vị, địa phương có liên quan theo chức năng, nhiệm vụ được giao chủ động tổ chức triển khai thực hiện và tham mưu UBND thị xã chỉ đạo thực hiện đồng bộ, hiệu quả, toàn diện các nội dung sau:',
          false,
        ],
      ],
    );
    for (const p of layoutParagraphs(l)) {
      assert.ok(p.span.start <= p.span.end && p.span.end <= md.length);
      const src = md.slice(p.span.start, p.span.end).replace(/[*_\\]|\s+/g, '');
      assert.ok(src.includes(text(p).replace(/\s+/g, '').slice(0, 20)), text(p));
    }
  });

  it('a Quốc hiệu and Tiêu ngữ typed on one line print on two', () => {
    const md = read('letters/cong-van.md').replace('VIỆT NAM  \nĐộc lập', 'VIỆT NAM Độc lập');
    const { letter } = analyze(md);
    if (!letter.quocHieu?.merged) return assert.fail('fixture no longer merges the lines: ' + md.slice(0, 200));
    const [, qh] = header(layoutLetter(letter));
    assert.deepEqual(qh.map(text), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
  });
});

describe('layout: pages', () => {
  it("A4, the default margins, margins from the options clamped to the decree's ranges", () => {
    const l = layoutOf(read('seed.md'));
    assert.deepEqual(l.paper, { width: 210, height: 297 });
    assert.deepEqual(l.margins, { top: 20, bottom: 20, left: 30, right: 15 });
    assert.equal(l.font.family, 'Times New Roman');
    assert.ok(l.font.fallbacks.includes('Liberation Serif'));
    assert.deepEqual(layoutOf(read('seed.md'), { margins: { top: 30, left: 31, right: 10 } }).margins, {
      top: 25,
      bottom: 20,
      left: 31,
      right: 15,
    });
  });

  it('a 20-page letter: page 1 unnumbered, then 2, 3, …; the footer on the last page', () => {
    const l = layoutOf(bigLetter(60));
    assert.ok(l.pages.length >= 15 && l.pages.length <= 30, `${l.pages.length} pages`);
    assert.equal(l.pages[0].number, null);
    assert.equal(l.pages[0].start, 'first');
    l.pages.slice(1).forEach((p, i) => assert.equal(p.number, i + 2));
    assert.equal(l.pages.at(-1)!.blocks.at(-1)!.type, 'row');
  });

  it('is plain JSON and deterministic', () => {
    const md = read('letters/quyet-dinh-quy-che.md');
    const l = layoutOf(md);
    assert.deepEqual(JSON.parse(JSON.stringify(l)), l);
    assert.deepEqual(layoutOf(md), l);
  });

  it('a file name from the number, symbol and trích yếu', () => {
    assert.equal(layoutOf(read('letters/ke-hoach.md')).fileStem, 'so-07-KH-UBND-to-chuc-tet-trong-cay-nam');
    assert.equal(layoutOf('# Ghi chú\n\nVăn bản.\n').fileStem, null);
  });
});
