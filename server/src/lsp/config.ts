// Settings of the "vanthu" section merged over the nearest .vanthurc.* (the CLI's loader); include/exclude globs.
import { dirname, basename, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import type { AgencyProfile, AnalyzeOptions, Severity } from '../core/rule.js';
import { CONFIG_NAMES, loadConfig, searchRoot, toAnalyzeOptions, type ConfigProblem } from '../node/config.js';
import type { Config } from '../../../schemas/config.js';
import type { Settings } from '../../../schemas/settings.js';

/** The "vanthu" settings section (schemas/settings.ts, from which package.json's settings are generated). */
export type VanthuSettings = Settings;

export interface Resolved {
  options: AnalyzeOptions;
  profile: AgencyProfile & { recipients?: string[] };
  included: boolean;
  configFile: string | null;
  problems: ConfigProblem[];
  /** The nearest .vanthurc's content (its `export` page settings are the preview's and the export's). */
  config: Config;
  /** Changes whenever anything that affects the analysis changes (cache key). */
  key: string;
}

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

// A glob as picomatch reads it, on `/`-separated relative paths; a glob without `/` ("*.md") matches at any depth,
// like .gitignore. Dot files match (`*` is any name). Repeated globstar segments are collapsed by picomatch, so a
// glob repeating them costs what one does (the hand-made RegExp this replaces backtracked for seconds per path).
export function globMatcher(glob: string): (rel: string) => boolean {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) g = '**/' + g;
  try {
    return picomatch(g, { dot: true });
  } catch {
    return () => false; // a glob picomatch cannot read matches nothing
  }
}

const compiled = new Map<string, (rel: string) => boolean>();

export function matchesAny(rel: string, globs: string[]): boolean {
  return globs.some((g) => {
    let m = compiled.get(g);
    if (!m) {
      if (compiled.size > 500) compiled.clear();
      compiled.set(g, (m = globMatcher(g)));
    }
    return m(rel);
  });
}

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function isConfigUri(uri: string): boolean {
  const p = uriToPath(uri);
  return !!p && CONFIG_NAMES.includes(basename(p));
}

export function isMarkdownUri(uri: string, languageId?: string): boolean {
  return languageId === 'markdown' || /\.(?:md|markdown)$/i.test(uri);
}

/** Merge the client's settings over the file config; `root` is the workspace folder the globs are relative to. */
/** `trusted: false` (an untrusted VS Code workspace): no workspace file is read, only the client's settings. */
export function resolveFor(
  path: string | null,
  settings: VanthuSettings,
  root: string | null,
  trusted = true,
): Resolved {
  const loaded =
    path && trusted
      ? loadConfig({ fromDir: dirname(path), stopAt: root ?? searchRoot(dirname(path)) })
      : { file: null, config: {}, problems: [] };
  const cfg = loaded.config;
  const base = toAnalyzeOptions(cfg);
  const rules: Record<string, 'off' | Severity> = { ...base.rules };
  for (const [k, v] of Object.entries(settings.rules ?? {})) {
    if (v === false) rules[k] = 'off';
    else if (v === true) delete rules[k];
    else if (typeof v === 'string') rules[k] = v;
  }
  const profile = { ...(cfg.profile ?? {}), ...(settings.profile ?? {}) };
  const party = { ...(cfg.party ?? {}), ...(settings.party ?? {}) };
  const options: AnalyzeOptions = {
    mode: settings.mode ?? base.mode,
    rules,
    profile,
    ...(Object.keys(party).length ? { party } : {}),
  };
  const included = path ? isIncluded(path, settings, cfg, loaded.file, root) : true;
  return {
    options,
    profile,
    included,
    configFile: loaded.file,
    problems: loaded.problems,
    config: cfg,
    key: JSON.stringify([options, included]),
  };
}

/** include/exclude of the settings over the config's, relative to the workspace folder (else the config's folder,
 * else the file's). */
function isIncluded(
  path: string,
  settings: VanthuSettings,
  cfg: { include?: string[]; exclude?: string[] },
  configFile: string | null,
  root: string | null,
): boolean {
  // an empty list is what an editor sends for an unset array setting: it means "the default", not "nothing"
  const include = [settings.include, cfg.include].find((x) => x && x.length) ?? DEFAULT_INCLUDE;
  const exclude = [...DEFAULT_EXCLUDE, ...(settings.exclude ?? cfg.exclude ?? [])];
  const globRoot = root ?? (configFile ? dirname(configFile) : dirname(path));
  const rel = relative(globRoot, path).split(sep).join('/');
  return matchesAny(rel, include) && !matchesAny(rel, exclude);
}

/** `resolveFor(path, settings, root, trusted).included` for many files (a workspace scan): each directory's
 * config is read once. The CLI passes `stopAt` (its search boundary) and `explicit` (--config). */
export function inclusionFilter(
  settings: VanthuSettings,
  root: string | null,
  trusted = true,
  o: { stopAt?: (dir: string) => string; explicit?: string } = {},
): (path: string) => boolean {
  const byDir = new Map<string, ReturnType<typeof loadConfig>>();
  const empty = { file: null, config: {}, problems: [] };
  const stopAt = o.stopAt ?? ((dir: string) => root ?? searchRoot(dir));
  return (path) => {
    const dir = dirname(path);
    let loaded = byDir.get(dir);
    if (!loaded)
      byDir.set(
        dir,
        (loaded = trusted ? loadConfig({ fromDir: dir, stopAt: stopAt(dir), explicit: o.explicit }) : empty),
      );
    return isIncluded(path, settings, loaded.config, loaded.file, root);
  };
}
