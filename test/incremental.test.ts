// The language server re-parses only the chunks an edit touched: the result must equal a full analysis.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, BlockCache } from '../server/src/core/analyze.js';
import { goldenOf } from './golden.js';

const dir = join(import.meta.dirname, 'fixtures');
const seed = readFileSync(join(dir, 'seed.md'), 'utf8');

function rng(seedValue: number) {
  let x = seedValue;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('incremental parsing (BlockCache)', () => {
  it('random edits give the same findings as a fresh analysis', () => {
    const cache = new BlockCache();
    const rand = rng(7);
    let text = seed;
    analyze(text, { today: '2023-05-20' }, cache);
    const inserts = ['a', ' ', '\n', '\n\n', '**', '1. ', 'd) ', 'Số: 5/UBND\n', 'ngày 9 tháng 1', '- Lưu VT.\n', '```\n', '<!-- x\n'];
    for (let i = 0; i < 60; i++) {
      const at = Math.floor(rand() * text.length);
      const del = rand() < 0.4 ? Math.floor(rand() * 20) : 0;
      text = text.slice(0, at) + inserts[Math.floor(rand() * inserts.length)] + text.slice(at + del);
      const inc = analyze(text, { today: '2023-05-20' }, cache);
      const full = analyze(text, { today: '2023-05-20' });
      assert.deepEqual(goldenOf(inc.diagnostics, true), goldenOf(full.diagnostics, true), `edit ${i} at ${at}`);
    }
  });
  it('a one-character edit in the body re-parses one chunk', () => {
    const cache = new BlockCache();
    analyze(seed, {}, cache);
    const at = seed.indexOf('Thường xuyên, nghiêm túc');
    analyze(seed.slice(0, at) + 'X' + seed.slice(at), {}, cache);
    assert.equal(cache.parsed, 1);
  });
  it('an edit of the chunk structure (a blank line added) still matches a fresh analysis', () => {
    const cache = new BlockCache();
    analyze(seed, {}, cache);
    const at = seed.indexOf('**Nơi nhận:**');
    const text = seed.slice(0, at) + '\n\n```\ncode\n' + seed.slice(at);
    assert.deepEqual(goldenOf(analyze(text, {}, cache).diagnostics, true), goldenOf(analyze(text, {}).diagnostics, true));
  });
});
