#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests({ vscodeExecutablePath }):
// takes the same arguments (--extensionDevelopmentPath=… --extensionTestsPath=… [folder]
// --user-data-dir=… --extensions-dir=…), runs the tests in code-server + headless Chromium, prints the
// suite's console output and exits with the test run's exit code.
// Env: VANTHU_EDITOR_TIMEOUT_MS (default 180000), VANTHU_SCREENSHOT_DIR (saves final.png before exit),
// VANTHU_EDITOR_VERBOSE=1 (also prints code-server's and the workbench's own log).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { startCodeServer, openBrowser, forwardConsole, workbenchUrl } from './code-server.mjs';

const t0 = Date.now();
const verbose = !!process.env.VANTHU_EDITOR_VERBOSE;
const say = (s) => process.stdout.write(`[code-server-shim] ${s}\n`);

const opts = {
  extensionDevelopmentPath: [],
  extensionTestsPath: undefined,
  folder: undefined,
  userDataDir: undefined,
  extensionsDir: undefined,
};
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
  if (!m) {
    opts.folder = path.resolve(a);
    continue;
  }
  const [, key, inline] = m;
  const takesValue = ['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir'].includes(
    key,
  );
  const value = takesValue ? (inline ?? process.argv[++i]) : inline;
  if (key === 'extensionDevelopmentPath') opts.extensionDevelopmentPath.push(path.resolve(value));
  else if (key === 'extensionTestsPath') opts.extensionTestsPath = path.resolve(value);
  else if (key === 'user-data-dir') opts.userDataDir = path.resolve(value);
  else if (key === 'extensions-dir') opts.extensionsDir = path.resolve(value);
  else if (verbose) say(`ignoring ${a}`); // Electron-only flags: --no-sandbox, --disable-updates, --skip-welcome, …
}
if (!opts.extensionTestsPath) {
  console.error('[code-server-shim] --extensionTestsPath is required');
  process.exit(2);
}

let server;
let browser;
let finishing = false;
// Safety net: whatever path we exit by, no code-server is left behind.
process.on('exit', () => server?.stop());

async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  if (reason) say(reason);
  try {
    await flushConsole?.();
    const dir = process.env.VANTHU_SCREENSHOT_DIR;
    if (dir && browser) {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'final.png');
      await browser.page.screenshot({ path: file, timeout: 10000 });
      say(`screenshot: ${file}`);
    }
  } catch (e) {
    say(`screenshot failed: ${e.message}`);
  }
  await browser?.close().catch(() => {});
  server?.stop();
  say(`exit ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(code);
}

const timeoutMs = Number(process.env.VANTHU_EDITOR_TIMEOUT_MS || 180000);
setTimeout(
  () => finish(1, `TIMEOUT: no test result after ${timeoutMs} ms (VANTHU_EDITOR_TIMEOUT_MS); giving up`),
  timeoutMs,
).unref();
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => finish(1, `${sig} received`));

let flushConsole;
try {
  server = await startCodeServer({
    userDataDir: opts.userDataDir,
    extensionsDir: opts.extensionsDir,
    log: verbose ? (s) => say(`[server] ${s}`) : undefined,
  });
  if (verbose) say(`code-server ready on ${server.origin} after ${Date.now() - t0} ms`);
  browser = await openBrowser();
  const { page } = browser;
  flushConsole = forwardConsole(page);
  page.on('pageerror', (e) => verbose && say(`[page error] ${e.message}`));
  await page.exposeFunction('codeAutomationLog', (level, msg) => verbose && say(`[workbench ${level}] ${msg}`));
  await page.exposeFunction('codeAutomationExit', (code) => finish(typeof code === 'number' ? code : 1));
  await page.goto(
    workbenchUrl(server, {
      folder: opts.folder,
      extensionDevelopmentPath: opts.extensionDevelopmentPath,
      extensionTestsPath: opts.extensionTestsPath,
    }),
  );
} catch (e) {
  await finish(1, `FAILED to start: ${e.stack || e}`);
}
