// Every rule folder holds its fixtures: valid*.md (no finding of the rule) and invalid*.md, each with
// NAME.expected.json (the rule's findings), optional NAME.options.json (analyze options) and NAME.fixed.md
// (the text after applying that rule's fixes until nothing changes).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll } from '../server/src/core/analyze.js';
import { RULES } from '../server/src/rules/index.js';
import { golden, goldenOf, goldenText } from './golden.js';

const RULES_DIR = join(import.meta.dirname, '..', 'server', 'src', 'rules');

describe('rules (golden fixtures beside each rule)', () => {
  for (const rule of RULES) {
    describe(`${rule.id} ${rule.alias}`, () => {
      const dir = join(RULES_DIR, rule.id);
      const fixtures = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort() : [];
      it('has metadata, a valid and an invalid fixture', () => {
        assert.match(rule.id, /^[A-Z]+-\d{2}$/);
        assert.ok(rule.title.vi && rule.title.en && rule.description.vi && rule.description.en && rule.provision);
        assert.ok(fixtures.some(f => f.startsWith('valid')), 'needs a valid*.md fixture');
        assert.ok(fixtures.some(f => f.startsWith('invalid')), 'needs an invalid*.md fixture');
      });
      for (const f of fixtures) {
        const base = f.replace(/\.md$/, '');
        it(f, () => {
          const text = readFileSync(join(dir, f), 'utf8');
          const optFile = join(dir, `${base}.options.json`);
          const options = existsSync(optFile) ? JSON.parse(readFileSync(optFile, 'utf8')) : {};
          options.today ??= '2026-11-26';
          const a = analyze(text, options);
          const mine = a.diagnostics.filter(d => d.rule === rule.id);
          const actual = goldenOf(mine);
          if (f.startsWith('valid')) assert.deepEqual(actual, [], `${f} must not trigger ${rule.id}`);
          else assert.ok(actual.length > 0, `${f} must trigger ${rule.id}`);
          assert.deepEqual(actual, golden(join(dir, `${base}.expected.json`), actual));
          const fixedFile = join(dir, `${base}.fixed.md`);
          if (mine.some(d => d.fix) || existsSync(fixedFile)) {
            const fixed = fixAll(text, options, new Set([rule.id])).text;
            assert.equal(fixed, goldenText(fixedFile, fixed));
            assert.equal(fixAll(fixed, options, new Set([rule.id])).text, fixed, 'fix-all must converge');
            assert.deepEqual(analyze(fixed, options).diagnostics.filter(d => d.rule === rule.id && d.fix), [], 'fixed text has no fixable finding left');
          }
        });
      }
    });
  }
});
