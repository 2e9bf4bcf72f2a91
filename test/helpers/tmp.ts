// Temporary folders for the tests, all removed when the test process ends (`npm test` leaves nothing in the system's
// temp folder). Tests make theirs with `tempDir`, never with mkdtempSync directly (test/cli-hygiene.test.ts checks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A new empty folder under the system's temp folder, named `prefix…`. */
export function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
