// A bug in the engine, on demand: rule TXT-01 throws while `f` runs (the tests of what an internal error gives).
import { RULES } from '../../server/src/rules/index.js';

/** Runs `f` while rule TXT-01 throws `message` (a stand-in for any bug in the engine). */
export async function withBrokenRule<T>(message: string, f: () => T | Promise<T>): Promise<T> {
  const rule = RULES.find((r) => r.id === 'TXT-01')!;
  const check = rule.check;
  rule.check = () => {
    throw new TypeError(message);
  };
  try {
    return await f();
  } finally {
    rule.check = check;
  }
}
