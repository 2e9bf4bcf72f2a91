// The worker thread of `xrefPool.ts` (bundled as server/dist/xref-worker.js): a batch of files in, their summaries out.
import { parentPort } from 'node:worker_threads';
import { summariseTask, type SummariseTask } from './xrefPool.js';

parentPort!.on('message', (tasks: SummariseTask[]) => {
  try {
    parentPort!.postMessage({ results: tasks.map(summariseTask) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error && e.stack ? e.stack : String(e) });
  }
});
