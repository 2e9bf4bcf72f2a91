// The cold scan on worker threads (server/src/node/xrefPool.ts) builds exactly the index of the serial scan: the same
// summaries in the same order, so the same catalogue, conflicts, references and resolutions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateLetters } from '../../bench/xref.js';
import { XrefIndex, type Workspace } from '../../server/src/xref/index.js';
import { indexAllParallel, summariseAll, summariseTask, type SummariseResult } from '../../server/src/node/xrefPool.js';
import { runRefs } from '../../server/src/cli/refs.js';
import { tempDir } from '../helpers/tmp.js';
import { CONG_VAN_HUYEN, CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH } from './letters.js';

const root = join(import.meta.dirname, '..', '..');
const worker = join(root, 'server', 'dist', 'xref-worker.js');
const bin = join(root, 'server', 'bin', 'vanthu.js');

/** Generated letters citing each other, the project's letters, and texts that are no letter or do not read. */
function workspace(): Map<string, string> {
  const m = new Map<string, string>();
  for (const [f, t] of generateLetters(240, 13)) m.set(f, t);
  for (const d of [join(root, 'examples'), join(root, 'test', 'fixtures', 'letters')])
    for (const f of readdirSync(d)) if (f.endsWith('.md')) m.set(`${d}/${f}`, readFileSync(join(d, f), 'utf8'));
  m.set('kh40.md', KE_HOACH_TINH);
  m.set('cv125.md', CONG_VAN_HUYEN);
  m.set('kh14.md', KE_HOACH_HUYEN);
  m.set('cv-sau.md', CONG_VAN_SAU);
  m.set('crlf.md', KE_HOACH_TINH.replace(/\n/g, '\r\n'));
  m.set('empty.md', '');
  m.set('notes.md', '# Ghi chú\n\nKhông phải văn bản.\n');
  return m;
}

const mem = (m: Map<string, string>): Workspace => ({ listFiles: () => [...m.keys()], read: (f) => m.get(f) });

function sameIndex(a: XrefIndex, b: XrefIndex): void {
  assert.deepEqual(b.files(), a.files());
  for (const f of a.files()) assert.deepEqual(b.summary(f), a.summary(f), f);
  assert.deepEqual([...b.catalogue()], [...a.catalogue()]);
  assert.deepEqual(b.conflicts(), a.conflicts());
  for (const k of ['30/2020/NĐ-CP', '1753-KL/TU', '1/KH-UBND', '40/KH-UBND']) {
    assert.deepEqual(b.references(k), a.references(k), k);
    assert.deepEqual(b.resolve(k), a.resolve(k), k);
  }
}

describe('xref: the cold scan on worker threads', function () {
  this.timeout(300000);
  before(() => {
    if (!existsSync(worker)) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  });

  it('gives the index of the serial scan', async () => {
    const ws = workspace();
    const serial = new XrefIndex().indexAll(mem(ws));
    const { index, workers } = await indexAllParallel(new XrefIndex(), mem(ws), { jobs: 2, workerFile: worker });
    assert.equal(workers, 2);
    assert.ok(serial.size > 250);
    sameIndex(serial, index);
    // in this thread (no worker file, or one job) alike
    sameIndex(serial, (await indexAllParallel(new XrefIndex(), mem(ws), { jobs: 1 })).index);
    sameIndex(serial, (await indexAllParallel(new XrefIndex(), mem(ws), { jobs: 2, workerFile: '/nope' })).index);
  });

  it('hands the results on in input order, whatever worker finishes first', async () => {
    const tasks = [...generateLetters(130, 3)].map(([file, text]) => ({ file, text }));
    const seen: number[] = [];
    const got: SummariseResult[] = [];
    const { results, workers } = await summariseAll(tasks, {
      jobs: 3,
      workerFile: worker,
      onResults: (from, part) => {
        assert.equal(from, got.length);
        seen.push(from);
        got.push(...part);
      },
    });
    assert.equal(workers, 3);
    assert.equal(got.length, tasks.length);
    assert.deepEqual(got, results);
    assert.deepEqual(results, tasks.map(summariseTask));
    assert.ok(seen.length >= 2);
  });

  it('reads a file by its path where it is summarised; unreadable or too long files are skipped', async () => {
    const dir = tempDir('vanthu-xref-pool-');
    writeFileSync(join(dir, 'a.md'), KE_HOACH_TINH);
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff]));
    const tasks = [
      { file: join(dir, 'a.md') },
      { file: join(dir, 'missing.md') },
      { file: join(dir, 'bin.md') },
      { file: join(dir, 'a.md'), maxChars: 100 },
    ];
    const serial = tasks.map(summariseTask);
    assert.ok('summary' in serial[0] && serial[0].summary.own?.key === '40/KH-UBND');
    assert.deepEqual(serial.slice(1), [{ skipped: true }, { skipped: true }, { skipped: true }]);
    const many = Array.from({ length: 60 }, (_, i) => tasks[i % tasks.length]);
    const { results, workers } = await summariseAll(many, { jobs: 2, workerFile: worker });
    assert.equal(workers, 2);
    assert.deepEqual(results, many.map(summariseTask));
  });

  it('vanthu refs over many letters (worker threads in the built CLI) prints what the serial run prints', async () => {
    const dir = tempDir('vanthu-xref-pool-refs-');
    for (const [f, t] of generateLetters(220, 17)) {
      const file = join(dir, f);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, t);
    }
    const r = spawnSync(process.execPath, [bin, 'refs', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const serial = await runRefs([dir], { cwd: dir, jobs: 1 });
    assert.ok(serial.entries.length > 800);
    assert.deepEqual(JSON.parse(r.stdout), serial.entries);
  });
});
