// `vanthu refs`: the built CLI on real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONG_VAN_HUYEN, CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH, REGISTRY_YAML } from './letters.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');

function vanthu(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vanthu refs', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    if (!existsSync(join(root, 'server', 'dist', 'cli.js'))) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'vanthu-refs-'));
    mkdirSync(join(dir, 'tinh'));
    mkdirSync(join(dir, 'huyen'));
    writeFileSync(join(dir, 'tinh', 'kh40.md'), KE_HOACH_TINH);
    writeFileSync(join(dir, 'huyen', 'cv125.md'), CONG_VAN_HUYEN);
    writeFileSync(join(dir, 'huyen', 'kh14.md'), KE_HOACH_HUYEN);
    writeFileSync(join(dir, 'huyen', 'cv-sau.md'), CONG_VAN_SAU);
    writeFileSync(join(dir, 'vanban.yaml'), REGISTRY_YAML);
  });

  it('lists every citation with its resolution as JSON; registry problems on stderr with positions', () => {
    const r = vanthu(['refs', '.'], dir);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as Record<string, unknown>[];
    const e = out.find(x => x.file === 'huyen/cv125.md' && x.number === '40/KH-UBND')!;
    assert.deepEqual(e, {
      file: 'huyen/cv125.md',
      line: 15,
      text: 'Kế hoạch số 40/KH-UBND',
      kind: 'Kế hoạch',
      number: '40/KH-UBND',
      family: 'state',
      date: null,
      issuer: null,
      resolvedTo: { source: 'workspace', file: 'tinh/kh40.md', line: 7 },
    });
    const q = out.find(x => x.number === '99/QĐ-UBND' && !x.short)!;
    assert.deepEqual(q.resolvedTo, { source: 'registry', file: 'vanban.yaml', line: 17 });
    const kl = out.find(x => x.file === 'huyen/kh14.md' && x.number === '1753-KL/TU' && !x.short)!;
    assert.deepEqual(kl.resolvedTo, { source: 'first-mention', file: 'tinh/kh40.md', line: 15 });
    assert.ok(out.some(x => x.text === 'Kết luận nêu trên' && (x.short as { status: string }).status === 'resolved'));
    assert.match(r.err, /vanban\.yaml:23:13: danh mục văn bản không hợp lệ tại "documents\.3\.number"/);
  });

  it('--unresolved lists only the problems', () => {
    const r = vanthu(['refs', '--unresolved', 'huyen'], dir);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as { text: string; resolvedTo: unknown }[];
    // with only the district folder, the Kết luận is known from kh14's own mention only: unresolved for it
    assert.deepEqual(out.map(x => x.text).sort(), ['Kế hoạch nêu trên', 'Kết luận số 1753-KL/TU', 'Quyết định nêu trên']);
  });

  it('without a registry the registry documents are unresolved', () => {
    const sub = mkdtempSync(join(tmpdir(), 'vanthu-refs-noreg-'));
    writeFileSync(join(sub, 'cv.md'), CONG_VAN_SAU);
    const r = vanthu(['refs', '--unresolved', 'cv.md'], sub);
    const out = JSON.parse(r.out) as { number: string | null }[];
    assert.ok(out.some(x => x.number === '110/2004/NĐ-CP'));
  });

  it('--registry FILE; exit 2 on a missing path or registry', () => {
    const ok = vanthu(['refs', '--registry', join(dir, 'vanban.yaml'), join(dir, 'huyen', 'cv-sau.md')], tmpdir());
    assert.equal(ok.code, 0);
    assert.ok((JSON.parse(ok.out) as { number: string; resolvedTo: { source: string } | null }[]).some(x => x.number === '110/2004/NĐ-CP' && x.resolvedTo?.source === 'registry'));
    assert.equal(vanthu(['refs', 'nope.md'], dir).code, 2);
    const miss = vanthu(['refs', '--registry', 'khong-co.yaml', '.'], dir);
    assert.equal(miss.code, 2);
    assert.match(miss.err, /khong-co\.yaml/);
  });
});
