// Golden-file helpers: a fixture's findings as plain JSON (1-based positions), compared or rewritten
// (UPDATE_GOLDEN=1) next to the fixture.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Diagnostic } from '../server/src/core/analyze.js';

export const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function goldenOf(ds: Diagnostic[], withRule = false, withRelated = false) {
  return ds.map((d) => ({
    ...(withRule ? { rule: d.rule } : {}),
    line: d.start.line + 1,
    column: d.start.character + 1,
    endLine: d.end.line + 1,
    endColumn: d.end.character + 1,
    severity: d.severity,
    message: d.message.vi,
    ...(d.fix ? { fix: d.fix.title.vi } : {}),
    ...(withRelated && d.related?.length
      ? {
          related: d.related.map((r) => ({
            ...(r.file ? { file: r.file } : {}),
            line: r.start.line + 1,
            column: r.start.character + 1,
            message: r.message.vi,
          })),
        }
      : {}),
  }));
}

/** Returns the expected JSON, writing `actual` first when updating. */
export function golden<T>(file: string, actual: T): T {
  if (UPDATE || !existsSync(file)) {
    if (!UPDATE) throw new Error(`missing golden file ${file} (run with UPDATE_GOLDEN=1 to create it, then review it)`);
    writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function goldenText(file: string, actual: string): string {
  if (UPDATE) writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`missing ${file} (run with UPDATE_GOLDEN=1)`);
  return readFileSync(file, 'utf8');
}
