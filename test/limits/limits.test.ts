// The stated bounds (server/src/core/limits.ts) and the hostile inputs of issue 12: each is answered — results, or
// the one finding that says it is too large or nested too deeply — by the built CLI in a child process, within a CPU
// time and a heap far above what it takes (measured: at most ~1.5 s of CPU and ~160 MiB; before the bounds, minutes,
// gigabytes, or an exit without a word). CPU time, not wall time: the bound must not depend on the machine's load.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze.js';
import { checkLimits, LIMITS } from '../../server/src/core/limits.js';
import { INPUTS, make } from './inputs.js';
import { tempDir } from '../helpers/tmp.js';

const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'server', 'dist', 'cli.js');

/** CPU seconds (user + system) an input may take, start-up included: the goal (≤ 5 s). */
const CPU_BUDGET = 5;
/** The CLI's peak memory for any of them (the goal for the 10 MB letter: ≤ 500 MiB). */
const RSS_BUDGET_MIB = 500;

// the CLI run in-process by a child, which then reports its own CPU time and peak memory on stderr
const CHILD = `
const [cli, file] = process.argv.slice(1);
require(cli).main(['lint', '--format', 'json', '--jobs', '1', file]).then((code) => {
  const cpu = process.cpuUsage();
  process.stderr.write('\\n@usage ' + JSON.stringify({ code, cpu: (cpu.user + cpu.system) / 1e6, rssMiB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
});`;

function lintInChild(file: string) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=480', '-e', CHILD, cli, file], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    timeout: 120_000, // only a hang detector: the bound asserted is CPU time
  });
  const m = /@usage (.*)/.exec(r.stderr ?? '');
  assert.ok(m, `no answer (signal ${r.signal}, status ${r.status}): ${(r.stderr ?? '').slice(0, 2000)}`);
  return { usage: JSON.parse(m[1]) as { code: number; cpu: number; rssMiB: number }, out: r.stdout, err: r.stderr };
}

describe('limits: every input is answered within stated bounds', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    if (!existsSync(cli)) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-limits-');
  });

  for (const input of INPUTS) {
    it(`${input.name}: results or one clear finding, ≤ ${CPU_BUDGET} s CPU, ≤ ${RSS_BUDGET_MIB} MiB`, () => {
      const file = join(dir, 'input.md');
      const text = input.make();
      writeFileSync(file, text);
      const { usage, out } = lintInChild(file);
      assert.ok(usage.code === 0 || usage.code === 1, `exit ${usage.code}`);
      const [report] = JSON.parse(out) as { diagnostics: { rule: string; message: string }[] }[];
      const limit = report.diagnostics.filter((d) => d.rule === 'SYS-01' || d.rule === 'SYS-02');
      if (checkLimits(text)) {
        assert.equal(report.diagnostics.length, 1, 'a text above the bounds has one finding');
        assert.equal(limit.length, 1);
        assert.match(limit[0].message, /quá lớn|lồng quá sâu/);
      } else {
        assert.deepEqual(limit, []);
        assert.ok(report.diagnostics.length > 0, 'the letter was analysed');
      }
      assert.ok(usage.cpu <= CPU_BUDGET, `${usage.cpu.toFixed(2)} s of CPU`);
      assert.ok(usage.rssMiB <= RSS_BUDGET_MIB, `${usage.rssMiB.toFixed(0)} MiB`);
    });
  }
});

describe('limits: the bounds themselves', () => {
  it('each bound gives its kind of breach, on the line that breaks it', () => {
    assert.equal(checkLimits('x'.repeat(LIMITS.maxChars + 1))?.kind, 'chars');
    assert.equal(checkLimits('\n'.repeat(LIMITS.maxLines))?.kind, 'lines');
    assert.equal(checkLimits('\n'.repeat(LIMITS.maxLines - 1)), null);
    const long = checkLimits('a\n' + 'x'.repeat(LIMITS.maxLineLength + 1));
    assert.deepEqual([long?.kind, long?.line], ['line-length', 1]);
    const deep = checkLimits('a\n\n' + '>'.repeat(LIMITS.maxDepth + 1) + ' b');
    assert.deepEqual([deep?.kind, deep?.line, deep?.found], ['depth', 2, LIMITS.maxDepth + 1]);
    assert.equal(checkLimits('>'.repeat(LIMITS.maxDepth) + ' b'), null);
    assert.equal(checkLimits('- '.repeat(LIMITS.maxDepth + 1) + 'x')?.kind, 'depth');
    const indented = Array.from({ length: LIMITS.maxDepth + 1 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n');
    assert.equal(checkLimits(indented)?.kind, 'depth');
    const many = Array.from({ length: 400 }, () => '- '.repeat(30) + 'x').join('\n');
    assert.equal(checkLimits(many)?.kind, 'containers');
  });

  it('fenced code, thematic breaks and siblings open no nesting', () => {
    const fenced = '```\n' + '- '.repeat(100) + 'x\n' + '>'.repeat(100) + '\n```\n';
    assert.equal(checkLimits(fenced), null);
    assert.equal(checkLimits('- '.repeat(200)), null); // a thematic break
    assert.equal(checkLimits(Array.from({ length: 5000 }, (_, i) => `- mục ${i}`).join('\n')), null);
    assert.equal(checkLimits(Array.from({ length: 100 }, () => '- a\n  - b\n    - c').join('\n')), null);
  });

  it('no letter, rule fixture or example of the project comes near them', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (f.endsWith('.md') && !/SYS-0\d/.test(p)) files.push(p);
      }
    };
    for (const d of ['test/fixtures', 'server/src/rules', 'examples']) walk(join(root, d));
    assert.ok(files.length > 100);
    const quarter = {
      maxChars: LIMITS.maxChars / 4,
      maxLines: LIMITS.maxLines / 4,
      maxLineLength: LIMITS.maxLineLength / 4,
      maxDepth: 6,
      maxContainers: LIMITS.maxContainers / 4,
    };
    for (const f of files) assert.equal(checkLimits(readFileSync(f, 'utf8'), quarter), null, f);
  });

  it('the block walk is iterative: 3,000 nested quotes, with the bounds lifted, are parsed without overflow', () => {
    const lifted = { maxDepth: Infinity, maxContainers: Infinity };
    const a = analyze(make.quotes(3_000), { limits: lifted });
    assert.ok(a.letter.blocks.some((b) => b.quoted && /trích dẫn/.test(b.lines[0].text)));
  });

  it('a text above them is not parsed, not a letter, and has one finding', () => {
    const a = analyze(make.list(LIMITS.maxLines));
    assert.equal(a.letter.isLetter, false);
    assert.deepEqual(a.letter.blocks, []);
    assert.deepEqual(
      a.diagnostics.map((d) => [d.rule, d.message.en]),
      [['SYS-01', a.diagnostics[0].message.en]],
    );
    assert.match(a.diagnostics[0].message.en, /too large to check \(10,029 lines, the limit is 10,000\)/);
  });
});
