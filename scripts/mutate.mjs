// Mutation testing of a small part of the core with Stryker (not in npm test or CI: minutes of CPU).
//
//   npm run mutate                          # server/src/core/places.ts, patterns.ts and foldTones (source.ts)
//   npm run mutate -- server/src/core/x.ts  # other files (Stryker "mutate" globs, ranges as file.ts:10-40)
//
// Versions: @stryker-mutator/core and mocha-runner 9.6.1, the last ones that start on Node 20 (10.x refuses
// Node < 22); package.json "overrides" lets mocha-runner 9.6.1 take mocha 12, and scripts/mutate/mocha12.cjs lets it
// find mocha 12's .cjs files. The report: reports/mutation/mutation.html and the table printed at the end.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shim = join(root, 'scripts', 'mutate', 'mocha12.cjs');
createRequire(import.meta.url)(shim);
process.chdir(root);
const { Stryker } = await import('@stryker-mutator/core');

/** `file:from-to`, the lines of a top-level function (found by name: a fixed range goes stale as the file changes). */
function functionRange(file, name) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const from = lines.findIndex((l) => l.startsWith(`export function ${name}(`) || l.startsWith(`function ${name}(`));
  if (from < 0) throw new Error(`no function ${name} in ${file}`);
  const to = lines.findIndex((l, i) => i > from && l === '}');
  return `${file}:${from + 1}-${to + 1}`;
}

const args = process.argv.slice(2);
const mutate = args.length
  ? args
  : [
      'server/src/core/places.ts',
      'server/src/core/patterns.ts',
      functionRange('server/src/core/source.ts', 'foldTones'),
    ];

const stryker = new Stryker({
  testRunner: 'mocha',
  plugins: ['@stryker-mutator/mocha-runner'],
  mutate,
  // the tests that read these files: every rule's fixtures and the whole-letter tests (the rest add minutes only)
  mochaOptions: {
    spec: ['test/rules.test.ts', 'test/letters.test.ts', 'test/core-folding.test.ts'],
    'no-config': true,
  },
  testRunnerNodeArgs: ['--require', shim, '--import', 'tsx'],
  coverageAnalysis: 'perTest',
  // a mutant of a module-level constant (most of patterns.ts) needs every test re-run in a fresh process: minutes
  // each on this machine; they are listed as ignored, not counted
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'html', 'progress-append-only'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['reports', 'client/dist', 'server/dist', '*.vsix', 'test/editor', '.vscode-test'],
});
const results = await stryker.runMutationTest();
const by = (s) => results.filter((r) => r.status === s).length;
const killed = by('Killed') + by('Timeout');
const counted = killed + by('Survived') + by('NoCoverage');
console.log(
  `\nmutants ${results.length}: killed ${by('Killed')}, timeout ${by('Timeout')}, survived ${by('Survived')}, no coverage ${by('NoCoverage')}, ignored ${by('Ignored')}, errors ${by('RuntimeError') + by('CompileError')}`,
);
console.log(`kill rate ${counted ? ((100 * killed) / counted).toFixed(1) : '–'} % of ${counted} counted mutants`);
