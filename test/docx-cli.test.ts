// `vanthu` on Word files as a văn thư runs it: lint with paragraph positions in every format, folders and globs
// that pick up .docx, --fix that never touches a Word file, import and inspect; bad files get a message and the run
// goes on.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedAsTemplate } from './helpers/docx.js';
import { tempDir } from './helpers/tmp.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');

function vanthu(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vanthu on .docx', function () {
  this.timeout(60000);
  let dir: string;
  let letter: string;
  before(() => {
    if (!existsSync(join(root, 'server', 'dist', 'cli.js')))
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-docx-');
    letter = join(dir, 'cong-van.docx');
    writeFileSync(letter, seedAsTemplate());
  });

  it('stylish: paragraph positions (with the table cell) and the paragraph’s first words', () => {
    const r = vanthu(['lint', '--no-color', 'cong-van.docx'], dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\n {2}đoạn 4 \(bảng 1, ô 1\) +warning +Ký hiệu công văn .* SKH-05\n +«Số: \/UBND»/);
    assert.match(
      r.out,
      /\n {2}đoạn 14 +info +.*VD-01\n +«Thực hiện Công văn số 2167\/UBND-KTTH ngày 16\/5\/2023 của UBND…»/,
    );
    assert.doesNotMatch(r.out, /--fix/, 'nothing is offered as fixable in a Word file');
  });

  it('JSON adds paragraph, table, cell and excerpt; SARIF gives the paragraph as region with a snippet and no fixes', () => {
    const j = JSON.parse(vanthu(['lint', '--format', 'json', 'cong-van.docx'], dir).out);
    const d = j[0].diagnostics.find((x: { rule: string }) => x.rule === 'SKH-05');
    assert.deepEqual(
      { paragraph: d.paragraph, table: d.table, cell: d.cell, excerpt: d.excerpt, fixable: d.fixable },
      { paragraph: 4, table: 1, cell: 1, excerpt: 'Số: /UBND', fixable: false },
    );
    assert.equal(j[0].type, 'cong-van');
    const s = JSON.parse(vanthu(['lint', '--format', 'sarif', 'cong-van.docx'], dir).out);
    const res = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'SKH-05');
    assert.equal(res.locations[0].physicalLocation.artifactLocation.uri, 'cong-van.docx');
    assert.deepEqual(res.locations[0].physicalLocation.region.startLine, 4);
    assert.deepEqual(res.locations[0].physicalLocation.region.snippet, { text: 'Số: /UBND' });
    assert.match(res.message.text, /^đoạn 4 \(bảng 1, ô 1\): /);
    assert.ok(s.runs[0].results.every((x: { fixes?: unknown }) => !x.fixes));
  });

  it('--fix refuses a Word file, says so, leaves it byte for byte, and still reports', () => {
    const before = readFileSync(letter);
    const r = vanthu(['lint', '--fix', '--no-color', 'cong-van.docx'], dir);
    assert.match(r.err, /không sửa tệp Word \(\.docx\).*vanthu import cong-van\.docx/);
    assert.match(r.out, /SKH-05/);
    assert.ok(readFileSync(letter).equals(before));
  });

  it('a folder and a glob pick up .docx with .md; a bad Word file gets its message and the run goes on', () => {
    const sub = join(dir, 'hop-thu');
    mkdirSync(sub, { recursive: true });
    copyFileSync(letter, join(sub, 'a.docx'));
    copyFileSync(join(root, 'test', 'fixtures', 'letters', 'cong-van.md'), join(sub, 'b.md'));
    writeFileSync(join(sub, 'c.docx'), 'không phải zip');
    writeFileSync(
      join(sub, 'd.doc'),
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(600),
        Buffer.from('WordDocument', 'utf16le'),
      ]),
    );
    writeFileSync(join(sub, '~$a.docx'), 'Word lock file');
    for (const args of [
      ['lint', '--format', 'json', 'hop-thu'],
      ['lint', '--format', 'json', 'hop-thu/*.docx', 'hop-thu/*.md', 'hop-thu/d.doc'],
    ]) {
      const r = vanthu(args, dir);
      assert.equal(r.code, 2, r.err);
      const j = JSON.parse(r.out) as { file: string; error?: string; diagnostics: unknown[] }[];
      const files = j.map((x) => x.file.replace(/^hop-thu\//, ''));
      assert.deepEqual(files.filter((f) => f !== 'd.doc').sort(), ['a.docx', 'b.md', 'c.docx']);
      assert.ok(j.find((x) => x.file.endsWith('a.docx'))!.diagnostics.length > 0);
      assert.match(j.find((x) => x.file.endsWith('c.docx'))!.error!, /bị hỏng/);
      assert.match(r.err, /c\.docx: tệp \.docx bị hỏng/);
    }
    const doc = vanthu(['lint', 'hop-thu/d.doc'], dir);
    assert.equal(doc.code, 2);
    assert.match(doc.err, /d\.doc: tệp Word 97–2003 \(\.doc\)/);
  });

  it('import writes the Markdown (stdout or -o), never over an existing file without --force; the Markdown lints the same', () => {
    const out = vanthu(['import', 'cong-van.docx'], dir);
    assert.equal(out.code, 0, out.err);
    assert.match(out.out, /^\*\*ỦY BAN NHÂN DÂN\*\* {2}\n\*\*THỊ XÃ ĐỨC PHỐ\*\*\n/);
    const w = vanthu(['import', 'cong-van.docx', '-o', 'cong-van.md'], dir);
    assert.equal(w.code, 0, w.err);
    assert.equal(readFileSync(join(dir, 'cong-van.md'), 'utf8'), out.out);
    const again = vanthu(['import', 'cong-van.docx', '-o', 'cong-van.md'], dir);
    assert.equal(again.code, 2);
    assert.match(again.err, /đã có — không ghi đè/);
    assert.equal(vanthu(['import', 'cong-van.docx', '-o', 'cong-van.md', '--force'], dir).code, 0);
    const rules = (f: string) =>
      (
        JSON.parse(vanthu(['lint', '--format', 'json', f], dir).out)[0].diagnostics as { rule: string; line: number }[]
      ).map((d) => `${d.rule}:${d.line}`);
    assert.deepEqual(rules('cong-van.docx'), rules('cong-van.md'));
  });

  it('inspect prints the letter model with the paragraph and cell beside each line', () => {
    const r = vanthu(['inspect', 'cong-van.docx'], dir);
    assert.equal(r.code, 0, r.err);
    const m = JSON.parse(r.out);
    assert.equal(m.type, 'cong-van');
    assert.deepEqual([m.soKyHieu.paragraph, m.soKyHieu.cell], [4, { table: 1, row: 1, cell: 1 }]);
    assert.equal(m.signature.name, 'Võ Thanh Hùng');
    const bad = vanthu(['inspect', 'hop-thu/c.docx'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /bị hỏng/);
  });
});
