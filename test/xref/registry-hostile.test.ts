// The registry on disk, hostile: entries leading outside the workspace or to anything but http(s) are rejected and
// reported (the others kept); an alias bomb and an oversized file are a problem each, never an exception; the
// search for vanban.yaml stops at the boundary. Issue 12, "Registry and links".
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRegistry, loadRegistry, MAX_REGISTRY_BYTES } from '../../server/src/node/workspace.js';

describe('registry: a hostile vanban.yaml', () => {
  let ws: string;
  let outside: string;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'vanthu-reg-'));
    outside = mkdtempSync(join(tmpdir(), 'vanthu-reg-out-'));
    writeFileSync(join(outside, 'x.md'), 'x\n');
    mkdirSync(join(ws, 'docs'));
    writeFileSync(join(ws, 'docs', 'kh.md'), 'kh\n');
    symlinkSync(outside, join(ws, 'escape'));
  });
  after(() => {
    rmSync(ws, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const entry = (n: number, extra: string) => `  - kind: Kế hoạch\n    number: ${n}/KH-UBND\n${extra}`;

  it('rejects path outside the workspace (relative, absolute, through a symlink) and url other than http(s)', () => {
    writeFileSync(
      join(ws, 'vanban.yaml'),
      [
        'documents:',
        entry(1, '    path: ../../../../../../etc/passwd'),
        entry(2, '    path: /etc/passwd'),
        entry(3, '    path: escape/x.md'),
        entry(4, '    url: "javascript:alert(1)"'),
        entry(5, '    url: file:///etc/shadow'),
        entry(6, '    url: "data:text/html,<b>x</b>"'),
        entry(7, '    path: docs/kh.md\n    url: https://vanban.example/7'),
        entry(8, `    path: ${join(ws, 'docs', 'kh.md')}`),
        '',
      ].join('\n'),
    );
    const reg = loadRegistry(join(ws, 'vanban.yaml'), { root: ws });
    assert.deepEqual(
      reg.docs.map((d) => d.number),
      ['7/KH-UBND', '8/KH-UBND'],
    );
    assert.equal(reg.docs[0].resolvedPath, join(ws, 'docs', 'kh.md'));
    const byPath = new Map(reg.problems.map((p) => [p.path, p]));
    for (const i of [0, 1, 2]) assert.match(byPath.get(`documents.${i}.path`)!.message, /ra ngoài thư mục làm việc/);
    for (const i of [3, 4, 5]) assert.match(byPath.get(`documents.${i}.url`)!.message, /Chỉ nhận địa chỉ http/);
    assert.equal(byPath.get('documents.0.path')!.line, 4);
  });

  it('an alias bomb and an oversized registry are one problem each', () => {
    let y = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      y += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = `b${i}`;
    }
    writeFileSync(join(ws, 'bomb.yaml'), y);
    const b = loadRegistry(join(ws, 'bomb.yaml'), { root: ws });
    assert.deepEqual(b.docs, []);
    assert.match(b.problems[0].message, /bí danh YAML/);
    writeFileSync(join(ws, 'big.yaml'), '# ' + 'x'.repeat(MAX_REGISTRY_BYTES) + '\n');
    const g = loadRegistry(join(ws, 'big.yaml'), { root: ws });
    assert.equal(g.problems.length, 1);
    assert.match(g.problems[0].message, /quá lớn/);
  });

  it('the search for vanban.yaml stops at the boundary', () => {
    const top = mkdtempSync(join(tmpdir(), 'vanthu-regstop-'));
    writeFileSync(join(top, 'vanban.yaml'), 'documents: []\n');
    mkdirSync(join(top, 'repo', 'sub'), { recursive: true });
    assert.equal(findRegistry(join(top, 'repo', 'sub'), join(top, 'repo')), null);
    assert.equal(findRegistry(join(top, 'repo', 'sub'), top), join(top, 'vanban.yaml'));
    mkdirSync(join(top, 'repo', '.git'));
    assert.equal(findRegistry(join(top, 'repo', 'sub')), null, 'default: the repository root');
    rmSync(top, { recursive: true, force: true });
  });
});
