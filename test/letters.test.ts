// Whole letters of several types, each with every finding expected (golden NAME.expected.json beside it), and the
// model facts a reader checks first.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
  'cong-van-quoc-hieu-truoc.md': ['state', 'cong-van'],
  'quyet-dinh-heading-nghieng.md': ['state', 'quyet-dinh'],
  'quyet-dinh-quy-che.md': ['state', 'quyet-dinh'],
  'nghi-quyet-hdnd.md': ['state', 'nghi-quyet'],
  'chi-thi.md': ['state', 'chi-thi'],
  'thong-bao-bang-tl.md': ['state', 'thong-bao'],
  'to-trinh-phong.md': ['state', 'to-trinh'],
  'bao-cao-xuong-dong-mem.md': ['state', 'bao-cao'],
  'ke-hoach-danh-so.md': ['state', 'ke-hoach'],
  'chuong-trinh.md': ['state', 'chuong-trinh'],
  'giay-moi-cuc.md': ['state', 'giay-moi'],
  'giay-gioi-thieu.md': ['state', 'giay-gioi-thieu'],
  'bien-ban.md': ['state', 'bien-ban'],
  'cong-dien.md': ['state', 'cong-dien'],
  'huong-dan.md': ['state', 'huong-dan'],
  'phuong-an-mat.md': ['state', 'phuong-an'],
  'giay-uy-quyen.md': ['state', 'giay-uy-quyen'],
  'hop-dong.md': ['state', 'hop-dong'],
  'dang-cong-van.md': ['party', 'cong-van'],
  'dang-tinh-uy-ket-luan.md': ['party', 'ket-luan'],
  'dang-uy-nghi-quyet.md': ['party', 'nghi-quyet'],
  'cong-van-tl-kt-khan.md': ['state', 'cong-van'],
  'cong-van-bo-hoc-ham.md': ['state', 'cong-van'],
  'cong-van-du-thao-quyen.md': ['state', 'cong-van'],
  'cong-van-crlf.md': ['state', 'cong-van'],
  'cong-van-bxd.md': ['state', 'cong-van'],
  'cong-van-vpcp.md': ['state', 'cong-van'],
  'cong-van-byt-tl.md': ['state', 'cong-van'],
  'cong-van-tong-cuc.md': ['state', 'cong-van'],
  'quyet-dinh-so.md': ['state', 'quyet-dinh'],
  'cong-van-phuong-so.md': ['state', 'cong-van'],
  'cong-van-phong-quan.md': ['state', 'cong-van'],
  'thong-bao-ket-luan-hcm.md': ['state', 'thong-bao'],
  'cong-van-tuq-ha-noi.md': ['state', 'cong-van'],
  'cong-van-xa-2025.md': ['state', 'cong-van'],
  'ke-hoach-phong-xa.md': ['state', 'ke-hoach'],
  'dang-uy-xa-cong-van.md': ['party', 'cong-van'],
  'dang-uy-khoi-ke-hoach.md': ['party', 'ke-hoach'],
  'quyet-dinh-tham-quyen.md': ['state', 'quyet-dinh'],
  'quyet-dinh-bang-q.md': ['state', 'quyet-dinh'],
  'cong-van-bo-bang.md': ['state', 'cong-van'],
  'thong-bao-hcm-loi.md': ['state', 'thong-bao'],
  'cong-van-bo-loi.md': ['state', 'cong-van'],
  'thong-cao.md': ['state', 'thong-cao'],
  'quy-che.md': ['state', 'quy-che'],
  'quy-dinh.md': ['state', 'quy-dinh'],
  'de-an.md': ['state', 'de-an'],
  'du-an.md': ['state', 'du-an'],
  'ban-ghi-nho.md': ['state', 'ban-ghi-nho'],
  'ban-thoa-thuan.md': ['state', 'ban-thoa-thuan'],
  'giay-nghi-phep.md': ['state', 'giay-nghi-phep'],
  'phieu-gui.md': ['state', 'phieu-gui'],
  'phieu-chuyen.md': ['state', 'phieu-chuyen'],
  'phieu-bao.md': ['state', 'phieu-bao'],
  'thu-cong.md': ['state', 'thu-cong'],
};

describe('whole letters', () => {
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.md'))
    .sort()) {
    describe(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      // optional NAME.options.json: the agency's profile (e.g. academic titles allowed before the signer's name)
      const optFile = join(dir, f.replace(/\.md$/, '.options.json'));
      const opts = existsSync(optFile) ? { ...OPTIONS, ...JSON.parse(readFileSync(optFile, 'utf8')) } : OPTIONS;
      const a = analyze(text, opts);
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
        assert.deepEqual(
          a.diagnostics
            .filter((d) => d.severity !== 'info')
            .map((d) => `${d.rule} ${d.start.line + 1}: ${d.message.vi}`),
          [],
        );
      });
      it('fix-all converges and leaves no fixable finding', () => {
        const once = fixAll(text, opts).text;
        assert.equal(fixAll(once, opts).text, once);
        assert.deepEqual(
          analyze(once, opts)
            .diagnostics.filter((d) => d.fix)
            .map((d) => d.rule),
          [],
        );
      });
    });
  }
});
