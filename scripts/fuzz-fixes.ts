// The long run of the fix-safety property (issue 12; not in CI): mutated whole letters, fix-all, the oracle of
// test/helpers/fixSafety.ts.
//   npx tsx scripts/fuzz-fixes.ts [--cases 100000] [--minutes 30] [--seed N] [--workers N] [--survey [--list]]
//                                 [--only 1135,1289]   (re-check these cases of the run with that seed and count)
// The cases are fast-check's (one seed, one sequence: a case is known by its index) and checked by worker processes
// (default os.availableParallelism()), batch by batch; run it under `nice -n 19`.
// Without --survey the run stops at the first failure and prints it shrunk by fast-check; --survey goes on, tallies
// the violations by kind and by the rule whose fix alone causes them (--list: prints every failing case instead) and
// shrinks the first failing case at the end.
import fc from 'fast-check';
import { availableParallelism } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../server/src/core/analyze.js';
import { MUTATIONS, mutate, OPTIONS, seeds, violations, type Op } from '../test/helpers/fixSafety.js';

interface Case {
  seed: number;
  ops: Op[];
}
interface Failure {
  index: number;
  violations: string[];
  /** --survey without --list: the rules whose fix alone breaks the case, each with its violations */
  byRule?: [string, string[]][];
}

const SEEDS = seeds();
const frac = fc.nat({ max: 9999 }).map((n) => n / 10000);
const caseArb = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  ops: fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), frac, frac), { minLength: 1, maxLength: 5 }),
});
const describe = (c: Case) =>
  `${SEEDS[c.seed].name} + ${c.ops.map(([k, x, y]) => `${MUTATIONS[k]}(${x.toFixed(4)}, ${y.toFixed(4)})`).join(', ')}`;

/** One case checked: its violations, and with `blame` the rules whose fix alone causes some. */
function check(c: Case, blame: boolean): Omit<Failure, 'index'> | null {
  const text = mutate(SEEDS[c.seed].text, c.ops);
  const out = violations(text);
  if (!out.violations.length) return null;
  if (!blame) return { violations: out.violations };
  const rules = new Set(
    analyze(text, OPTIONS)
      .diagnostics.filter((d) => d.fix)
      .map((d) => d.rule),
  );
  const byRule: [string, string[]][] = [];
  for (const r of rules) {
    const only = violations(text, {
      ...OPTIONS,
      rules: Object.fromEntries([...rules].filter((x) => x !== r).map((x) => [x, 'off'])),
    });
    if (only.violations.length) byRule.push([r, only.violations]);
  }
  return { violations: out.violations, byRule };
}

if (process.argv.includes('--worker')) {
  // a worker process: batches of [index, case] in, { done, failures } out
  const blame = process.argv.includes('--blame');
  process.on('message', (batch: [number, Case][]) => {
    const failures: Failure[] = [];
    for (const [index, c] of batch) {
      const f = check(c, blame);
      if (f) failures.push({ index, ...f });
    }
    process.send!({ done: batch.length, failures });
  });
} else void main();

async function main() {
  const arg = (name: string, def: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : def;
  };
  const cases = arg('cases', 100000);
  const minutes = arg('minutes', 30);
  const seed = arg('seed', Date.now() % 2147483647);
  const nWorkers = arg('workers', availableParallelism());
  const survey = process.argv.includes('--survey');
  const list = process.argv.includes('--list');
  const BATCH = 50;

  const all = fc.sample(caseArb, { numRuns: cases, seed }) as Case[];
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',').map(Number)) : null;
  const deadline = Date.now() + minutes * 60000;
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(0);
  let next = 0;
  let checked = 0;
  let lastReport = 0;
  const failures: Failure[] = [];
  let stop = false;
  let failed = false; // a worker died

  await new Promise<void>((resolve) => {
    let running = nWorkers;
    for (let w = 0; w < nWorkers; w++) {
      const worker = fork(fileURLToPath(import.meta.url), ['--worker', ...(survey && !list ? ['--blame'] : [])], {
        execArgv: ['--import', 'tsx'],
      });
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        if (--running === 0) resolve();
      };
      const feed = () => {
        if (stop || next >= all.length || Date.now() > deadline) {
          end();
          worker.kill();
          return;
        }
        const batch: [number, Case][] = [];
        for (; batch.length < BATCH && next < all.length; next++)
          if (!only || only.has(next)) batch.push([next, all[next]]);
        if (!batch.length) return feed();
        worker.send(batch);
      };
      worker.on('message', (m: { done: number; failures: Failure[] }) => {
        checked += m.done;
        for (const f of m.failures) {
          failures.push(f);
          if (list) console.log(`#${f.index} ${describe(all[f.index])}\n    ${f.violations.join('\n    ')}`);
        }
        if (!survey && failures.length) stop = true;
        if (checked - lastReport >= 1000) {
          lastReport = checked;
          process.stderr.write(`${checked} cases, ${failures.length} failing, ${secs()} s\n`);
        }
        feed();
      });
      worker.on('exit', (code) => {
        if (ended) return; // killed when no batch was left
        console.error(`a worker exited with ${code}`);
        failed = true;
        stop = true;
        end();
      });
      feed();
    }
  });

  failures.sort((a, b) => a.index - b.index);
  const elapsed = secs();
  const rate = (checked / Math.max(1, (Date.now() - t0) / 1000)).toFixed(1);
  const timeUp = checked < cases && Date.now() > deadline;
  console.log(
    `${checked} cases checked${timeUp ? ' (time up)' : ''}, ${failures.length} failing, seed ${seed}, ${elapsed} s, ${rate} cases/s, ${nWorkers} workers`,
  );
  if (survey) {
    const byKind = new Map<string, number>();
    const byRule = new Map<string, number>();
    const examples = new Map<string, string>();
    for (const f of failures) {
      for (const v of f.violations) {
        const k = v.replace(/".*$|: .*$| at \d+.*$/s, '');
        byKind.set(k, (byKind.get(k) ?? 0) + 1);
      }
      for (const [r, vs] of f.byRule ?? []) {
        byRule.set(r, (byRule.get(r) ?? 0) + 1);
        if (!examples.has(r)) examples.set(r, `${describe(all[f.index])}\n    ${vs.slice(0, 3).join('\n    ')}`);
      }
    }
    console.log('by kind:', Object.fromEntries([...byKind].sort((a, b) => b[1] - a[1])));
    if (!list) console.log('by rule:', Object.fromEntries([...byRule].sort((a, b) => b[1] - a[1])));
    for (const [r, e] of examples) console.log(`${r}: ${e}`);
  }
  if (failures.length) {
    // the first failing case, shrunk by fast-check
    const first = all[failures[0].index];
    console.log(`first failing case #${failures[0].index}: ${describe(first)}`);
    console.log(`    ${failures[0].violations.join('\n    ')}`);
    // (shrunk on whole numbers: fast-check cannot shrink a given example through the `map` of `frac`)
    const rawArb = fc.record({
      seed: fc.nat({ max: SEEDS.length - 1 }),
      ops: fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), fc.nat({ max: 9999 }), fc.nat({ max: 9999 })), {
        minLength: 1,
        maxLength: 5,
      }),
    });
    const cooked = (r: Case): Case => ({ seed: r.seed, ops: r.ops.map(([k, x, y]) => [k, x / 10000, y / 10000]) });
    const raw: Case = {
      seed: first.seed,
      ops: first.ops.map(([k, x, y]) => [k, Math.round(x * 10000), Math.round(y * 10000)]),
    };
    const shrunk = fc.check(
      fc.property(rawArb, (r) => {
        const c = cooked(r);
        return violations(mutate(SEEDS[c.seed].text, c.ops)).violations.length === 0;
      }),
      { examples: [[raw]], numRuns: 1, seed },
    );
    if (shrunk.failed) {
      const c = cooked(shrunk.counterexample![0] as Case);
      console.log(`shrunk counterexample (${shrunk.numShrinks} shrinks): ${describe(c)}`);
      console.log(`    ${violations(mutate(SEEDS[c.seed].text, c.ops)).violations.join('\n    ')}`);
      console.log(`    as a test: ${JSON.stringify({ seed: SEEDS[c.seed].name, ops: c.ops })}`);
    }
    process.exitCode = 1;
  } else if (failed) process.exitCode = 2;
  else if (!timeUp) console.log('OK');
}
