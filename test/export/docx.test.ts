// The .docx opened as Word would: document.xml, styles.xml, the headers and the section properties, against NĐ 30
// Phụ lục I and the templates of Phụ lục III.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../server/src/export/index.js';
import { MARGIN_RANGES } from '../../server/src/core/layout/index.js';
import { docxParagraphs, docxParts, layoutOf } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const seed = readFileSync(join(fixtures, 'seed.md'), 'utf8');
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Each w:p of the part with its text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  const ps = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const texts = docxParagraphs(xml);
  return ps.map((p, i) => ({ xml: p, text: texts[i] }));
}

function find(xml: string, start: string): { xml: string; text: string } {
  const p = paragraphs(xml).find((q) => q.text.startsWith(start));
  assert.ok(p, `no paragraph starts with "${start}"`);
  return p;
}

const sizes = (p: string) => [...new Set([...p.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => +m[1] / 2))];
const runs = (p: string) => p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
const allBold = (p: string) => runs(p).every((r) => /<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(r));
const noneBold = (p: string) => runs(p).every((r) => !/<w:b\/>|<w:b w:val="(?:true|1)"\/>/.test(r));
const allItalic = (p: string) => runs(p).every((r) => /<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(r));
const noneItalic = (p: string) => runs(p).every((r) => !/<w:i\/>|<w:i w:val="(?:true|1)"\/>/.test(r));
const jc = (p: string) => /<w:jc w:val="(\w+)"\/>/.exec(p)?.[1];

describe('export: the .docx', function () {
  this.timeout(60000);
  let parts: Record<string, string>;
  let doc: string;
  before(async () => {
    parts = docxParts(await renderDocx(layoutOf(seed)));
    doc = parts['word/document.xml'];
  });

  it("A4 portrait, margins inside the decree's ranges (defaults 20, 20, 30, 15 mm)", () => {
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    const m = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(doc);
    assert.ok(m);
    const [top, right, bottom, left] = m.slice(1).map(Number);
    assert.deepEqual([top, right, bottom, left], [twips(20), twips(15), twips(20), twips(30)]);
    for (const [v, k] of [
      [top, 'top'],
      [bottom, 'bottom'],
      [left, 'left'],
      [right, 'right'],
    ] as const) {
      assert.ok(v >= twips(MARGIN_RANGES[k][0]) && v <= twips(MARGIN_RANGES[k][1]), k);
    }
  });

  it('margins from the options, clamped into the ranges', async () => {
    const d = docxParts(await renderDocx(layoutOf(seed, { margins: { top: 25, left: 35, right: 40, bottom: 10 } })))[
      'word/document.xml'
    ];
    assert.match(
      d,
      new RegExp(`<w:pgMar w:top="${twips(25)}" w:right="${twips(20)}" w:bottom="${twips(20)}" w:left="${twips(35)}"`),
    );
  });

  it('Times New Roman in every run, in the headers and in styles.xml', () => {
    for (const name of ['word/document.xml', 'word/header1.xml', 'word/header2.xml']) {
      for (const r of runs(parts[name] ?? ''))
        assert.match(
          r,
          /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
          name,
        );
    }
    assert.ok(runs(doc).length > 40);
    assert.match(
      parts['word/styles.xml'],
      /<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    for (const f of parts['word/styles.xml'].match(/<w:rFonts[^>]*>/g) ?? [])
      assert.doesNotMatch(f, /w:(?:ascii|hAnsi)="(?!Times New Roman)/);
  });

  it('a different first page: w:titlePg, the PAGE field in the default header only, centred', () => {
    assert.match(doc, /<w:titlePg\/>/);
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)?.[1];
      assert.ok(id, type);
      return parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`];
    };
    const def = target('default');
    const first = target('first');
    assert.match(def, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
    assert.equal(jc(def), 'center');
    assert.deepEqual(sizes(def), [14]);
    assert.doesNotMatch(first, /PAGE|fldChar|fldSimple/);
  });

  it('the header: a borderless two-column table, agency left, Quốc hiệu right, sizes and weights of §6', () => {
    const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    assert.ok(doc.indexOf('<w:tbl>') < doc.indexOf('Kính gửi'), 'the header table comes first');
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
      assert.match(tbl, new RegExp(`<w:${side} w:val="none"`), side);
    assert.doesNotMatch(tbl, /<w:tcBorders>(?:(?!<\/w:tcBorders>)[\s\S])*w:val="single"/);
    const cells = tbl.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    assert.equal(cells.length, 2);
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => +m[1]);
    assert.ok(
      grid[0] < grid[1] && grid[0] / (grid[0] + grid[1]) > 0.35 && grid[0] / (grid[0] + grid[1]) < 0.45,
      `${grid}`,
    );
    const agency = find(cells[0], 'ỦY BAN NHÂN DÂN');
    assert.deepEqual(sizes(agency.xml), [13]);
    assert.ok(allBold(agency.xml));
    assert.equal(jc(agency.xml), 'center');
    const qh = find(cells[1], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.deepEqual(sizes(qh.xml), [12]);
    assert.ok(allBold(qh.xml));
    const tn = find(cells[1], 'Độc lập - Tự do - Hạnh phúc');
    assert.deepEqual(sizes(tn.xml), [14]);
    assert.ok(allBold(tn.xml));
    // the rules: bottom borders of the paragraphs right after the agency name and the Tiêu ngữ
    const after = (cell: string, p: { xml: string }) =>
      paragraphs(cell)[paragraphs(cell).findIndex((q) => q.xml === p.xml) + 1].xml;
    const ruleWidth = (cell: string, p: { xml: string }, cellTwips: number) => {
      const r = after(cell, p);
      assert.match(r, /<w:pBdr><w:bottom w:val="single"/);
      const ind = /<w:ind w:left="(\d+)" w:right="(\d+)"\/>/.exec(r)!;
      return cellTwips - +ind[1] - +ind[2];
    };
    const agencyRule = ruleWidth(cells[0], agency, grid[0]);
    const agencyLine = twips(60); // "ỦY BAN NHÂN DÂN" in 13 pt bold ≈ 60 mm
    assert.ok(
      agencyRule >= agencyLine / 3 - twips(6) && agencyRule <= agencyLine / 2 + twips(6),
      `agency rule ${agencyRule}`,
    );
    const tnRule = ruleWidth(cells[1], tn, grid[1]);
    assert.ok(tnRule > twips(55) && tnRule < twips(80), `tiêu ngữ rule ${tnRule}`);
  });

  it('Số upright 13, the date italic 14, the V/v 12 under Số', () => {
    const so = find(doc, 'Số:');
    assert.deepEqual(sizes(so.xml), [13]);
    assert.ok(noneBold(so.xml) && noneItalic(so.xml));
    const date = find(doc, 'Đức Phố, ngày');
    assert.deepEqual(sizes(date.xml), [14]);
    assert.ok(allItalic(date.xml));
    const vv = find(doc, 'V/v triển khai');
    assert.deepEqual(sizes(vv.xml), [12]);
    assert.equal(jc(vv.xml), 'center');
    assert.ok(
      doc.indexOf('Số:') < doc.indexOf('V/v triển khai') &&
        doc.indexOf('V/v triển khai') < doc.indexOf('Đức Phố, ngày'),
    );
  });

  it('body paragraphs justified, first-line indent 1 cm, at least 6 pt between paragraphs; inline bold and italic kept', () => {
    const body = [
      'Thực hiện Công văn số 2167',
      'a) Quán triệt',
      'b) Thường xuyên',
      '- Lãnh đạo, chỉ đạo',
      'Yêu cầu Thủ trưởng',
    ].map((s) => find(doc, s));
    for (const p of body) {
      assert.equal(jc(p.xml), 'both', p.text);
      assert.match(p.xml, /<w:ind w:left="0" w:firstLine="567"\/>/, p.text);
      assert.ok(+/<w:spacing[^>]*w:before="(\d+)"/.exec(p.xml)![1] >= 120, p.text);
      assert.deepEqual(sizes(p.xml), [14]);
    }
    const first = body[0].xml;
    const italic = runs(first)
      .filter((r) => /<w:i\/>/.test(r))
      .map((r) => /<w:t[^>]*>([^<]*)/.exec(r)![1]);
    assert.deepEqual(italic, ['bản chụp văn bản kèm theo']);
    const item = find(doc, '1. Thủ trưởng').xml;
    assert.equal(/<w:t[^>]*>([^<]*)/.exec(runs(item).find((r) => /<w:b\/>/.test(r))!)![1], '1.');
  });

  it('numbering is the text the drafter wrote, never Word auto-numbering', () => {
    assert.doesNotMatch(doc, /<w:numPr>/);
    assert.ok(
      paragraphs(doc).some((p) => p.text.startsWith('a) ')) &&
        paragraphs(doc).some((p) => p.text.startsWith('2. Các phòng:')),
    );
  });

  it('the footer: Nơi nhận (12 pt bold italic, list 11 pt) and the signature block side by side in a borderless table', () => {
    const tables = doc.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g)!;
    const footer = tables[tables.length - 1];
    assert.match(footer, /<w:tblBorders><w:top w:val="none"/);
    const cells = footer.match(/<w:tc>[\s\S]*?<\/w:tc>/g)!;
    assert.equal(cells.length, 2);
    const head = find(cells[0], 'Nơi nhận:');
    assert.deepEqual(sizes(head.xml), [12]);
    assert.ok(allBold(head.xml) && allItalic(head.xml));
    for (const p of paragraphs(cells[0]).filter((q) => q.text.startsWith('- ')))
      assert.deepEqual(sizes(p.xml), [11], p.text);
    assert.equal(paragraphs(cells[0]).filter((q) => q.text.startsWith('- ')).length, 6);
    for (const t of ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Võ Thanh Hùng']) {
      const p = find(cells[1], t);
      assert.deepEqual(sizes(p.xml), [14], t);
      assert.ok(allBold(p.xml), t);
      assert.equal(jc(p.xml), 'center', t);
    }
    // room for the signature: the name stands well below the title
    assert.ok(+/<w:spacing[^>]*w:before="(\d+)"/.exec(find(cells[1], 'Võ Thanh Hùng').xml)![1] >= 48 * 20);
  });

  it('a phụ lục after the signature starts a section numbered on its own', async () => {
    const md = readFileSync(join(fixtures, 'letters', 'quyet-dinh-quy-che.md'), 'utf8');
    const layout = layoutOf(md);
    assert.ok(layout.pages.some((p) => p.start === 'section'));
    const d = docxParts(await renderDocx(layout))['word/document.xml'];
    assert.equal(d.match(/<w:sectPr>/g)?.length, 2);
    assert.match(d, /<w:pgNumType w:start="1"\/>/);
  });
});
