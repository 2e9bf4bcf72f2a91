// The `vanthu` command as a user runs it: the built bundle, real files, exit codes and the machine contracts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/rules/index.js';
import { CONG_VAN_HUYEN, KE_HOACH_TINH } from './xref/letters.js';
import { tempDir } from './helpers/tmp.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');
const letter = join(root, 'test', 'fixtures', 'letters', 'cong-van.md');

function vanthu(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('vanthu CLI', function () {
  this.timeout(60000);
  let dir: string;
  let broken: string;
  before(() => {
    if (!existsSync(join(root, 'server', 'dist', 'cli.js')))
      spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    dir = tempDir('vanthu-cli-');
    broken = join(dir, 'broken.md');
    writeFileSync(
      broken,
      readFileSync(letter, 'utf8')
        .replace('ngày 08 tháng 3', 'ngày 8 tháng 3')
        .replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc'),
    );
  });

  it('exit 0 and a clean report for a correct letter', () => {
    const r = vanthu(['lint', letter]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /Không phát hiện vấn đề nào/);
  });

  it('stylish: file:line:col, severity, message with the provision, rule id; exit 1 on errors', () => {
    const r = vanthu(['lint', '--no-color', broken]);
    assert.equal(r.code, 1);
    assert.match(r.out, /broken\.md/);
    assert.match(r.out, /\n {2}9:16 +error +Ngày nhỏ hơn 10 phải có số 0.*\(NĐ 30\/2020, Phụ lục I.*\) +DD-02/);
    assert.match(r.out, /QH-02/);
  });

  it('json contract', () => {
    const r = vanthu(['lint', '--format', 'json', broken]);
    const out = JSON.parse(r.out);
    assert.equal(out.length, 1);
    assert.deepEqual(Object.keys(out[0]).sort(), ['diagnostics', 'file', 'mode', 'type']);
    assert.equal(out[0].mode, 'draft');
    assert.equal(out[0].type, 'cong-van');
    const d = out[0].diagnostics.find((x: { rule: string }) => x.rule === 'DD-02');
    assert.deepEqual(
      { ...d, message: undefined },
      {
        rule: 'DD-02',
        alias: 'date-leading-zero',
        severity: 'error',
        message: undefined,
        line: 9,
        column: 16,
        endLine: 9,
        endColumn: 17,
        fixable: true,
      },
    );
  });

  it('sarif 2.1.0 lists every rule the tool knows', () => {
    const r = vanthu(['lint', '--format', 'sarif', broken]);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    const rules = log.runs[0].tool.driver.rules;
    assert.equal(rules.length, RULES.length);
    for (const rule of rules)
      assert.ok(rule.id && rule.name && rule.shortDescription.text && rule.help.text.includes('Căn cứ'));
    const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'DD-02');
    assert.equal(res.level, 'error');
    assert.deepEqual(res.locations[0].physicalLocation.region, {
      startLine: 9,
      startColumn: 16,
      endLine: 9,
      endColumn: 17,
    });
  });

  it('--fix rewrites the file and a second run finds nothing fixable', () => {
    const f = join(dir, 'fixme.md');
    copyFileSync(broken, f);
    vanthu(['lint', '--fix', f]);
    const fixed = readFileSync(f, 'utf8');
    assert.match(fixed, /ngày 08 tháng 3/);
    assert.match(fixed, /Độc lập - Tự do - Hạnh phúc/);
    const again = JSON.parse(vanthu(['lint', '--format', 'json', f]).out);
    assert.deepEqual(
      again[0].diagnostics.filter((d: { fixable: boolean }) => d.fixable),
      [],
    );
  });

  it('reads stdin with "-"', () => {
    const r = vanthu(['lint', '--format', 'json', '-'], { input: readFileSync(broken, 'utf8') });
    assert.equal(r.code, 1);
    assert.ok(JSON.parse(r.out)[0].diagnostics.some((d: { rule: string }) => d.rule === 'DD-02'));
  });

  it('--mode final turns a blank number into an error', () => {
    const f = join(dir, 'blank.md');
    writeFileSync(f, readFileSync(letter, 'utf8').replace('Số: 125/UBND-VP', 'Số:    /UBND-VP'));
    assert.equal(vanthu(['lint', f]).code, 0);
    const r = vanthu(['lint', '--mode', 'final', '--format', 'json', f]);
    assert.equal(r.code, 1);
    assert.ok(
      JSON.parse(r.out)[0].diagnostics.some(
        (d: { rule: string; severity: string }) => d.rule === 'SKH-03' && d.severity === 'error',
      ),
    );
  });

  it('an unreadable, binary or non-UTF-8 file gets a message, the run continues, exit 2', () => {
    const bad = join(dir, 'latin1.md');
    writeFileSync(bad, Buffer.from([0x4e, 0x67, 0xe0, 0x79, 0x0a]));
    const bin2 = join(dir, 'image.md');
    writeFileSync(bin2, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = vanthu(['lint', '--format', 'json', bad, bin2, broken, join(dir, 'missing.md')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /latin1\.md: tệp không được mã hóa UTF-8/);
    assert.match(r.err, /image\.md: tệp nhị phân/);
    assert.match(r.err, /missing\.md: không tìm thấy/);
    assert.ok(
      JSON.parse(r.out).some(
        (x: { file: string; diagnostics: unknown[] }) => x.file.endsWith('broken.md') && x.diagnostics.length,
      ),
    );
  });

  it('a README is not a letter: no diagnostics', () => {
    const f = join(dir, 'README.md');
    writeFileSync(f, '# Ghi chú\n\nSố lượng: 12 bản.\n\n- Việc cần làm;\n- Lưu ý.\n');
    const r = vanthu(['lint', '--format', 'json', f]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out)[0].diagnostics, []);
  });

  it('configuration: rules off, severity override; a bad config is reported with file, path and line', () => {
    const ws = tempDir('vanthu-cfg-');
    copyFileSync(broken, join(ws, 'a.md'));
    writeFileSync(join(ws, '.vanthurc.yaml'), 'rules:\n  DD-02: off\n  tieu-ngu: warning\n');
    const r = JSON.parse(vanthu(['lint', '--format', 'json', 'a.md'], { cwd: ws }).out)[0].diagnostics;
    assert.ok(!r.some((d: { rule: string }) => d.rule === 'DD-02'));
    assert.ok(r.some((d: { rule: string; severity: string }) => d.rule === 'QH-02' && d.severity === 'warning'));
    writeFileSync(join(ws, '.vanthurc.yaml'), 'mode: final\nrules:\n  DD-02: loud\n');
    const bad = vanthu(['lint', '--format', 'json', 'a.md'], { cwd: ws });
    assert.match(bad.err, /\.vanthurc\.yaml:3:\d+: cấu hình không hợp lệ tại "rules\.DD-02"/);
    assert.ok(
      JSON.parse(bad.out)[0].diagnostics.some((d: { rule: string }) => d.rule === 'DD-02'),
      'defaults used',
    );
  });

  it('a folder: the cross-document rules over its index, related locations in JSON and SARIF, "XR-02": "off" honoured', () => {
    const ws = tempDir('vanthu-xr-');
    writeFileSync(join(ws, 'ke-hoach-tinh.md'), KE_HOACH_TINH);
    writeFileSync(
      join(ws, 'cong-van.md'),
      CONG_VAN_HUYEN.replace(
        'Thực hiện Kế hoạch số 40/KH-UBND,',
        'Thực hiện Kế hoạch số 40/KH-UBND ngày 16/02/2024 của UBND tỉnh Quảng Ngãi về bảo vệ môi trường năm 2024,',
      ),
    );
    const json = JSON.parse(vanthu(['lint', '--format', 'json', '.'], { cwd: ws }).out);
    const x2 = json
      .find((f: { file: string }) => f.file.endsWith('cong-van.md'))
      .diagnostics.find((d: { rule: string }) => d.rule === 'XR-02');
    assert.ok(x2, JSON.stringify(json));
    assert.match(x2.message, /ghi ngày 16\/02\/2024 nhưng văn bản gốc \(ke-hoach-tinh\.md\) ghi ngày 15\/02\/2024/);
    assert.deepEqual(
      x2.related.map((r: { file: string; line: number }) => [r.file, r.line]),
      [['ke-hoach-tinh.md', 7]],
    );
    const sarif = JSON.parse(vanthu(['lint', '--format', 'sarif', '.'], { cwd: ws }).out);
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'XR-02'));
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'XR-02');
    assert.equal(res.relatedLocations[0].physicalLocation.artifactLocation.uri, 'ke-hoach-tinh.md');
    assert.equal(res.relatedLocations[0].physicalLocation.region.startLine, 7);
    writeFileSync(join(ws, '.vanthurc.json'), '{ "rules": { "XR-02": "off" } }');
    const off = vanthu(['lint', '--format', 'json', '.'], { cwd: ws });
    assert.equal(off.err, '', 'the config is valid');
    assert.ok(
      !JSON.parse(off.out).some((f: { diagnostics: { rule: string }[] }) =>
        f.diagnostics.some((d) => d.rule === 'XR-02'),
      ),
    );
    assert.match(vanthu(['rules'], { cwd: ws }).out, /XR-05/);
  });

  it('disable comments', () => {
    const f = join(dir, 'disabled.md');
    writeFileSync(
      f,
      readFileSync(broken, 'utf8').replace('Sơn Tịnh, ngày', '<!-- vanthu-disable-next-line DD-02 -->\nSơn Tịnh, ngày'),
    );
    const r = JSON.parse(vanthu(['lint', '--format', 'json', f]).out)[0].diagnostics;
    assert.ok(!r.some((d: { rule: string }) => d.rule === 'DD-02'));
    assert.ok(r.some((d: { rule: string }) => d.rule === 'QH-02'));
  });

  it('inspect prints the letter model', () => {
    const m = JSON.parse(vanthu(['inspect', letter]).out);
    assert.equal(m.type, 'cong-van');
    assert.equal(m.family, 'state');
    assert.deepEqual(m.soKyHieu, { text: '125/UBND-VP', number: '125', symbol: 'UBND-VP', line: 7 });
    assert.equal(m.date.iso, '2024-03-08');
    assert.deepEqual(m.recipients, ['Các cơ quan, đơn vị thuộc UBND huyện', 'UBND các xã, thị trấn']);
    assert.deepEqual(m.signature, {
      authority: 'KT.',
      authorityTitle: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Minh Khoa',
      line: 39,
    });
    assert.deepEqual(m.noiNhan, ['Như trên', 'Chủ tịch, các PCT UBND huyện', 'Lưu: VT, VP']);
    assert.deepEqual(
      m.body.items.map((i: { label: string }) => i.label),
      ['1.', '2.', '3.'],
    );
    assert.deepEqual(
      m.body.items[1].children.map((i: { label: string }) => i.label),
      ['a)', 'b)'],
    );
    assert.equal(m.citations[0].number, '40/KH-UBND');
    assert.equal(m.citations[0].date, '2024-02-15');
  });

  it('usage errors exit 2', () => {
    assert.equal(vanthu(['lint', '--format', 'xml', letter]).code, 2);
    assert.equal(vanthu(['frobnicate']).code, 2);
  });
});
