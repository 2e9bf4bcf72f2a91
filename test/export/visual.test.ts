// The page as a văn thư checks it by eye: the seed's .docx converted by LibreOffice, and its HTML printed by headless
// Chromium, read back with poppler (`pdftotext -bbox` word boxes, `pdftohtml -xml` for italics). Page 1 is kept as
// a PNG in test-output/export/. Needs libreoffice-writer-nogui, chromium, poppler-utils, fonts-liberation (installed
// by scripts/editor/install.sh): without them each suite is skipped with a visible note, unless VANTHU_VISUAL=require
// (scripts/editor/test.sh), where a missing tool fails.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, renderHtml } from '../../server/src/export/index.js';
import { docxToPdf, findChromium, findSoffice, htmlToPdf, which } from '../../server/src/export/pdf.js';
import { layoutOf } from './helpers.js';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'test-output', 'export');
const seed = readFileSync(join(root, 'test', 'fixtures', 'seed.md'), 'utf8');
const required = process.env.VANTHU_VISUAL === 'require';
const MM = 72 / 25.4;

interface Word {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
}

function bboxPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: +m[1],
    height: +m[2],
    words: [
      ...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((w) => ({
      text: w[5].replace(/&amp;/g, '&'),
      x0: +w[1],
      y0: +w[2],
      x1: +w[3],
      y1: +w[4],
    })),
  }));
}

/** The box of a phrase: its words in a row on one line (same baseline band). */
function phrase(page: Page, text: string): { x0: number; x1: number; y0: number; y1: number; cx: number; cy: number } {
  const want = text.split(' ');
  for (let i = 0; i < page.words.length; i++) {
    const ws = page.words.slice(i, i + want.length);
    if (
      ws.length === want.length &&
      ws.every((w, k) => w.text === want[k]) &&
      ws.every((w) => Math.abs(w.y0 - ws[0].y0) < 2)
    ) {
      const box = {
        x0: ws[0].x0,
        x1: ws[ws.length - 1].x1,
        y0: Math.min(...ws.map((w) => w.y0)),
        y1: Math.max(...ws.map((w) => w.y1)),
      };
      return { ...box, cx: (box.x0 + box.x1) / 2, cy: (box.y0 + box.y1) / 2 };
    }
  }
  assert.fail(
    `"${text}" not found on the page: ${page.words
      .slice(0, 60)
      .map((w) => w.text)
      .join(' ')}`,
  );
}

/** Lines of text set in italic, as pdftohtml reports them. */
function italicLines(pdf: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', '-f', '1', '-l', '1', pdf], {
    encoding: 'utf8',
  });
  return [...xml.matchAll(/<text [^>]*>(?:<b>)?<i>([^<]*)<\/i>/g)].map((m) => m[1]);
}

function checkGeometry(pdf: string) {
  const pages = bboxPages(pdf);
  assert.ok(pages.length >= 2, `${pages.length} pages`);
  const [p1, p2] = pages;
  assert.ok(Math.abs(p1.width - 210 * MM) < 2 && Math.abs(p1.height - 297 * MM) < 2, `A4: ${p1.width} × ${p1.height}`);
  const centre = p1.width / 2;
  // the agency name and the Quốc hiệu on one band, the agency left of the page centre, the Quốc hiệu right of it
  const agency = phrase(p1, 'ỦY BAN NHÂN DÂN');
  const qh = phrase(p1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.ok(Math.abs(agency.y0 - qh.y0) < 6, `same band: ${agency.y0} / ${qh.y0}`);
  assert.ok(agency.x1 < centre && agency.cx < centre, `agency left of centre: ${agency.x0}–${agency.x1}`);
  assert.ok(qh.x0 > centre - 20 * MM && qh.cx > centre, `Quốc hiệu right of centre: ${qh.x0}–${qh.x1}`);
  assert.ok(agency.y0 > 18 * MM && agency.y0 < 30 * MM, `the header at the top margin: ${agency.y0}`);
  assert.ok(agency.x0 > 30 * MM, 'inside the left margin');
  // the date line: right of centre, under the Tiêu ngữ, in italic
  const tn = phrase(p1, 'Độc lập - Tự do - Hạnh phúc');
  const date = phrase(p1, 'Đức Phố, ngày tháng 5 năm 2023');
  assert.ok(tn.y0 > qh.y0 && date.y0 > tn.y1, 'the date under the Tiêu ngữ');
  assert.ok(date.cx > centre && Math.abs(date.cx - tn.cx) < 10 * MM, 'the date centred under the Tiêu ngữ');
  assert.ok(
    italicLines(pdf).some((t) => t.startsWith('Đức Phố, ngày')),
    `italic date: ${italicLines(pdf)}`,
  );
  // Số under the agency, level with the date
  const so = phrase(p1, 'Số: /UBND');
  assert.ok(
    so.cx < centre && Math.abs(so.cx - agency.cx) < 10 * MM && Math.abs(so.y0 - date.y0) < 6,
    'Số under the agency, level with the date',
  );
  // the signer's title right of centre and Nơi nhận left of centre on one band (the last page)
  const last = pages[pages.length - 1];
  const title = phrase(last, 'KT. CHỦ TỊCH');
  const nn = phrase(last, 'Nơi nhận:');
  assert.ok(title.cx > centre && nn.x1 < centre, `title ${title.cx}, Nơi nhận ${nn.x1}`);
  assert.ok(Math.abs(title.y0 - nn.y0) < 8, `one band: ${title.y0} / ${nn.y0}`);
  const name = phrase(last, 'Võ Thanh Hùng');
  assert.ok(name.y0 - title.y1 > 15 * MM, 'room for the signature');
  assert.ok(Math.abs(name.cx - title.cx) < 5 * MM, 'the name centred under the title');
  // page 2 numbered in the top margin, centred; page 1 not
  const top = (p: Page) => p.words.filter((w) => w.y1 < 20 * MM);
  assert.deepEqual(
    top(p1).map((w) => w.text),
    [],
    'no number on page 1',
  );
  const n2 = top(p2);
  assert.deepEqual(
    n2.map((w) => w.text),
    ['2'],
  );
  const textCentre = (30 * MM + (p2.width - 15 * MM)) / 2;
  assert.ok(Math.abs((n2[0].x0 + n2[0].x1) / 2 - textCentre) < 12 * MM, `page number centred: ${n2[0].x0}`);
  // the body justified inside the margins: full lines reach the right margin
  const right = p1.words.filter((w) => w.y0 > date.y1 + 40 * MM).map((w) => w.x1);
  assert.ok(
    Math.max(...right) > p1.width - 15 * MM - 3 && Math.max(...right) <= p1.width - 15 * MM + 1,
    `right edge ${Math.max(...right)}`,
  );
}

function png(pdf: string, name: string) {
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, name)]);
}

function needs(ctx: Mocha.Context, tools: [string, string | null][]) {
  const missing = tools.filter(([, path]) => !path).map(([name]) => name);
  if (!missing.length) return;
  const note = `skipped: ${missing.join(', ')} not installed`;
  if (required) assert.fail(`${note} (VANTHU_VISUAL=require)`);
  console.log(`      ${note}`);
  ctx.skip();
}

describe('export: the printed page (visual check)', function () {
  this.timeout(300000);
  const poppler = (): [string, string | null][] => [
    ['pdftotext (poppler-utils)', which(['pdftotext'])],
    ['pdftoppm (poppler-utils)', which(['pdftoppm'])],
    ['pdftohtml (poppler-utils)', which(['pdftohtml'])],
  ];

  it("LibreOffice renders the seed's .docx as an NĐ 30 page", async function () {
    const soffice = findSoffice();
    needs(this, [['soffice', soffice], ...poppler()]);
    mkdirSync(out, { recursive: true });
    const pdf = join(out, 'seed-docx.pdf');
    writeFileSync(pdf, await docxToPdf(await renderDocx(layoutOf(seed)), soffice!));
    png(pdf, 'seed-docx-page1');
    checkGeometry(pdf);
  });

  it("Chromium prints the seed's HTML as the same page", async function () {
    const chromium = findChromium();
    needs(this, [['chromium', chromium], ...poppler()]);
    mkdirSync(out, { recursive: true });
    const pdf = join(out, 'seed-html.pdf');
    writeFileSync(pdf, await htmlToPdf(renderHtml(layoutOf(seed)), chromium!));
    png(pdf, 'seed-html-page1');
    checkGeometry(pdf);
  });
});
