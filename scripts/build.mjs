// Bundles the CLI/server (and the VS Code client when present) with esbuild; regenerates the rule index first.
import { build } from 'esbuild';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/gen-rules.mjs')], { stdio: 'inherit' });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { VANTHU_VERSION: JSON.stringify(pkg.version), 'import.meta.url': '__importMetaUrl' },
  // ESM dependencies read import.meta.url; in the CommonJS bundle it is the bundle's own file URL
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
const jobs = [
  // the CLI and the worker threads of `vanthu lint` (server/src/cli/pool.ts loads lint-worker.js beside cli.js)
  build({
    ...common,
    entryPoints: {
      cli: join(root, 'server/src/cli/main.ts'),
      'lint-worker': join(root, 'server/src/cli/lintWorker.ts'),
      // the cold scan of the cross-reference index (server/src/node/xrefPool.ts), for the CLI and the server
      'xref-worker': join(root, 'server/src/node/xrefWorker.ts'),
    },
    outdir: join(root, 'server/dist'),
  }),
];
if (existsSync(join(root, 'server/src/lsp/main.ts'))) {
  jobs.push(
    build({
      ...common,
      entryPoints: { server: join(root, 'server/src/lsp/main.ts') },
      outdir: join(root, 'server/dist'),
    }),
  );
}
if (existsSync(join(root, 'client/src/extension.ts'))) {
  jobs.push(
    build({
      ...common,
      entryPoints: { extension: join(root, 'client/src/extension.ts') },
      outdir: join(root, 'client/dist'),
      external: ['vscode'],
    }),
  );
}
// Extension-host test suites (mocha inside VS Code; test/editor/run-vscode-tests.mjs runs client/dist/test/index.js).
const clientTests = join(root, 'client/src/test');
if (existsSync(clientTests)) {
  const entryPoints = readdirSync(clientTests)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(clientTests, f));
  if (entryPoints.length) {
    // mocha stays external (it is require()d from node_modules at test time), like 'vscode'.
    jobs.push(build({ ...common, entryPoints, outdir: join(root, 'client/dist/test'), external: ['vscode', 'mocha'] }));
  }
}
await Promise.all(jobs);
// the bundled gazetteer data carries its sources' MIT notices into the package
for (const f of ['LICENSE.vietnamese-provinces-database', 'LICENSE.dvhcvn-20250701']) {
  copyFileSync(join(root, 'server/src/core/gazetteer', f), join(root, 'server/dist', f));
}
