// The fast block splitter used by the index gives exactly remark's blocks, or declines.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBlocks } from '../../server/src/core/blocks.js';
import { SourceText } from '../../server/src/core/source.js';
import { parseBlocksFast } from '../../server/src/xref/fastBlocks.js';
import { summariseText, summariseTextSlow } from '../../server/src/xref/index.js';
import { generateLetters } from '../../bench/xref.js';
import { CONG_VAN_HUYEN, CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH } from './letters.js';

const root = join(import.meta.dirname, '..', '..');

function corpus(): [string, string][] {
  const out: [string, string][] = [];
  for (const d of [join(root, 'examples'), join(root, 'test', 'fixtures', 'letters'), '/work/shared/corpus/real']) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) if (f.endsWith('.md')) out.push([f, readFileSync(join(d, f), 'utf8')]);
  }
  for (const f of [join(root, 'test', 'fixtures', 'seed.md')])
    if (existsSync(f)) out.push(['seed.md', readFileSync(f, 'utf8')]);
  out.push(['kh40', KE_HOACH_TINH], ['cv125', CONG_VAN_HUYEN], ['kh14', KE_HOACH_HUYEN], ['cv-sau', CONG_VAN_SAU]);
  let i = 0;
  for (const t of generateLetters(60, 7).values()) out.push([`gen${i++}`, t]);
  return out;
}

describe('xref: fast blocks', () => {
  it('equal to parseBlocks whenever it answers; the summary is the same either way', () => {
    let answered = 0;
    for (const [name, t] of corpus()) {
      const src = new SourceText(t);
      const fast = parseBlocksFast(src);
      if (fast) {
        answered++;
        assert.deepEqual(fast, parseBlocks(src), name);
      }
      assert.deepEqual(summariseText(t, name), summariseTextSlow(t, name), name);
    }
    assert.ok(answered >= 60);
  });
  it('declines what it does not model', () => {
    for (const t of [
      '> quoted\n',
      'text\n- item\n',
      '    code\n',
      'a\n---\n',
      '<!-- x -->\n',
      '- a\n2. b\n',
      '\ufeffSố: 1/UBND\n',
      '* a\n',
      'a\r\nb\r\n',
    ]) {
      assert.equal(parseBlocksFast(new SourceText(t)), null, JSON.stringify(t));
    }
  });
});
