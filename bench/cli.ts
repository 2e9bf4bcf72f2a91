// The CLI over a folder of generated letters, as whole processes (start-up, file reading, output included), against
// markdownlint-cli2 on the same files and against a bare remark-parse of them in one process. Runs are alternated
// and the best of three kept, so a burst of load on the shared machine hits every contender alike.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateLetters } from './xref.js';

const root = join(import.meta.dirname, '..');
const vanthu = join(root, 'server', 'bin', 'vanthu.js');
const cli2 = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
/** Parses every .md file under argv[1] with remark-parse and nothing else: the floor any Markdown linter stands on. */
const bareParse = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const p = unified().use(remarkParse);
const dir = process.argv[1];
for (const sub of readdirSync(dir)) for (const f of readdirSync(join(dir, sub))) p.parse(readFileSync(join(dir, sub, f), 'utf8'));
`;

export interface CliFigures {
  letters: number;
  megabytes: number;
  cores: number;
  /** Best wall time of three, ms, by contender. */
  ms: Record<'vanthu' | 'vanthu --jobs 1' | 'markdownlint-cli2' | 'remark-parse', number>;
  /** What each `vanthu` run exited with and printed (the same in every run, or the bench says so). */
  exitCodes: string;
}

/** Writes `n` letters into folders of 100 (as an office keeps them by month) and runs every contender on them. */
export function benchCli(n: number): CliFigures {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-cli-'));
  try {
    let bytes = 0;
    let i = 0;
    for (const [name, text] of generateLetters(n, 11)) {
      const sub = join(dir, `thang-${String(Math.floor(i++ / 100)).padStart(2, '0')}`);
      if (i % 100 === 1) mkdirSync(sub);
      writeFileSync(join(sub, name.replace(/.*\//, '')), text);
      bytes += Buffer.byteLength(text);
    }
    const contenders: [keyof CliFigures['ms'], string[], string][] = [
      ['vanthu', [vanthu, 'lint', '.'], dir],
      ['vanthu --jobs 1', [vanthu, 'lint', '--jobs', '1', '.'], dir],
      ['markdownlint-cli2', [cli2, '**/*.md'], dir],
      ['remark-parse', ['--input-type=module', '-e', bareParse, dir], root],
    ];
    const ms = Object.fromEntries(contenders.map(([k]) => [k, Infinity])) as CliFigures['ms'];
    const codes = new Set<string>();
    for (let round = 0; round < 3; round++) {
      for (const [name, args, cwd] of contenders) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
        const t = performance.now() - t0;
        if (r.error || r.status === null) throw new Error(`${name}: ${r.error?.message ?? r.signal}`);
        if (name === 'remark-parse' && r.status !== 0) throw new Error(`remark-parse: ${r.stderr.toString()}`);
        if (name.startsWith('vanthu')) codes.add(`exit ${r.status}, ${r.stdout.length} bytes of output`);
        ms[name] = Math.min(ms[name], t);
      }
    }
    return {
      letters: n,
      megabytes: bytes / 1024 / 1024,
      cores: availableParallelism(),
      ms,
      exitCodes: [...codes].join(' / '),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
