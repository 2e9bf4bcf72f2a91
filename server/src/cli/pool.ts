// `vanthu lint` on several cores: the letters' own work (`lintOne`) on a pool of worker threads, in batches handed
// out as workers free up; results come back in input order, so the report is the serial run's, byte for byte.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lintOne, type LetterResult, type LetterTask } from './lintOne.js';

/** Below this many letters per worker, starting a worker (loading the bundle) costs more than it saves. */
const LETTERS_PER_WORKER = 24;
const BATCH = 8;

/** The bundled worker beside the bundled CLI (scripts/build.mjs); absent when running from source: serial. */
export const bundledWorker = () => join(dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');

/** How many workers: `--jobs N` as asked (1 = in this thread), else one per core while there is work enough. */
export function workerCount(letters: number, jobs?: number): number {
  const wanted = jobs ?? Math.min(availableParallelism(), Math.floor(letters / LETTERS_PER_WORKER));
  return Math.max(1, Math.min(wanted, letters));
}

/** The letters' results in input order, and how many worker threads computed them (0: this thread). */
export async function lintAll(
  tasks: LetterTask[],
  jobs?: number,
  workerFile = bundledWorker(),
): Promise<{ results: LetterResult[]; workers: number }> {
  const n = workerCount(tasks.length, jobs);
  if (n <= 1 || !existsSync(workerFile)) return { results: tasks.map(lintOne), workers: 0 };
  const results: LetterResult[] = new Array(tasks.length);
  let next = 0;
  const workers = Array.from({ length: n }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((done, fail) => {
            let from = 0;
            const give = () => {
              if (next >= tasks.length) return done();
              from = next;
              next = Math.min(tasks.length, next + BATCH);
              w.postMessage(tasks.slice(from, next));
            };
            w.on('message', (m: { results?: LetterResult[]; error?: string }) => {
              if (m.error !== undefined) return fail(new Error(m.error));
              m.results!.forEach((r, i) => (results[from + i] = r));
              give();
            });
            w.on('error', fail);
            w.on('exit', (code) => (code ? fail(new Error(`lint worker exited with code ${code}`)) : undefined));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { results, workers: n };
}
