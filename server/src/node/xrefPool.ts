// The cold scan of a workspace's cross-reference index on several cores: each file's summary (the per-file work of
// `XrefIndex.indexAll`) computed on worker threads (xrefWorker.ts, bundled as server/dist/xref-worker.js), in
// batches handed out as workers free up. A summary is plain data, so it crosses from a worker unchanged; the results
// come back in input order and the caller adds them in that order, so the index is the serial one. Used by the
// language server's scan and `vanthu refs` (`vanthu lint` summarises on its own pool, cli/pool.ts).
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decode } from '../cli/files.js';
import { summariseText, type Workspace, type XrefIndex } from '../xref/index.js';
import type { LetterSummary } from '../xref/model.js';

/** One file to summarise: its text, or (no text) its path, read where it is summarised. */
export interface SummariseTask {
  file: string;
  text?: string;
  /** A longer text is not indexed (`skipped`). */
  maxChars?: number;
}

/** A summary; `skipped`: unreadable, not text, or too long; `error`: the summariser threw (its message). */
export type SummariseResult = { summary: LetterSummary } | { skipped: true } | { error: string };

/** The work of one file, alike in a worker and in this thread. */
export function summariseTask(t: SummariseTask): SummariseResult {
  let text = t.text;
  if (text === undefined) {
    try {
      const r = decode(readFileSync(t.file));
      if (!r.ok) return { skipped: true };
      text = r.text;
    } catch {
      return { skipped: true };
    }
  }
  if (t.maxChars !== undefined && text.length > t.maxChars) return { skipped: true };
  try {
    return { summary: summariseText(text, t.file) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Below this many files per worker, starting a worker (loading the bundle, ~50 ms) costs more than it saves. */
const FILES_PER_WORKER = 100;
const BATCH = 25;

/** The bundled worker beside the bundled CLI or server (scripts/build.mjs); absent when running from source. */
export const bundledXrefWorker = () => bundledWorkerOf(fileURLToPath(import.meta.url));
/** The worker beside a bundle (server/dist/cli.js or server.js). */
export const bundledWorkerOf = (bundle: string) => join(dirname(bundle), 'xref-worker.js');

/** How many workers: `jobs` as asked (1 = this thread), else one per core while there is work enough. */
export function xrefWorkerCount(files: number, jobs?: number): number {
  const wanted = jobs ?? Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}

export interface SummariseOptions {
  jobs?: number;
  workerFile?: string;
  /** Called with each new run of results at the front (`from` is the index of the first), in input order. */
  onResults?: (from: number, results: SummariseResult[]) => void | Promise<void>;
}

/** Every task's result in input order, and how many worker threads computed them (0: this thread). */
export async function summariseAll(
  tasks: SummariseTask[],
  opts: SummariseOptions = {},
): Promise<{ results: SummariseResult[]; workers: number }> {
  const n = xrefWorkerCount(tasks.length, opts.jobs);
  const workerFile = opts.workerFile ?? bundledXrefWorker();
  const results: SummariseResult[] = new Array(tasks.length);
  if (n <= 1 || !existsSync(workerFile)) {
    for (let i = 0; i < tasks.length; i += BATCH) {
      const part = tasks.slice(i, i + BATCH).map(summariseTask);
      part.forEach((r, k) => (results[i + k] = r));
      await opts.onResults?.(i, part);
    }
    return { results, workers: 0 };
  }
  // results are handed on in input order: `front` is the first index not handed on yet
  let front = 0;
  let done = 0;
  const filled = new Uint8Array(tasks.length);
  let handing: Promise<void> = Promise.resolve();
  const advance = () => {
    const from = front;
    while (front < tasks.length && filled[front]) front++;
    if (front > from && opts.onResults) {
      const part = results.slice(from, front);
      handing = handing.then(() => opts.onResults!(from, part));
    }
  };
  let next = 0;
  const workers = Array.from({ length: n }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolveWorker, fail) => {
            let from = 0;
            const give = () => {
              if (next >= tasks.length) return resolveWorker();
              from = next;
              next = Math.min(tasks.length, next + BATCH);
              w.postMessage(tasks.slice(from, next));
            };
            w.on('message', (m: { results?: SummariseResult[]; error?: string }) => {
              if (m.error !== undefined) return fail(new Error(m.error));
              m.results!.forEach((r, i) => {
                results[from + i] = r;
                filled[from + i] = 1;
              });
              done += m.results!.length;
              advance();
              give();
            });
            w.on('error', fail);
            w.on('exit', (code) => (code ? fail(new Error(`xref worker exited with code ${code}`)) : undefined));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  await handing;
  if (done !== tasks.length) throw new Error(`xref workers returned ${done} of ${tasks.length} summaries`);
  return { results, workers: n };
}

/** `index.indexAll(ws)` with the summaries computed on worker threads: the same index (tests, the bench). */
export async function indexAllParallel(
  index: XrefIndex,
  ws: Workspace,
  opts: Omit<SummariseOptions, 'onResults'> = {},
): Promise<{ index: XrefIndex; workers: number }> {
  if (index.customSummariser) return { index: index.indexAll(ws), workers: 0 }; // a custom summariser
  const tasks: SummariseTask[] = [];
  for (const file of ws.listFiles()) {
    const text = ws.read(file);
    if (text !== undefined) tasks.push({ file, text });
  }
  const { results, workers } = await summariseAll(tasks, opts);
  const summaries: LetterSummary[] = [];
  results.forEach((r, i) => {
    if ('error' in r) throw new Error(`${tasks[i].file}: ${r.error}`);
    if ('summary' in r) summaries.push(r.summary);
  });
  index.replaceAll(summaries);
  return { index, workers };
}
