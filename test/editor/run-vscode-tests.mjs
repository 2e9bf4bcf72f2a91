#!/usr/bin/env node
// Runs a mocha suite inside a real VS Code with @vscode/test-electron's standard runTests(). Here the
// "VS Code executable" is code-server-shim.mjs (code-server + headless Chromium), because no Electron
// VS Code can be downloaded on these machines.
//
//   node test/editor/run-vscode-tests.mjs [--extensionDevelopmentPath=DIR] [--extensionTestsPath=FILE] [WORKSPACE]
// Env equivalents: VANTHU_EXT_DEV_PATH, VANTHU_EXT_TESTS_PATH, VANTHU_WORKSPACE. Defaults: the repo root,
// client/dist/test/index.js, test/editor/workspace. Other env is passed to the extension host
// (e.g. VANTHU_SCREENSHOT_DIR, VANTHU_EDITOR_TIMEOUT_MS are read by the shim).
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, requireTool } from './code-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) =>
  process.argv
    .slice(2)
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3);
const positional = process.argv.slice(2).find((a) => !a.startsWith('--'));

const extensionDevelopmentPath = path.resolve(
  arg('extensionDevelopmentPath') ?? process.env.VANTHU_EXT_DEV_PATH ?? repoRoot,
);
const extensionTestsPath = path.resolve(
  arg('extensionTestsPath') ?? process.env.VANTHU_EXT_TESTS_PATH ?? path.join(repoRoot, 'client/dist/test/index.js'),
);
const workspace = path.resolve(positional ?? process.env.VANTHU_WORKSPACE ?? path.join(here, 'workspace'));
for (const [what, file] of [
  ['extensionTestsPath', extensionTestsPath],
  ['extension manifest', path.join(extensionDevelopmentPath, 'package.json')],
]) {
  // A missing file would only show up as a workbench error and a late exit 1.
  if (!existsSync(file)) {
    console.error(`run-vscode-tests: ${what} ${file} does not exist (build first: npm run build)`);
    process.exit(1);
  }
}
mkdirSync(workspace, { recursive: true });

// Fresh profile per run: runTests' default is a persistent .vscode-test/ in the cwd.
const state = mkdtempSync(path.join(tmpdir(), 'vanthu-vscode-test-'));
const { runTests } = requireTool('@vscode/test-electron');
let code;
try {
  code = await runTests({
    vscodeExecutablePath: path.join(here, 'code-server-shim.mjs'),
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [
      workspace,
      `--user-data-dir=${path.join(state, 'user-data')}`,
      `--extensions-dir=${path.join(state, 'extensions')}`,
    ],
  });
} catch (e) {
  // runTests rejects with TestRunFailedError { code } when the executable exits non-zero.
  code = typeof e?.code === 'number' ? e.code : 1;
  if (typeof e?.code !== 'number') console.error(e);
} finally {
  rmSync(state, { recursive: true, force: true });
}
process.exit(code);
