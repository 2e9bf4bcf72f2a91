// Settings of the "vanthu" section merged over the nearest .vanthurc.* (the CLI's loader); include/exclude globs.
import { dirname, basename, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgencyProfile, AnalyzeOptions, Severity } from '../core/rule.js';
import { CONFIG_NAMES, loadConfig, toAnalyzeOptions, type ConfigProblem } from '../node/config.js';
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

/** A glob (`**`, `*`, `?`, `{a,b}`, `[…]`) as a RegExp on `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!g.includes('/')) g = '**/' + g; // "*.md" matches at any depth, like .gitignore
  let re = '';
  let inBrace = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slashAfter = g[i + 2] === '/';
        re += slashAfter ? '(?:.*/)?' : '.*';
        i += slashAfter ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inBrace++;
      re += '(?:';
    } else if (c === '}' && inBrace) {
      inBrace--;
      re += ')';
    } else if (c === ',' && inBrace) re += '|';
    else if (c === '[') {
      const j = g.indexOf(']', i + 1);
      if (j < 0) re += '\\[';
      else {
        re +=
          '[' +
          g
            .slice(i + 1, j)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = j;
      }
    } else re += c.replace(/[.+^$()|\\]/g, (m) => '\\' + m);
  }
  return new RegExp('^' + re + '$', 'u');
}

const compiled = new Map<string, RegExp>();

export function matchesAny(rel: string, globs: string[]): boolean {
  return globs.some((g) => {
    let re = compiled.get(g);
    if (!re) {
      if (compiled.size > 500) compiled.clear();
      compiled.set(g, (re = globToRegExp(g)));
    }
    return re.test(rel);
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
  const loaded = path && trusted ? loadConfig({ fromDir: dirname(path) }) : { file: null, config: {}, problems: [] };
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
 * config is read once. */
export function inclusionFilter(
  settings: VanthuSettings,
  root: string | null,
  trusted = true,
): (path: string) => boolean {
  const byDir = new Map<string, ReturnType<typeof loadConfig>>();
  const empty = { file: null, config: {}, problems: [] };
  return (path) => {
    const dir = dirname(path);
    let loaded = byDir.get(dir);
    if (!loaded) byDir.set(dir, (loaded = trusted ? loadConfig({ fromDir: dir }) : empty));
    return isIncluded(path, settings, loaded.config, loaded.file, root);
  };
}
