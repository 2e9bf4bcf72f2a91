// One findings stream: the editor's "Kiểm tra toàn bộ thư mục" (vanthu.checkWorkspace) and `vanthu lint FOLDER`
// report the same findings — the letters' own and the cross-document rules' — for the same folder and config.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from './client.js';
import { CONG_VAN_HUYEN, CONG_VAN_SAU, KE_HOACH_HUYEN, KE_HOACH_TINH, REGISTRY_YAML } from '../xref/letters.js';

const SEVERITY = ['', 'error', 'warning', 'info'];

interface Row {
  file: string;
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  related: string[];
}

const key = (r: Row) => JSON.stringify(r);

describe('editor and CLI agree on a folder', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'vanthu-agree-'));
    mkdirSync(join(dir, 'huyen'));
    mkdirSync(join(dir, 'nhap'));
    writeFileSync(join(dir, 'ke-hoach-tinh.md'), KE_HOACH_TINH);
    writeFileSync(join(dir, 'huyen', 'cong-van-huyen.md'), CONG_VAN_HUYEN);
    writeFileSync(join(dir, 'huyen', 'ke-hoach-huyen.md'), KE_HOACH_HUYEN);
    writeFileSync(
      join(dir, 'cong-van-sau.md'),
      CONG_VAN_SAU.replace('2. Triển khai', '<!-- vanthu-disable-next-line XR-05 -->\n2. Triển khai'),
    );
    // an excluded draft bearing the plan's number: it is neither linted nor indexed, by either
    writeFileSync(
      join(dir, 'nhap', 'ke-hoach-huyen-nhap.md'),
      KE_HOACH_HUYEN.replace('ngày 20 tháng 03', 'ngày 25 tháng 03'),
    );
    writeFileSync(join(dir, 'vanban.yaml'), REGISTRY_YAML);
    writeFileSync(
      join(dir, '.vanthurc.json'),
      JSON.stringify({ rules: { 'XR-03': 'error', 'cited-obsolete': 'info', 'DD-02': 'off' }, exclude: ['nhap/**'] }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('vanthu.checkWorkspace publishes what `vanthu lint FOLDER --format json` prints', async () => {
    const c = await new TestClient().start({ rootPath: dir });
    let editor: Row[];
    try {
      const res = await c.request<{ files: number }>('workspace/executeCommand', {
        command: 'vanthu.checkWorkspace',
        arguments: [],
      });
      assert.ok(res.files >= 4);
      // the registry's own problems are published on it (the CLI prints them on stderr): letters only here
      editor = [...c.published]
        .filter(([uri]) => uri.endsWith('.md'))
        .flatMap(([uri, p]) =>
          p.diagnostics.map((d: Diagnostic) => ({
            file: relative(dir, fileURLToPath(uri)),
            rule: String(d.code),
            severity: SEVERITY[d.severity ?? 1],
            message: String(d.message),
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            related: (d.relatedInformation ?? []).map(
              (r) => `${relative(dir, fileURLToPath(r.location.uri))}:${r.location.range.start.line + 1}`,
            ),
          })),
        );
    } finally {
      await c.stop();
    }
    const r = spawnSync(process.execPath, [join(ROOT, 'server', 'bin', 'vanthu.js'), 'lint', '--format', 'json', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const cli: Row[] = (
      JSON.parse(r.stdout) as {
        file: string;
        diagnostics: (Omit<Row, 'file' | 'related'> & { related?: { file: string; line: number }[] })[];
      }[]
    ).flatMap((f) =>
      f.diagnostics.map((d) => ({
        file: normalize(f.file),
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        related: (d.related ?? []).map((x) => `${normalize(x.file)}:${x.line}`),
      })),
    );
    const sort = (rows: Row[]) => rows.map(key).sort();
    assert.deepEqual(sort(editor), sort(cli));
    // the comparison is not vacuous: every cross-document rule speaks, configured severities and disable comments apply
    for (const rule of ['XR-02', 'XR-03', 'XR-04', 'XR-05'])
      assert.ok(
        cli.some((x) => x.rule === rule),
        `${rule} in ${JSON.stringify(cli.map((x) => x.rule))}`,
      );
    assert.ok(cli.filter((x) => x.rule === 'XR-03').every((x) => x.severity === 'error'));
    assert.ok(cli.filter((x) => x.rule === 'XR-04').every((x) => x.severity === 'info'));
    assert.ok(!cli.some((x) => x.rule === 'DD-02'));
    assert.ok(!cli.some((x) => x.file.startsWith('nhap')));
    assert.ok(
      cli.some((x) => x.rule === 'XR-02' && x.related.some((l) => l.startsWith('huyen/ke-hoach-huyen.md:'))),
      'related information into the other file',
    );
    assert.equal(
      cli.filter((x) => x.rule === 'XR-05' && x.file === 'cong-van-sau.md').length,
      1,
      'one of the two short forms is silenced by its comment',
    );
  });
});
