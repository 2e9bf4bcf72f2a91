// Whole letters of several types, each with every finding expected (golden NAME.expected.json beside it), and the
// model facts a reader checks first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, fixAll } from '../server/src/core/analyze.js';
import { inspectLetter } from '../server/src/core/inspect.js';
import { golden, goldenOf } from './golden.js';

const dir = join(import.meta.dirname, 'fixtures', 'letters');
const OPTIONS = { today: '2026-11-26' };

const TYPES: Record<string, [string, string]> = {
  'cong-van.md': ['state', 'cong-van'],
  'cong-van-bang.md': ['state', 'cong-van'],
  'quyet-dinh.md': ['state', 'quyet-dinh'],
  'quyet-dinh-tieu-de.md': ['state', 'quyet-dinh'],
  'cong-van-bo.md': ['state', 'cong-van'],
  'to-trinh.md': ['state', 'to-trinh'],
  'giay-moi.md': ['state', 'giay-moi'],
  'bao-cao-loi.md': ['state', 'bao-cao'],
  'dang-ket-luan.md': ['party', 'ket-luan'],
  'ke-hoach.md': ['state', 'ke-hoach'],
  'nghi-quyet.md': ['state', 'nghi-quyet'],
  'thong-bao.md': ['state', 'thong-bao'],
};

describe('whole letters', () => {
  for (const f of readdirSync(dir).filter(x => x.endsWith('.md')).sort()) {
    describe(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const a = analyze(text, OPTIONS);
      it('family and type', () => {
        const m = inspectLetter(a.letter, f);
        assert.deepEqual([m.family, m.type], TYPES[f]);
      });
      it('every finding as expected (golden)', () => {
        const actual = goldenOf(a.diagnostics, true);
        assert.deepEqual(actual, golden(join(dir, f.replace(/\.md$/, '.expected.json')), actual));
      });
      it('correct letters have no error or warning', function () {
        if (f.includes('loi')) this.skip();
        assert.deepEqual(a.diagnostics.filter(d => d.severity !== 'info').map(d => `${d.rule} ${d.start.line + 1}: ${d.message.vi}`), []);
      });
      it('fix-all converges and leaves no fixable finding', () => {
        const once = fixAll(text, OPTIONS).text;
        assert.equal(fixAll(once, OPTIONS).text, once);
        assert.deepEqual(analyze(once, OPTIONS).diagnostics.filter(d => d.fix).map(d => d.rule), []);
      });
    });
  }
});
