// The long run of the fix-safety property (issue 12; not in CI): mutated whole letters, fix-all, the oracle of
// test/helpers/fixSafety.ts. `npx tsx scripts/fuzz-fixes.ts [--cases 100000] [--minutes 30] [--seed N] [--survey]`
// --survey goes on after a failure and tallies the violations by kind and by the rule whose fix alone causes them;
// otherwise fast-check stops at the first failure and prints the shrunk counterexample.
import fc from 'fast-check';
import { analyze } from '../server/src/core/analyze.js';
import { MUTATIONS, mutate, OPTIONS, seeds, violations, type Op } from '../test/helpers/fixSafety.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const cases = arg('cases', 100000);
const minutes = arg('minutes', 30);
const seed = arg('seed', Date.now() % 2147483647);
const survey = process.argv.includes('--survey');
const list = process.argv.includes('--list'); // with --survey: print every failing case
const SEEDS = seeds();

const frac = fc.nat({ max: 9999 }).map((n) => n / 10000);
export const caseArb = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  ops: fc.array(fc.tuple(fc.nat({ max: MUTATIONS.length - 1 }), frac, frac), { minLength: 1, maxLength: 5 }),
});

const describe = (c: { seed: number; ops: Op[] }) =>
  `${SEEDS[c.seed].name} + ${c.ops.map(([k, x, y]) => `${MUTATIONS[k]}(${x.toFixed(3)}, ${y.toFixed(3)})`).join(', ')}`;

const deadline = Date.now() + minutes * 60000;
let run = 0;
const t0 = Date.now();
const progress = () => {
  if (++run % 1000 === 0) process.stderr.write(`${run} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
};

if (survey) {
  const byKind = new Map<string, number>();
  const byRule = new Map<string, number>();
  const examples = new Map<string, string>();
  let failing = 0;
  let first: { seed: number; ops: Op[] } | null = null;
  const rng = fc.sample(caseArb, { numRuns: cases, seed });
  for (const c of rng) {
    if (Date.now() > deadline) break;
    progress();
    const text = mutate(SEEDS[c.seed].text, c.ops);
    const out = violations(text);
    if (!out.violations.length) continue;
    failing++;
    first ??= c;
    if (list) console.log(`${describe(c)}\n    ${out.violations.join('\n    ')}`);
    for (const v of out.violations) {
      const k = v.replace(/".*$|: .*$| at \d+.*$/s, '');
      byKind.set(k, (byKind.get(k) ?? 0) + 1);
    }
    if (list) continue;
    // which rule's fix alone breaks it
    const rules = new Set(
      analyze(text, OPTIONS)
        .diagnostics.filter((d) => d.fix)
        .map((d) => d.rule),
    );
    for (const r of rules) {
      const only = violations(text, {
        ...OPTIONS,
        rules: Object.fromEntries([...rules].filter((x) => x !== r).map((x) => [x, 'off'])),
      });
      if (only.violations.length) {
        byRule.set(r, (byRule.get(r) ?? 0) + 1);
        if (!examples.has(r)) examples.set(r, `${describe(c)}\n    ${only.violations.slice(0, 3).join('\n    ')}`);
      }
    }
  }
  console.log(`${run} cases, ${failing} failing, seed ${seed}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log('by kind:', Object.fromEntries([...byKind].sort((a, b) => b[1] - a[1])));
  console.log('by rule:', Object.fromEntries([...byRule].sort((a, b) => b[1] - a[1])));
  for (const [r, e] of examples) console.log(`${r}: ${e}`);
  if (first) {
    // the first failing case, shrunk by fast-check
    const shrunk = fc.check(
      fc.property(caseArb, (c) => violations(mutate(SEEDS[c.seed].text, c.ops)).violations.length === 0),
      { examples: [[first]], numRuns: 1, seed },
    );
    if (shrunk.failed) {
      const c = shrunk.counterexample![0];
      console.log(`shrunk counterexample (${shrunk.numShrinks} shrinks): ${describe(c)}`);
      console.log(`    ${violations(mutate(SEEDS[c.seed].text, c.ops)).violations.join('\n    ')}`);
    }
  }
} else {
  const result = fc.check(
    fc.property(caseArb, (c) => {
      progress();
      if (Date.now() > deadline) return true; // time is up: the remaining runs pass unchecked (not counted)
      const out = violations(mutate(SEEDS[c.seed].text, c.ops));
      if (out.violations.length) throw new Error(out.violations.join('\n'));
      return true;
    }),
    { numRuns: cases, seed },
  );
  const checked = Math.min(run, cases);
  const elapsed = ((Date.now() - t0) / 1000).toFixed(0);
  if (result.failed) {
    const c = result.counterexample![0];
    console.log(
      `FAILED after ${result.numRuns} cases (seed ${seed}, ${elapsed} s), shrunk ${result.numShrinks} times:`,
    );
    console.log(`  ${describe(c)}`);
    console.log(
      `  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).replace(/\n/g, '\n  ')}`,
    );
    process.exitCode = 1;
  } else
    console.log(
      `OK: ${Date.now() > deadline ? `time up after about ${checked}` : checked} cases checked (seed ${seed}, ${elapsed} s)`,
    );
}
