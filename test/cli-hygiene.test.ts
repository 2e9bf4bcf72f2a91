// `vanthu` never fails without a word (issue 12, hygiene): a missing path, a symlink loop, a UTF-16 file, a symlinked
// folder, a read-only file under --fix, a closed pipe, an internal error — each answered, and the run goes on.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../server/src/cli/lint.js';
import { main } from '../server/src/cli/main.js';
import { tempDir } from './helpers/tmp.js';
import { withBrokenRule } from './helpers/broken.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');
const letters = join(root, 'test', 'fixtures', 'letters');
const broken = readFileSync(join(letters, 'cong-van.md'), 'utf8').replace('ngày 08 tháng 3', 'ngày 8 tháng 3');

function vanthu(args: string[], opts: { cwd?: string; uid?: number } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs `f` with process.stdout/stderr captured (the CLI in this process). */
async function captured(f: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const w = [process.stdout.write, process.stderr.write];
  process.stdout.write = ((s: string) => (out.push(String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => (err.push(String(s)), true)) as typeof process.stderr.write;
  try {
    const code = await f();
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    [process.stdout.write, process.stderr.write] = w;
  }
}

const jsonOf = (out: string) => JSON.parse(out) as { file: string; diagnostics: { rule: string }[] }[];
const rulesOf = (out: string) => jsonOf(out).map((r) => r.diagnostics.map((d) => d.rule));

describe('vanthu CLI hygiene: every failure says what happened', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = tempDir('vanthu-hygiene-');
    writeFileSync(join(dir, 'a.md'), broken);
  });

  it('a path that does not exist is an error naming it, not "no problems (0 files)"', () => {
    const r = vanthu(['lint', join(dir, 'khong-co.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /khong-co\.md: không tìm thấy tệp hoặc thư mục/);
    assert.doesNotMatch(r.out, /Không phát hiện vấn đề nào/);
  });

  it('a symlink loop is reported as one, not as "not found"', () => {
    const loop = join(dir, 'vong.md');
    symlinkSync(loop, loop);
    const r = vanthu(['lint', loop, join(dir, 'a.md'), '--format', 'json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /vong\.md: vòng lặp liên kết tượng trưng/);
    assert.deepEqual(rulesOf(r.out).length, 1, 'the other file is linted');
  });

  it('a UTF-16 file with its BOM is read as text (LE and BE), and --fix writes it back in UTF-16', () => {
    const le = join(dir, 'utf16le.md');
    const be = join(dir, 'utf16be.md');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken, 'utf16le')]));
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(broken, 'utf16le').swap16()]));
    const r = vanthu(['lint', '--format', 'json', join(dir, 'a.md'), le, be]);
    assert.equal(r.code, 1, r.err);
    const [utf8, ...utf16] = rulesOf(r.out);
    assert.ok(utf8.includes('DD-02'));
    assert.deepEqual(utf16, [utf8, utf8]);
    const fixed = vanthu(['lint', '--fix', le]);
    assert.notEqual(fixed.code, 2, fixed.err);
    const bytes = readFileSync(le);
    assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'BOM kept');
    const text = bytes.subarray(2).toString('utf16le');
    assert.match(text, /ngày 08 tháng 3/, 'fixed');
    assert.equal(text.length, broken.length + 1);
  });

  it('UTF-16 without a BOM is named as such, not "binary"', () => {
    const f = join(dir, 'nobom.md');
    writeFileSync(f, Buffer.from('Số: 12/UBND\n', 'utf16le'));
    const r = vanthu(['lint', f]);
    assert.equal(r.code, 2);
    assert.match(r.err, /nobom\.md: tệp có vẻ mã hóa UTF-16 nhưng không có BOM/);
  });

  it('a symlinked folder does not lint the same file twice', () => {
    const ws = join(dir, 'ws');
    mkdirSync(join(ws, 'that'), { recursive: true });
    writeFileSync(join(ws, 'that', 'x.md'), broken);
    symlinkSync(join(ws, 'that'), join(ws, 'link'));
    const r = vanthu(['lint', '--format', 'json', ws, join(ws, 'link', 'x.md')]);
    const files = jsonOf(r.out).map((x) => x.file.replace(ws, ''));
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0], /^\/(that|link)\/x\.md$/);
  });

  it('--fix on a read-only file says so, leaves it as it was, and fixes the next file', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(dir, 0o755);
    chmodSync(ro, 0o777);
    writeFileSync(join(ro, '1.md'), broken);
    writeFileSync(join(ro, '2.md'), broken);
    chmodSync(join(ro, '1.md'), 0o444);
    chmodSync(join(ro, '2.md'), 0o666);
    // as root, a mode bit stops nothing: run as nobody
    const uid = process.getuid?.() === 0 ? 65534 : undefined;
    const r = vanthu(['lint', '--fix', '--format', 'json', join(ro, '1.md'), join(ro, '2.md')], { uid });
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /1\.md: không ghi được bản sửa \((EACCES|EPERM)\): tệp giữ nguyên/);
    assert.equal(readFileSync(join(ro, '1.md'), 'utf8'), broken);
    assert.match(readFileSync(join(ro, '2.md'), 'utf8'), /ngày 08 tháng 3/);
    const [one, two] = rulesOf(r.out);
    assert.ok(one.includes('DD-02'), 'the unfixed file is reported as it is');
    assert.ok(!two.includes('DD-02'));
  });

  it('`vanthu lint … | head`: a closed pipe ends the run quietly', async () => {
    const many = join(dir, 'many');
    cpSync(letters, many, { recursive: true });
    const child = spawn(process.execPath, [bin, 'lint', '--no-color', '--jobs', '1', many]);
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy()); // head read its lines and left
    const code = await new Promise<number | null>((done) => child.on('close', done));
    assert.doesNotMatch(err, /EPIPE|Error|at /, err);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  });

  it('an internal error: a Vietnamese message with the file and the reason, the next file still linted, exit 2', async () => {
    const b = join(dir, 'b.md');
    writeFileSync(b, broken.replace('ngày 8 tháng 3', 'ngày 08 tháng 3'));
    const options = { format: 'json', color: false, jobs: 1 };
    const r = await withBrokenRule('không đọc được thuộc tính "x"', () =>
      captured(() => lint([join(dir, 'a.md'), b], options)),
    );
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      /a\.md: lỗi nội bộ khi kiểm tra tệp này: không đọc được thuộc tính "x" — bỏ qua tệp, kiểm tra tiếp/,
    );
    assert.match(r.err, /--debug/);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack without --debug');
    assert.deepEqual(
      rulesOf(r.out).map((rs) => rs.includes('SYS-03')),
      [true, true],
    );
    const d = await withBrokenRule('boom', () => captured(() => lint([b], { ...options, debug: true })));
    assert.match(d.err, /TypeError: boom\n\s+at /, 'the stack with --debug');
  });

  it('an error outside the per-file work is said too (never an exit 2 without a word)', async () => {
    const r = await withBrokenRule('hỏng', () => captured(() => main(['inspect', join(dir, 'a.md')])));
    assert.equal(r.code, 2);
    assert.match(r.err, /vanthu: lỗi nội bộ: hỏng/);
  });

  it('the tests leave no temporary folder behind (they make theirs with test/helpers/tmp.ts)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        if (f.isDirectory() && f.name !== 'fixtures' && f.name !== 'editor') walk(join(d, f.name));
        else if (f.name.endsWith('.ts') && f.name !== 'tmp.ts') files.push(join(d, f.name));
      }
    };
    walk(join(root, 'test'));
    const makes = new RegExp(['mk', 'dtemp(Sync)?\\('].join('')); // (spelt so that this file does not match)
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      if (makes.test(src)) assert.match(src, /rmSync\(/, `${f} makes a temporary folder it never removes`);
    }
  });
});
