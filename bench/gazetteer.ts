// The gazetteer's cold load (issue 9: ≤ 20 ms, lazily on the first letter that needs it): in fresh processes, the
// gazetteer module bundled as the server bundles it (esbuild, CommonJS), timed inside each process: the module's
// evaluation (the data is string literals), then the first lookups a letter makes (a name, a code, a successor, a
// province's units for completion). Wall and CPU time, median over the runs. Also the data's share of the .vsix
// (server/dist/server.js) and its deflated size.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');

const PROBE = `
const cpu0 = process.cpuUsage(); const t0 = performance.now();
const g = require(process.argv[2]);
const t1 = performance.now(); const cpu1 = process.cpuUsage(cpu0);
const u = g.findUnit('Đức Phổ', { type: 'thị xã' })[0];
g.successorOf(u);
g.unitByCode('51', '2026-06-01', 'province');
const t2 = performance.now(); const cpu2 = process.cpuUsage(cpu0);
g.unitsIn('51', '2026-06-01');
const t3 = performance.now();
const ms = (c) => (c.user + c.system) / 1000;
console.log(JSON.stringify({ evalMs: t1 - t0, evalCpu: ms(cpu1), firstMs: t2 - t1, firstCpu: ms(cpu2) - ms(cpu1), provinceMs: t3 - t2 }));
`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function benchGazetteer(quick: boolean): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-gazetteer-'));
  try {
    const bundle = join(dir, 'gazetteer.cjs');
    await build({
      entryPoints: [join(root, 'server/src/core/gazetteer/index.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'warning',
    });
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, PROBE);
    const runs = Array.from({ length: quick ? 5 : 11 }, () =>
      JSON.parse(execFileSync(process.execPath, [probe, bundle], { encoding: 'utf8' })),
    );
    const m = (k: string) => median(runs.map((r) => r[k])).toFixed(1);
    console.log(`\nGazetteer cold load (${runs.length} fresh processes, median; goal: ≤ 20 ms):`);
    console.log(`  module evaluation (the bundled data)  ${m('evalMs').padStart(6)} ms   (CPU ${m('evalCpu')} ms)`);
    console.log(`  first lookups (name, successor, code) ${m('firstMs').padStart(6)} ms   (CPU ${m('firstCpu')} ms)`);
    console.log(`  a province's units (completion)       ${m('provinceMs').padStart(6)} ms`);
    const server = join(root, 'server/dist/server.js');
    if (existsSync(server)) {
      const js = readFileSync(server, 'utf8');
      const from = js.indexOf('UNITS = "');
      const to = js.indexOf('";', js.indexOf('PROVINCE_INDEX = "'));
      if (from >= 0 && to > from) {
        const data = Buffer.from(js.slice(from, to + 2));
        console.log(
          `  data in server/dist/server.js: ${(data.length / 1024).toFixed(0)} KB, deflated ${(deflateRawSync(data, { level: 9 }).length / 1024).toFixed(0)} KB (budget: ≤ 1 MB of the .vsix)`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
