// Finding and validating .vanthurc.json / .vanthurc.yaml — shared by the CLI and the language server.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseDocument, isNode, LineCounter } from 'yaml';
import { ConfigSchema, type Config } from '../../../schemas/config.js';
import type { AnalyzeOptions, Severity } from '../core/rule.js';
import { RULE_BY_NAME } from '../core/analyze.js';

export const CONFIG_NAMES = ['.vanthurc.json', '.vanthurc.yaml', '.vanthurc.yml'];

export interface ConfigProblem {
  file: string;
  path: string; // "rules.DD-02"
  line: number; // 1-based
  column: number;
  message: string;
}

export interface LoadedConfig {
  file: string | null;
  config: Config;
  problems: ConfigProblem[];
}

export function findConfig(fromDir: string, stopAt?: string): string | null {
  let dir = resolve(fromDir);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const f = join(dir, n);
      if (existsSync(f)) return f;
    }
    const up = dirname(dir);
    if (up === dir || (stopAt && dir === resolve(stopAt))) return null;
    dir = up;
  }
}

/** Parse and validate a config text; a bad config gives problems with positions and the defaults. */
export function parseConfig(text: string, file: string): LoadedConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const problems: ConfigProblem[] = [];
  const at = (offset: number) => {
    const p = lc.linePos(offset);
    return { line: p.line, column: p.col };
  };
  for (const e of doc.errors) {
    problems.push({ file, path: '', ...at(e.pos[0]), message: `Cú pháp không hợp lệ: ${e.message.split('\n')[0]}` });
  }
  if (problems.length) return { file, config: {}, problems };
  const data = doc.toJS() ?? {};
  const r = ConfigSchema.safeParse(data);
  const issues = r.success ? [] : r.error.issues;
  for (const i of issues) {
    const node = doc.getIn(i.path, true);
    const parentKey = i.path.length ? doc.getIn(i.path.slice(0, -1), true) : null;
    const off =
      isNode(node) && node.range ? node.range[0] : isNode(parentKey) && parentKey.range ? parentKey.range[0] : 0;
    problems.push({ file, path: i.path.join('.'), ...at(off), message: i.message });
  }
  const config: Config = r.success ? r.data : {};
  for (const name of Object.keys(config.rules ?? {})) {
    if (!RULE_BY_NAME.has(name)) {
      const node = doc.getIn(['rules', name], true);
      const off = isNode(node) && node.range ? node.range[0] : 0;
      problems.push({ file, path: `rules.${name}`, ...at(off), message: `Không có quy tắc "${name}"` });
    }
  }
  return { file, config, problems };
}

export function loadConfig(opts: { explicit?: string; fromDir: string }): LoadedConfig {
  const file = opts.explicit ? resolve(opts.explicit) : findConfig(opts.fromDir);
  if (!file) return { file: null, config: {}, problems: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      file,
      config: {},
      problems: [
        { file, path: '', line: 1, column: 1, message: `Không đọc được tệp cấu hình: ${(e as Error).message}` },
      ],
    };
  }
  return parseConfig(text, file);
}

export function toAnalyzeOptions(config: Config, override: { mode?: 'draft' | 'final' } = {}): AnalyzeOptions {
  const rules: Record<string, 'off' | Severity> = {};
  for (const [k, v] of Object.entries(config.rules ?? {})) {
    if (v === false) rules[k] = 'off';
    else if (v !== true) rules[k] = v;
  }
  return {
    mode: override.mode ?? config.mode ?? 'draft',
    rules,
    profile: config.profile ?? {},
    ...(config.party ? { party: config.party } : {}),
  };
}
