// Reusable pieces to drive a REAL VS Code: code-server (VS Code 1.100.3 server + web workbench) in a
// headless Debian Chromium through playwright-core. Tools come from the cache that
// scripts/editor/install.sh fills ($VANTHU_EDITOR_CACHE, default ~/.cache/vanthu-editor), or from the
// project's node_modules if present there.
//
//   const vs = await launchVSCode({ folder, extensionDevelopmentPath });   // or vsix: 'x.vsix'
//   await vs.page.locator('.squiggly-warning').first().waitFor();
//   await vs.close();
import { spawn, execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, promisify } from 'node:util';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheModules = path.join(
  process.env.VANTHU_EDITOR_CACHE || path.join(homedir(), '.cache/vanthu-editor'),
  'code-server/node_modules',
);
export const chromiumPath = process.env.VANTHU_CHROMIUM || '/usr/bin/chromium';

/** require() a tool from the project's node_modules, else from the editor cache. */
export function requireTool(name) {
  for (const base of [repoRoot, cacheModules]) {
    try {
      return createRequire(path.join(base, 'noop.js'))(name);
    } catch (e) {
      if (e.code !== 'MODULE_NOT_FOUND') throw e;
    }
  }
  throw new Error(`${name} not found in ${repoRoot}/node_modules nor ${cacheModules}: run scripts/editor/install.sh`);
}

export function codeServerBin() {
  const bin = path.join(cacheModules, '.bin/code-server');
  if (!existsSync(bin)) throw new Error(`code-server not found at ${bin}: run scripts/editor/install.sh`);
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment with XDG_* (and HOME for the browser) inside `dir`, so nothing lands in the real $HOME. */
function isolatedEnv(dir, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const [k, sub] of [
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_DATA_HOME', 'data'],
    ['XDG_CACHE_HOME', 'cache'],
  ]) {
    env[k] = path.join(dir, sub);
    mkdirSync(env[k], { recursive: true });
  }
  // Run from a VS Code / code-server terminal, these would make the child talk to that parent instead.
  for (const k of Object.keys(env)) if (/^(VSCODE_IPC_HOOK|CODE_SERVER_|ELECTRON_RUN_AS_NODE$)/.test(k)) delete env[k];
  return env;
}

/** Installs a .vsix into an extensions dir (0.6 s), as `code-server --install-extension` does. */
export async function installVsix(vsix, extensionsDir, stateDir) {
  const tmp = stateDir ?? mkdtempSync(path.join(tmpdir(), 'vanthu-cs-install-'));
  try {
    await promisify(execFile)(
      codeServerBin(),
      [
        '--install-extension',
        path.resolve(vsix),
        '--extensions-dir',
        extensionsDir,
        '--user-data-dir',
        path.join(tmp, 'user-data'),
      ],
      { env: isolatedEnv(tmp) },
    );
  } finally {
    if (!stateDir) rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Starts a fresh code-server. Returns { port, origin, stateDir, userDataDir, extensionsDir, proc, stop() }.
 * `stop()` kills the whole process group (killing only the top PID leaves a file-watcher child running).
 */
export async function startCodeServer({
  userDataDir,
  extensionsDir,
  folder,
  vsix = [],
  log = () => {},
  readyTimeoutMs = 60000,
} = {}) {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'vanthu-cs-'));
  userDataDir = userDataDir ?? path.join(stateDir, 'user-data');
  extensionsDir = extensionsDir ?? path.join(stateDir, 'extensions'); // empty: only what we install loads
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  for (const v of [].concat(vsix)) await installVsix(v, extensionsDir, stateDir);

  const port = await freePort();
  const args = [
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
  ];
  if (folder) args.push(path.resolve(folder));
  const proc = spawn(codeServerBin(), args, {
    detached: true, // own process group, see stop()
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty gallery disables the marketplace (open-vsx.org by default, unreachable here).
    env: isolatedEnv(stateDir, { EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}' }),
  });
  const output = [];
  const keep = (chunk) => {
    const s = chunk.toString();
    output.push(s);
    log(s.trimEnd());
  };
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  let exited = null;
  proc.on('exit', (code, signal) => (exited = { code, signal }));

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {}
    rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exited) {
      stop();
      throw new Error(`code-server exited (${JSON.stringify(exited)}) before it was ready:\n${output.join('')}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server not healthy after ${readyTimeoutMs} ms:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, origin, stateDir, userDataDir, extensionsDir, proc, stop };
}

/** Workbench URL; paths become vscode-remote URIs on this server, as @vscode/test-web does. */
export function workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath, payload = [] } = {}) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${encodePath(path.resolve(p))}`;
  const entries = [...payload];
  for (const p of [].concat(extensionDevelopmentPath ?? [])) entries.push(['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) entries.push(['extensionTestsPath', remote(extensionTestsPath)]);
  entries.push(['skipWelcome', 'true']);
  const q = new URLSearchParams();
  if (folder) q.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', path.resolve(folder));
  q.set('payload', JSON.stringify(entries));
  return `${server.origin}/?${q}`;
}
const encodePath = (p) => p.split('/').map(encodeURIComponent).join('/');

/** Headless Debian Chromium with a fresh profile. Returns { browser, page, close() }. */
export async function openBrowser({ viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  const { chromium } = requireTool('playwright-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'vanthu-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: isolatedEnv(profile, { HOME: profile }),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  return { browser: context, page, close };
}

// Workbench chatter printed at every start; shown only with VANTHU_EDITOR_VERBOSE.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /web worker extension host is started/,
  /^Overwriting extension <</,
  /^Ignoring fetching additional builtin extensions/,
];

/**
 * Prints the page's console to `write`, in order. The workbench logs (its own and the extension host's
 * console, e.g. a mocha reporter) as ('%c INFO', 'color: …', format, ...args): drop the %c label's styling
 * arguments, keep the level unless it is INFO, and apply the inner printf-style format.
 */
export function forwardConsole(
  page,
  write = (s) => process.stdout.write(s + '\n'),
  { verbose = !!process.env.VANTHU_EDITOR_VERBOSE } = {},
) {
  let queue = Promise.resolve();
  page.on('console', (msg) => {
    queue = queue.then(async () => {
      let args;
      try {
        args = await Promise.all(msg.args().map((a) => a.jsonValue()));
      } catch {
        args = [msg.text()];
      }
      if (args.length === 0) return;
      let label = msg.type() === 'log' ? '' : msg.type().toUpperCase();
      if (typeof args[0] === 'string' && args[0].includes('%c')) {
        const n = args[0].split('%c').length - 1;
        label = args[0].replaceAll('%c', '').trim();
        args = args.slice(1 + n);
        if (label === 'INFO') label = '';
      }
      const text = format(...args);
      if (!verbose && NOISE.some((re) => re.test(text))) return;
      write(label ? `${label} ${text}` : text);
    });
  });
  return () => queue;
}

/**
 * One call for UI tests: fresh code-server + Chromium, workbench open on `folder` with the extension
 * under development (`extensionDevelopmentPath`) and/or installed (`vsix`).
 * Returns { page, server, browser, close() }. Wait for your own selectors; e.g. '.monaco-workbench'.
 */
export async function launchVSCode({
  folder,
  extensionDevelopmentPath,
  extensionTestsPath,
  vsix,
  console: fwd = false,
  onExit,
  log,
} = {}) {
  const server = await startCodeServer({ vsix, log });
  let b;
  try {
    b = await openBrowser();
    if (fwd) forwardConsole(b.page);
    await b.page.exposeFunction('codeAutomationLog', (level, msg) => log?.(`[${level}] ${msg}`));
    await b.page.exposeFunction('codeAutomationExit', (code) => onExit?.(code));
    await b.page.goto(workbenchUrl(server, { folder, extensionDevelopmentPath, extensionTestsPath }));
  } catch (e) {
    await b?.close();
    server.stop();
    throw e;
  }
  return {
    page: b.page,
    server,
    browser: b.browser,
    close: async () => {
      await b.close();
      server.stop();
    },
  };
}

/**
 * Moves the mouse over the centre of `locator` (e.g. '.squiggly-warning'). Needed for decorations: they sit
 * under .view-lines, which takes the pointer, so Playwright's locator.hover() waits forever.
 */
export async function hoverOver(page, locator) {
  const loc = typeof locator === 'string' ? page.locator(locator).first() : locator;
  await loc.waitFor();
  const box = await loc.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** Opens a workspace file with Quick Open (Ctrl+P), retried: it can race the workbench start-up. */
export async function quickOpen(page, fileName) {
  const tab = page.locator(`.tabs-container .tab[aria-label*="${fileName}"]`);
  for (let i = 0; i < 10 && !(await tab.count()); i++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ timeout: 3000 });
      await input.fill(fileName);
      await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 3000 });
      await page.keyboard.press('Enter');
      await tab.first().waitFor({ timeout: 3000 });
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  await tab.first().waitFor({ timeout: 5000 });
}

/**
 * Types `text` into the command palette and waits for a row matching `re` (retried: the workbench or the extension
 * may still be starting). Returns the rows' texts.
 */
export async function palette(page, text, re, tries = 12) {
  const input = page.locator('.quick-input-widget input');
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  const rowTexts = async () => (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 3000 });
      await input.fill(`>${text}`);
      await page.waitForFunction(
        ([sel, src]) => [...document.querySelectorAll(sel)].some((r) => new RegExp(src, 'u').test(r.textContent)),
        ['.quick-input-widget .quick-input-list .monaco-list-row', re.source],
        { timeout: 5000 },
      );
      return rowTexts();
    } catch {
      // still starting
    }
  }
  throw new Error(`the palette shows no row matching ${re} for "${text}": ${(await rowTexts()).join(' | ')}`);
}

/**
 * One UI scenario, run the way every UI script needs it: a fresh copy of test/editor/workspace (`prepare(ws)` may
 * change it first), code-server + Chromium with the extension under development or the `vsix`, the workbench loaded,
 * then `body({ page, vs, ws, say })`. A failure or the time-out saves `failureShot`; the copy is removed; the process
 * exits 0 on PASS, 1 on FAIL.
 */
export async function runUiScenario({ name, vsix, timeoutMs = 120000, failureShot, prepare }, body) {
  const t0 = Date.now();
  const say = (s) => console.log(`[${name}] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${s}`);
  const ws = mkdtempSync(path.join(tmpdir(), `vanthu-${name.replace(/[^\w-]+/g, '-')}-`));
  cpSync(path.join(repoRoot, 'test/editor/workspace'), ws, { recursive: true });
  mkdirSync(path.dirname(failureShot), { recursive: true });
  let vs;
  let failed = false;
  const cleanUp = async () => {
    await vs?.close().catch(() => {});
    rmSync(ws, { recursive: true, force: true });
  };
  const timeout = Number(process.env.VANTHU_UI_TIMEOUT_MS || timeoutMs);
  const killer = setTimeout(async () => {
    console.error(`[${name}] TIMEOUT after ${timeout} ms`);
    await vs?.page.screenshot({ path: failureShot }).catch(() => {});
    await cleanUp();
    process.exit(1);
  }, timeout);
  try {
    await prepare?.(ws);
    vs = await launchVSCode({ folder: ws, ...(vsix ? { vsix } : { extensionDevelopmentPath: repoRoot }) });
    await vs.page.locator('.monaco-workbench').waitFor({ timeout: 30000 });
    say('workbench loaded');
    await body({ page: vs.page, vs, ws, say });
  } catch (e) {
    failed = true;
    console.error(`[${name}] FAILED: ${e.stack || e}`);
    await vs?.page.screenshot({ path: failureShot }).catch(() => {});
  } finally {
    clearTimeout(killer);
    await cleanUp();
  }
  say(failed ? 'FAIL' : 'PASS');
  process.exit(failed ? 1 : 0);
}
