// `npm run corpus`: the CLI on the labelled letters of ../shared/corpus (not part of npm test — the corpus is not
// in this repository). Prints the shared scorer's figures (parts extracted right, labelled problems found, error
// findings on letters whose sidecar lists none, warnings per clean letter) on the shared corpus and on the project's
// own
// letters, the slip injector's recall per slip, then the findings per rule and severity, seed included.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The main checkout of a git worktree (a worktree elsewhere still finds the corpus beside the main checkout). */
function mainCheckout() {
  const r = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
    cwd: root,
    encoding: 'utf8',
  });
  return r.status === 0 ? dirname(r.stdout.trim()) : root;
}
const candidates = process.argv[2]
  ? [process.argv[2]]
  : [process.env.VANTHU_CORPUS, join(root, '..', 'shared', 'corpus'), join(mainCheckout(), '..', 'shared', 'corpus')];
const corpus = candidates.find((c) => c && existsSync(c)) ?? candidates.at(-1);
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus} (pass its path as the first argument, or set VANTHU_CORPUS)`);
  process.exit(2);
}
const real = join(corpus, 'real');
const scorer = join(corpus, '..', 'tools', 'corpus-score.mjs');
if (existsSync(scorer)) {
  spawnSync(process.execPath, [scorer, root, real], { stdio: 'inherit' });
  // the project's own letters: published-style ones and those of offices the tuning never saw (warnings per clean
  // letter)
  for (const d of ['published', 'offices']) {
    console.log(`\ntest/fixtures/${d}:`);
    spawnSync(process.execPath, [scorer, root, join(root, 'test', 'fixtures', d)], { stdio: 'inherit' });
  }
}
spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'slips.ts')], { stdio: 'inherit', cwd: root });

const files = [
  join(corpus, 'seed.md'),
  ...readdirSync(real)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(real, f)),
].filter(existsSync);
let out;
try {
  out = execFileSync(process.execPath, [join(root, 'server/bin/vanthu.js'), 'lint', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
} catch (e) {
  out = e.stdout;
}
const byRule = new Map();
for (const f of JSON.parse(out))
  for (const d of f.diagnostics) {
    const k = byRule.get(d.rule) ?? { error: 0, warning: 0, info: 0 };
    k[d.severity]++;
    byRule.set(d.rule, k);
  }
console.log(`\nfindings on ${files.length} letters, by rule (error / warning / info):`);
for (const [rule, k] of [...byRule].sort())
  console.log(
    `  ${rule.padEnd(7)} ${String(k.error).padStart(3)} ${String(k.warning).padStart(3)} ${String(k.info).padStart(3)}`,
  );
