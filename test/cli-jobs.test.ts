// `vanthu lint --jobs N` (worker threads) reports exactly what the serial run reports: the same bytes on stdout and
// stderr, the same exit code, the same fixed files — and the cross-document findings, which need every letter.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateLetters } from '../bench/xref.js';
import { lintAll } from '../server/src/cli/pool.js';
import { lintOne } from '../server/src/cli/lintOne.js';
import { tempDir } from './helpers/tmp.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');
const worker = join(root, 'server', 'dist', 'lint-worker.js');

const vanthu = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Every file of a folder, by relative path. */
const contents = (dir: string, at = ''): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(dir, at), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? Object.entries(contents(dir, join(at, e.name)))
        : [[join(at, e.name), readFileSync(join(dir, at, e.name), 'utf8')]],
    ),
  );

describe('vanthu lint --jobs: the same report as a serial run', function () {
  this.timeout(300000);
  let dir: string;
  before(() => {
    if (!existsSync(worker)) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-jobs-');
    cpSync(join(root, 'test', 'fixtures', 'letters'), join(dir, 'fixtures'), { recursive: true });
    cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true });
    // letters citing each other (XR findings), some with fixable mistakes, CRLF and a BOM
    let k = 0;
    for (const [f, t] of generateLetters(60, 5)) {
      const file = join(dir, 'ws', f);
      mkdirSync(dirname(file), { recursive: true });
      const text = k % 3 === 0 ? t.replace(/ngày 0(\d) tháng/, 'ngày $1 tháng') : t;
      writeFileSync(file, k % 7 === 0 ? '\ufeff' + text.replace(/\n/g, '\r\n') : text);
      k++;
    }
  });

  for (const format of ['stylish', 'json', 'sarif']) {
    it(`${format}: --jobs 3 and --jobs 2 print what --jobs 1 prints, with the same exit code`, () => {
      const serial = vanthu(['lint', '.', '--no-color', '--format', format, '--jobs', '1'], dir);
      assert.ok(serial.code === 1, serial.err);
      assert.match(serial.out, /XR-0\d/, 'the folder has cross-document findings');
      assert.match(serial.out, /DD-02/, 'and fixable letter findings');
      for (const jobs of ['3', '2']) {
        const parallel = vanthu(['lint', '.', '--no-color', '--format', format, '--jobs', jobs], dir);
        assert.equal(parallel.code, serial.code);
        assert.equal(parallel.err, serial.err);
        assert.equal(parallel.out, serial.out);
      }
    });
  }

  it('--fix: the same files written and the same report', () => {
    const a = tempDir('vanthu-jobs-fix1-');
    const b = tempDir('vanthu-jobs-fix3-');
    cpSync(dir, a, { recursive: true });
    cpSync(dir, b, { recursive: true });
    const serial = vanthu(['lint', '.', '--fix', '--format', 'json', '--jobs', '1'], a);
    const parallel = vanthu(['lint', '.', '--fix', '--format', 'json', '--jobs', '3'], b);
    assert.equal(parallel.code, serial.code);
    assert.equal(parallel.err, serial.err);
    assert.equal(parallel.out, serial.out);
    const fixed = contents(a);
    assert.deepEqual(contents(b), fixed);
    assert.notDeepEqual(fixed, contents(dir), 'something was fixed');
  });

  it('the letters really go to worker threads, and come back in order', async () => {
    const tasks = [...generateLetters(40, 9)].map(([f, text]) => ({
      abs: join('/ws', f),
      text,
      options: {},
      fix: true,
    }));
    const pooled = await lintAll(tasks, 3, worker);
    assert.equal(pooled.workers, 3);
    assert.deepEqual(pooled.results, tasks.map(lintOne));
    assert.equal((await lintAll(tasks, 1, worker)).workers, 0);
  });

  it('--jobs must be a whole number from 1', () => {
    const r = vanthu(['lint', '.', '--jobs', '0'], dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /--jobs/);
  });
});
