// The worker thread of `pool.ts` (bundled as server/dist/lint-worker.js): a batch of letters in, their results out.
import { parentPort } from 'node:worker_threads';
import { lintOne, type LetterTask } from './lintOne.js';

parentPort!.on('message', (tasks: LetterTask[]) => {
  try {
    parentPort!.postMessage({ results: tasks.map(lintOne) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error && e.stack ? e.stack : String(e) });
  }
});
