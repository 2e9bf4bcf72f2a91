// `vanthu refs`: the built CLI on real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONG_VAN_HUYEN, CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH, letter, REGISTRY_YAML } from './letters.js';
import { tempDir } from '../helpers/tmp.js';

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
    if (!existsSync(join(root, 'server', 'dist', 'cli.js')))
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-refs-');
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
    const e = out.find((x) => x.file === 'huyen/cv125.md' && x.number === '40/KH-UBND')!;
    assert.deepEqual(e, {
      file: 'huyen/cv125.md',
      line: 15,
      text: 'Kế hoạch số 40/KH-UBND',
      kind: 'Kế hoạch',
      number: '40/KH-UBND',
      family: 'state',
      date: null,
      issuer: null,
      incomplete: ['date', 'issuer', 'summary'],
      resolvedTo: { source: 'workspace', file: 'tinh/kh40.md', line: 7 },
    });
    const q = out.find((x) => x.number === '99/QĐ-UBND' && !x.short)!;
    assert.deepEqual(q.resolvedTo, { source: 'registry', file: 'vanban.yaml', line: 17 });
    const kl = out.find((x) => x.file === 'huyen/kh14.md' && x.number === '1753-KL/TU' && !x.short)!;
    assert.deepEqual(kl.resolvedTo, { source: 'first-mention', file: 'tinh/kh40.md', line: 15 });
    assert.ok(out.some((x) => x.text === 'Kết luận nêu trên' && (x.short as { status: string }).status === 'resolved'));
    assert.match(r.err, /vanban\.yaml:23:13: danh mục văn bản không hợp lệ tại "documents\.3\.number"/);
  });

  it('--unresolved lists only the problems', () => {
    const r = vanthu(['refs', '--unresolved', 'huyen'], dir);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as { text: string; resolvedTo: unknown }[];
    // with only the district folder, the Kết luận is known from kh14's own mention only: unresolved for it; cv125's
    // first mention of the Kế hoạch resolves but lacks what VD-01 asks for
    assert.deepEqual(out.map((x) => x.text).sort(), [
      'Kế hoạch nêu trên',
      'Kế hoạch số 40/KH-UBND',
      'Kết luận số 1753-KL/TU',
      'Quyết định nêu trên',
    ]);
  });

  it('--unresolved agrees with VD-01: a proposal "Xét đề nghị của … tại Tờ trình số …" needs no summary', () => {
    const sub = tempDir('vanthu-refs-vd01-');
    const proposal = readFileSync(join(root, 'server', 'src', 'rules', 'VD-01', 'valid-de-nghi.md'), 'utf8');
    writeFileSync(join(sub, 'qd.md'), proposal);
    // the same Công văn cited without a summary outside a proposal: VD-01 asks for one there
    writeFileSync(
      join(sub, 'cv.md'),
      letter({
        agency: ['ỦY BAN NHÂN DÂN', 'TỈNH BÌNH AN'],
        so: '80/UBND-KT',
        place: 'Bình An',
        date: ['20', '01', '2026'],
        summary: 'rà soát thủ tục hành chính',
        body: [
          'Thực hiện Công văn số 1234/STC-QLNS ngày 10/01/2026 của Sở Tài chính, Ủy ban nhân dân tỉnh đề nghị các sở, ngành rà soát./.',
        ],
      }),
    );
    // every cited document is in the registry: what is left are the incomplete first mentions
    writeFileSync(
      join(sub, 'vanban.yaml'),
      'documents:\n  - { kind: Nghị định, number: 63/2010/NĐ-CP }\n  - { kind: Công văn, number: 1234/STC-QLNS }\n  - { kind: Tờ trình, number: 05/TTr-VP }\n',
    );
    const all = JSON.parse(vanthu(['refs', '.'], sub).out) as { file: string; number: string; incomplete?: string[] }[];
    assert.deepEqual(
      all.filter((x) => x.file === 'qd.md' && /1234|05\/TTr/.test(x.number)).map((x) => x.incomplete),
      [undefined, undefined],
      'the proposal and its Tờ trình are complete for VD-01',
    );
    const r = vanthu(['refs', '--unresolved', '.'], sub);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out) as { file: string; line: number; number: string; incomplete?: string[] }[];
    assert.deepEqual(
      out.map((x) => [x.file, x.number, x.incomplete]),
      [['cv.md', '1234/STC-QLNS', ['summary']]],
    );
    // and `vanthu lint` says the same
    const lint = JSON.parse(vanthu(['lint', '-f', 'json', '.'], sub).out) as {
      file: string;
      diagnostics: { rule: string; line: number }[];
    }[];
    assert.deepEqual(
      lint.flatMap((f) =>
        f.diagnostics.filter((d) => d.rule === 'VD-01').map((d) => [f.file.replace(/^\.\//, ''), d.line]),
      ),
      [['cv.md', out[0].line]],
    );
    // a .vanthurc turning VD-01 off leaves no incomplete first mention, as for `vanthu lint`
    writeFileSync(join(sub, '.vanthurc.json'), JSON.stringify({ rules: { 'VD-01': 'off' } }));
    assert.deepEqual(JSON.parse(vanthu(['refs', '--unresolved', '.'], sub).out), []);
  });

  it('marks as incomplete exactly the first mentions VD-01 reports, over its fixtures and the whole-letter ones', () => {
    for (const folder of [join(root, 'server', 'src', 'rules', 'VD-01'), join(root, 'test', 'fixtures', 'letters')]) {
      const lint = JSON.parse(vanthu(['lint', '-f', 'json', '.'], folder).out) as {
        file: string;
        diagnostics: { rule: string; line: number; message: string }[];
      }[];
      const expected: string[] = [];
      for (const f of lint) {
        for (const d of f.diagnostics) {
          if (d.rule !== 'VD-01') continue;
          const cited = /"(.+?)" (?:thiếu|lacks)/.exec(d.message)![1];
          const lacks = /thiếu (ngày|cơ quan|trích yếu)/.exec(d.message)![1];
          const fact = { ngày: 'date', 'cơ quan': 'issuer', 'trích yếu': 'summary' }[lacks];
          expected.push(`${f.file.replace(/^\.\//, '')}:${d.line} ${cited} ${fact}`);
        }
      }
      const refs = JSON.parse(vanthu(['refs', '.'], folder).out) as {
        file: string;
        line: number;
        text: string;
        incomplete?: string[];
      }[];
      const actual = refs.flatMap((e) =>
        (e.incomplete ?? []).map(
          (fact) => `${e.file.replace(/^\.\//, '')}:${e.line} ${e.text.replace(/\s+/g, ' ')} ${fact}`,
        ),
      );
      assert.ok(expected.length > 0, folder);
      assert.deepEqual(actual.sort(), expected.sort(), folder);
    }
  });

  it('without a registry the registry documents are unresolved', () => {
    const sub = tempDir('vanthu-refs-noreg-');
    writeFileSync(join(sub, 'cv.md'), CONG_VAN_SAU);
    const r = vanthu(['refs', '--unresolved', 'cv.md'], sub);
    const out = JSON.parse(r.out) as { number: string | null }[];
    assert.ok(out.some((x) => x.number === '110/2004/NĐ-CP'));
  });

  it('--registry FILE; exit 2 on a missing path or registry', () => {
    const ok = vanthu(['refs', '--registry', join(dir, 'vanban.yaml'), join(dir, 'huyen', 'cv-sau.md')], tmpdir());
    assert.equal(ok.code, 0);
    assert.ok(
      (JSON.parse(ok.out) as { number: string; resolvedTo: { source: string } | null }[]).some(
        (x) => x.number === '110/2004/NĐ-CP' && x.resolvedTo?.source === 'registry',
      ),
    );
    assert.equal(vanthu(['refs', 'nope.md'], dir).code, 2);
    const miss = vanthu(['refs', '--registry', 'khong-co.yaml', '.'], dir);
    assert.equal(miss.code, 2);
    assert.match(miss.err, /khong-co\.yaml/);
  });
});
