// Where a keystroke's analysis goes: times each step of `analyzeInSteps` on a 500 KB letter after a one-character
// edit (with the document's BlockCache, as the language server does), in CPU time (`process.cpuUsage`: a loaded
// machine's waits left out). Run: `npx tsx scripts/profile-keystroke.ts [kb]`.
import { analyzeInSteps, BlockCache, type Analysis } from '../server/src/core/analyze.js';
import { letterOfSize } from '../bench/lsp.js';
import { RULES } from '../server/src/rules/index.js';

const ruleMs = new Map<string, number[]>();
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const r of RULES) {
  const check = r.check.bind(r) as (ctx: never) => void;
  (r as { check: (ctx: never) => void }).check = (ctx: never) => {
    const t0 = now();
    check(ctx);
    const list = ruleMs.get(r.id) ?? [];
    list.push(now() - t0);
    ruleMs.set(r.id, list);
  };
}

const kb = Number(process.argv[2] ?? 500);
const text = letterOfSize(kb * 1000);
const cache = new BlockCache();
const run = (t: string) => {
  const steps = analyzeInSteps(t, { today: '2024-06-01' }, cache);
  const times: number[] = [];
  let t0 = now();
  for (;;) {
    const r = steps.next();
    const t1 = now();
    times.push(t1 - t0);
    t0 = t1;
    if (r.done) return { times, a: r.value as Analysis };
  }
};
run(text);
ruleMs.clear();
const at = text.indexOf('Các cơ quan', text.length / 2) + 4;
const totals: number[][] = [];
for (let k = 0; k < Number(process.env.EDITS ?? 10); k++) {
  const t = k % 2 === 0 ? text.slice(0, at) + 'x' + text.slice(at) : text;
  totals.push(run(t).times);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const n = totals[0].length;
const per = Array.from({ length: n }, (_, i) => med(totals.map((t) => t[i] ?? 0)));
const sum = per.reduce((a, b) => a + b, 0);
console.log(`${kb} KB, ${n} steps, median sum ${sum.toFixed(1)} ms`);
per
  .map((ms, i) => [i, ms] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 25)
  .forEach(([i, ms]) => console.log(`  step ${i}: ${ms.toFixed(2)} ms`));
const rules = [...ruleMs].map(([id, xs]) => [id, med(xs)] as const).sort((a, b) => b[1] - a[1]);
console.log(`rules: sum of medians ${rules.reduce((a, r) => a + r[1], 0).toFixed(1)} ms`);
for (const [id, ms] of rules.slice(0, 20)) console.log(`  ${id}: ${ms.toFixed(2)} ms`);
