// Every Markdown file in a workspace reaches the linter: notes, READMEs and articles that mention letter parts
// ("Số: …", a date line, "Nơi nhận:", a Quốc hiệu in quotes) are not letters and get nothing.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze.js';

const dir = join(import.meta.dirname, 'fixtures', 'not-letters');

describe('documents that are not letters', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) {
    it(`${f}: empty model, no diagnostics`, () => {
      const a = analyze(readFileSync(join(dir, f), 'utf8'));
      assert.equal(a.letter.isLetter, false);
      assert.deepEqual(a.diagnostics, []);
    });
  }
});
