// Sets the 1-based `line` of each citation (by its text) and expected problem (by its excerpt) in the sidecars of a
// folder of letters (NAME.md + NAME.expect.json), so that hand-written fixtures keep their line numbers right.
// Usage: node scripts/sidecar-lines.mjs test/fixtures/offices
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
  const lines = readFileSync(join(dir, f), 'utf8').split('\n');
  const side = join(dir, f.replace(/\.md$/, '.expect.json'));
  const exp = JSON.parse(readFileSync(side, 'utf8'));
  const find = (s, from = 0) => {
    for (let i = from; i < lines.length; i++) if (lines[i].includes(s)) return i + 1;
    throw new Error(`${f}: "${s}" not found`);
  };
  for (const c of exp.citations ?? []) c.line = find(c.text);
  for (const p of [...(exp.expected_problems ?? []), ...(exp.optional_problems ?? [])])
    if (p.excerpt) p.line = find(p.excerpt);
  writeFileSync(side, JSON.stringify(exp, null, 2) + '\n');
}
