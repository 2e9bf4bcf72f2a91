// The README's rule list is generated from the rules' metadata: this fails when it drifts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { RULES } from '../server/src/rules/index.js';
import { withRules } from '../scripts/gen-readme.js';

const root = join(import.meta.dirname, '..');

describe('generated files', () => {
  it('README rule table matches the rules (npx tsx scripts/gen-readme.ts)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    assert.equal(readme, withRules(readme, RULES));
  });
  it('rule index matches the rule folders (node scripts/gen-rules.mjs)', () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-rules.mjs'), '--check']);
  });
  it('rule ids and aliases are unique', () => {
    assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length);
    assert.equal(new Set(RULES.map((r) => r.alias)).size, RULES.length);
  });
});
