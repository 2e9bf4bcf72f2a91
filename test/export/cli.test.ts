// `vanthu export` as a user runs it: the built bundle, real files, exit codes as `lint`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxParagraphs, docxParts } from './helpers.js';
import { tempDir } from '../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');
const fixtures = join(root, 'test', 'fixtures');

function vanthu(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vanthu export', function () {
  this.timeout(120000);
  let dir: string;
  before(() => {
    if (!existsSync(join(root, 'server', 'dist', 'cli.js')))
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-export-');
    copyFileSync(join(fixtures, 'letters', 'cong-van.md'), join(dir, 'cong-van.md'));
    copyFileSync(join(fixtures, 'seed.md'), join(dir, 'seed.md'));
  });

  it('writes a .docx beside the draft by default (exit 0)', () => {
    const r = vanthu(['export', 'cong-van.md'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /cong-van\.md → cong-van\.docx/);
    const doc = docxParts(readFileSync(join(dir, 'cong-van.docx')))['word/document.xml'];
    assert.ok(docxParagraphs(doc).some((t) => t.startsWith('Kính gửi')));
  });

  it('--format html and -o: a self-contained page', () => {
    const r = vanthu(['export', 'cong-van.md', '--format', 'html', '-o', 'ra/thu.html'], dir);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(join(dir, 'ra', 'thu.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /@page \{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm;/);
    assert.doesNotMatch(html, /<script|<link|https?:\/\/(?!www\.w3\.org)/);
  });

  it('final mode refuses a letter with errors and lists them (exit 1); --force exports it', () => {
    const r = vanthu(['export', 'seed.md', '-m', 'final', '-o', 'final.docx'], dir);
    assert.equal(r.code, 1);
    assert.match(r.err, /seed\.md: không xuất vì còn 2 lỗi/);
    assert.match(r.err, /9:1 .*SKH-03/);
    assert.match(r.err, /DD-03/);
    assert.ok(!existsSync(join(dir, 'final.docx')));
    const f = vanthu(['export', 'seed.md', '-m', 'final', '--force', '-o', 'final.docx'], dir);
    assert.equal(f.code, 0, f.err);
    assert.match(f.out, /còn 2 lỗi/);
    assert.ok(existsSync(join(dir, 'final.docx')));
  });

  it('a folder: every letter into -o DIR; Word files in it are not read as drafts', () => {
    mkdirSync(join(dir, 'vb'), { recursive: true });
    copyFileSync(join(fixtures, 'letters', 'quyet-dinh.md'), join(dir, 'vb', 'quyet-dinh.md'));
    copyFileSync(join(fixtures, 'letters', 'to-trinh.md'), join(dir, 'vb', 'to-trinh.md'));
    writeFileSync(join(dir, 'vb', 'ghi-chu.md'), '# Ghi chú\n\nKhông phải văn bản.\n');
    assert.equal(vanthu(['export', 'vb'], dir).code, 0);
    const r = vanthu(['export', 'vb', '-o', 'out'], dir);
    assert.equal(r.code, 0, r.err);
    for (const f of ['quyet-dinh.docx', 'to-trinh.docx']) assert.ok(existsSync(join(dir, 'out', f)), f);
    assert.ok(!existsSync(join(dir, 'out', 'ghi-chu.docx')), 'a note in a folder is not a letter');
  });

  it('exit 2 and a message for a missing file; never writes over the draft', () => {
    const r = vanthu(['export', 'khong-co.md'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /khong-co\.md: không tìm thấy tệp hoặc thư mục/);
    const before = readFileSync(join(dir, 'cong-van.md'), 'utf8');
    const s = vanthu(['export', 'cong-van.md', '-f', 'html', '-o', 'cong-van.md'], dir);
    assert.equal(s.code, 2);
    assert.match(s.err, /trùng với tệp nguồn/);
    assert.equal(readFileSync(join(dir, 'cong-van.md'), 'utf8'), before);
  });

  it('PDF without Chromium or LibreOffice: a clear message (exit 2)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/nonexistent' };
    delete env.VANTHU_CHROMIUM;
    delete env.VANTHU_SOFFICE;
    const r = vanthu(['export', 'cong-van.md', '-f', 'pdf'], dir, env);
    assert.equal(r.code, 2);
    assert.match(r.err, /Không tìm thấy Chromium hoặc LibreOffice để tạo PDF/);
  });

  it("margins from .vanthurc within the decree's ranges; an out-of-range margin is reported and the default kept", () => {
    const d = tempDir('vanthu-export-rc-');
    copyFileSync(join(fixtures, 'letters', 'cong-van.md'), join(d, 'cv.md'));
    writeFileSync(
      join(d, '.vanthurc.json'),
      JSON.stringify({ export: { margins: { top: 25, left: 35 }, format: 'html' } }),
    );
    assert.equal(vanthu(['export', 'cv.md'], d).code, 0);
    assert.match(readFileSync(join(d, 'cv.html'), 'utf8'), /margin: 25mm 15mm 20mm 35mm;/);
    writeFileSync(join(d, '.vanthurc.json'), JSON.stringify({ export: { margins: { left: 10 } } }));
    const r = vanthu(['export', 'cv.md'], d);
    assert.match(
      r.err,
      /\.vanthurc\.json:1:\d+: cấu hình không hợp lệ tại "export\.margins\.left": Lề trái từ 30 đến 35 mm/,
    );
    assert.equal(r.code, 0);
  });

  it('PDF through Chromium or LibreOffice when one is installed', function () {
    const r0 = spawnSync('sh', ['-c', 'command -v chromium || command -v soffice']);
    if (r0.status !== 0) {
      console.log('      skipped: neither chromium nor soffice installed');
      return this.skip();
    }
    const r = vanthu(['export', 'cong-van.md', '-f', 'pdf', '--verbose'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /PDF: dùng (?:Chromium|LibreOffice)/);
    assert.equal(readFileSync(join(dir, 'cong-van.pdf')).subarray(0, 5).toString(), '%PDF-');
  });
});
