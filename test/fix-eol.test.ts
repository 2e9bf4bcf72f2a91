// Fixes keep line endings and the BOM exactly (issue 12): a line a fix inserts ends as most lines of the text do, a
// stray CRLF in an LF file (or LF in a CRLF one) is not copied, and `vanthu lint --fix` writes the UTF-8 BOM back.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixAll } from '../server/src/core/analyze.js';

const root = join(import.meta.dirname, '..');
const OPTIONS = { today: '2026-11-26' };
// a letter whose fixes insert a line (NN-03: "- Lưu: VT.") and rewrite inside lines (DD-02: "ngày 08")
const LF = readFileSync(join(root, 'test', 'fixtures', 'letters', 'cong-van.md'), 'utf8')
  .replace('ngày 08 tháng 3', 'ngày 8 tháng 3')
  .replace('- Chủ tịch, các PCT UBND huyện;\n- Lưu: VT, VP.', '- Chủ tịch, các PCT UBND huyện.');
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const lone = /(?<!\r)\n/g;

describe('fixes keep line endings and the BOM', () => {
  it('an LF letter stays LF, and the inserted line is there', () => {
    const out = fixAll(LF, OPTIONS).text;
    assert.match(out, /- Lưu: VT\./);
    assert.match(out, /ngày 08 tháng 3/);
    assert.equal(count(out, /\r/g), 0);
  });

  it('a CRLF letter stays CRLF throughout', () => {
    const out = fixAll(LF.replace(/\n/g, '\r\n'), OPTIONS).text;
    assert.match(out, /- Lưu: VT\.\r\n/);
    assert.equal(count(out, lone), 0);
  });

  it('mixed: one CRLF line in an LF letter is kept, and no CRLF is added', () => {
    const mixed = LF.replace('Số: 125/UBND-VP\n', 'Số: 125/UBND-VP\r\n');
    const out = fixAll(mixed, OPTIONS).text;
    assert.match(out, /- Lưu: VT\.\n/);
    assert.equal(count(out, /\r\n/g), 1);
    assert.match(out, /Số: 125\/UBND-VP\r\n/);
  });

  it('mixed: one LF line in a CRLF letter is kept, and no LF is added', () => {
    const mixed = LF.replace(/\n/g, '\r\n').replace('Số: 125/UBND-VP\r\n', 'Số: 125/UBND-VP\n');
    const out = fixAll(mixed, OPTIONS).text;
    assert.match(out, /- Lưu: VT\.\r\n/);
    assert.equal(count(out, lone), 1);
  });

  it('a BOM at the start of the text stays', () => {
    const out = fixAll('\ufeff' + LF, OPTIONS).text;
    assert.ok(out.startsWith('\ufeff'));
    assert.equal(count(out, /\ufeff/g), 1);
  });

  describe('vanthu lint --fix', function () {
    this.timeout(60000);
    let dir: string;
    before(() => {
      if (!existsSync(join(root, 'server', 'dist', 'cli.js')))
        spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
      dir = mkdtempSync(join(tmpdir(), 'vanthu-eol-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const fix = (name: string, bytes: Buffer) => {
      const f = join(dir, name);
      writeFileSync(f, bytes);
      spawnSync(process.execPath, [join(root, 'server', 'bin', 'vanthu.js'), 'lint', '--fix', f], { encoding: 'utf8' });
      return readFileSync(f);
    };

    it('keeps the UTF-8 BOM and CRLF of the file', () => {
      const out = fix('bom-crlf.md', Buffer.from('\ufeff' + LF.replace(/\n/g, '\r\n'), 'utf8'));
      assert.deepEqual([...out.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = out.toString('utf8');
      assert.match(text, /ngày 08 tháng 3/);
      assert.match(text, /- Lưu: VT\.\r\n/);
      assert.equal(count(text, lone), 0);
    });

    it('writes no BOM into a file that had none', () => {
      const out = fix('plain.md', Buffer.from(LF, 'utf8'));
      assert.notEqual(out[0], 0xef);
      assert.match(out.toString('utf8'), /ngày 08 tháng 3/);
    });
  });
});
