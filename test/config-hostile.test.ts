// A careless or hostile .vanthurc: one bad value drops that value only (with its position and a reason in Vietnamese
// and English); huge files, alias bombs, two configs in one folder, a search that would climb to / and globs that
// would backtrack are each answered. Issue 12, "Configuration".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadConfig,
  MAX_CONFIG_BYTES,
  parseConfig,
  parseCount,
  problemText,
  readConfigFile,
  searchRoot,
  siblingNotes,
} from '../server/src/node/config.js';
import { globMatcher, inclusionFilter, resolveFor } from '../server/src/lsp/config.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'server', 'bin', 'vanthu.js');
const letter = readFileSync(join(root, 'test', 'fixtures', 'letters', 'cong-van.md'), 'utf8');

const tmp: string[] = [];
const mk = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tmp.push(d);
  return d;
};
after(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe('configuration: a bad value drops that value only', () => {
  const json = [
    '{',
    '  "mode": "final",',
    '  "rules": {',
    '    "ND-02": "of",',
    '    "DD-02": "off"',
    '  }',
    '}',
    '',
  ].join('\n');

  it('"ND-02": "of" is reported at its line and column, in Vietnamese; mode: final and the other rules stay', () => {
    const r = parseConfig(json, '/w/.vanthurc.json');
    assert.equal(r.config.mode, 'final');
    assert.deepEqual(r.config.rules, { 'DD-02': 'off' });
    assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
    const p = r.problems[0];
    assert.deepEqual([p.path, p.line, p.column, p.drops], ['rules.ND-02', 4, 14, 'value']);
    assert.match(p.message, /Giá trị "of" không hợp lệ; dùng "off", "error", "warning", "info" hoặc true hoặc false/);
    assert.doesNotMatch(p.message, /Invalid input/);
    assert.match(p.en, /Invalid value "of"; use "off", "error", "warning", "info" or true or false/);
    assert.match(
      problemText(p),
      /^\/w\/\.vanthurc\.json:4:14: cấu hình không hợp lệ tại "rules\.ND-02": .* bỏ qua giá trị này/,
    );
    assert.match(problemText(p, 'en'), /invalid configuration at "rules\.ND-02": .* this value is ignored/);
  });

  it('the same in YAML; an unknown key is reported at the key and dropped; a bad list item drops that item', () => {
    const r = parseConfig(
      'mode: final\nrules:\n  ND-02: of\nprofile:\n  place: Sơn Tịnh\n  colour: red\ninclude:\n  - van-ban/**\n  - 42\n',
      '.vanthurc.yaml',
    );
    assert.equal(r.config.mode, 'final');
    assert.deepEqual(r.config.profile, { place: 'Sơn Tịnh' });
    assert.deepEqual(r.config.include, ['van-ban/**']);
    const byPath = new Map(r.problems.map((p) => [p.path, p]));
    assert.equal(byPath.get('rules.ND-02')?.line, 3);
    assert.deepEqual([byPath.get('profile.colour')?.line, byPath.get('profile.colour')?.column], [6, 3]);
    assert.match(byPath.get('profile.colour')!.message, /Khóa không được phép: colour/);
    assert.equal(byPath.get('include.1')?.line, 9);
    assert.match(byPath.get('include.1')!.message, /Phải là một chuỗi ký tự, không phải 42/);
  });

  it('an unknown rule is dropped (and reported), the known ones applied', () => {
    const r = parseConfig('{ "mode": "final", "rules": { "XX-99": "off", "ND-02": "off" } }', 'c.json');
    assert.deepEqual(r.config, { mode: 'final', rules: { 'ND-02': 'off' } });
    assert.deepEqual(
      r.problems.map((p) => p.path),
      ['rules.XX-99'],
    );
  });

  it('the language server keeps mode: final of a config with one bad value', () => {
    const ws = mk('vanthu-cfgval-');
    writeFileSync(join(ws, '.vanthurc.json'), json);
    const r = resolveFor(join(ws, 'a.md'), {}, ws);
    assert.equal(r.options.mode, 'final');
    assert.equal(r.options.rules?.['DD-02'], 'off');
    assert.equal(r.problems.length, 1);
  });
});

describe('configuration: bounded reading', () => {
  it('a config over the size cap is one clear problem, not parsed', () => {
    const big =
      '{ "mode": "final", "profile": { "abbreviations": [' + '"ABC",'.repeat(MAX_CONFIG_BYTES / 6) + '"X"] } }';
    const r = parseConfig(big, 'big.json');
    assert.deepEqual(r.config, {});
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /quá lớn .*tối đa 256 KB/);
    const ws = mk('vanthu-cfgbig-');
    writeFileSync(join(ws, '.vanthurc.json'), big);
    const before = parseCount.n;
    const f = readConfigFile(join(ws, '.vanthurc.json'));
    assert.match(f.problems[0].message, /quá lớn/);
    assert.equal(parseCount.n, before, 'not even read');
  });

  it('a YAML alias bomb is a problem with a reason, not an exception', () => {
    let y = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      y += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
      prev = `b${i}`;
    }
    const r = parseConfig(y, '.vanthurc.yaml');
    assert.deepEqual(r.config, {});
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message, /bí danh YAML/);
    assert.equal(r.problems[0].drops, 'file');
  });

  it('each config file is parsed once per version, not once per letter', () => {
    const ws = mk('vanthu-cfgonce-');
    const file = join(ws, '.vanthurc.yaml');
    writeFileSync(file, 'mode: final\n');
    mkdirSync(join(ws, 'a', 'b'), { recursive: true });
    const before = parseCount.n;
    const filter = inclusionFilter({}, ws);
    for (let i = 0; i < 50; i++) {
      assert.equal(loadConfig({ fromDir: join(ws, 'a', 'b'), stopAt: ws }).config.mode, 'final');
      assert.equal(resolveFor(join(ws, 'a', `l${i}.md`), {}, ws).options.mode, 'final');
      filter(join(ws, 'a', 'b', `l${i}.md`));
    }
    assert.equal(parseCount.n - before, 1);
    writeFileSync(file, 'mode: draft\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000)); // a new version even on a coarse clock
    assert.equal(loadConfig({ fromDir: ws, stopAt: ws }).config.mode, 'draft');
    assert.equal(parseCount.n - before, 2);
  });
});

describe('configuration: where the search stops', () => {
  it('the CLI stops at the repository root: a .vanthurc above it is not read', () => {
    const top = mk('vanthu-cfgroot-');
    writeFileSync(join(top, '.vanthurc.json'), '{ "mode": "final" }');
    const repo = join(top, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'drafts'));
    assert.equal(searchRoot(join(repo, 'drafts')), repo);
    assert.equal(loadConfig({ fromDir: join(repo, 'drafts') }).file, null);
    // inside the repository the nearest one is found
    writeFileSync(join(repo, '.vanthurc.json'), '{ "mode": "final" }');
    assert.equal(loadConfig({ fromDir: join(repo, 'drafts') }).file, join(repo, '.vanthurc.json'));
  });

  it('outside a repository: the working directory, else the folder named on the command line, else the folder itself', () => {
    const top = mk('vanthu-cfgcwd-');
    const sub = join(top, 'a', 'b');
    mkdirSync(sub, { recursive: true });
    assert.equal(searchRoot(sub, { cwd: join(top, 'a') }), join(top, 'a'));
    assert.equal(searchRoot(sub, { cwd: '/nowhere-else', roots: [top] }), top);
    assert.equal(searchRoot(sub, { cwd: '/nowhere-else' }), sub);
    writeFileSync(join(top, '.vanthurc.json'), '{ "mode": "final" }');
    assert.equal(loadConfig({ fromDir: sub, stopAt: join(top, 'a') }).file, null, 'not above the boundary');
    assert.equal(loadConfig({ fromDir: sub, stopAt: top }).file, join(top, '.vanthurc.json'));
  });

  it('the language server stops at the workspace folder', () => {
    const top = mk('vanthu-cfgws-');
    writeFileSync(join(top, '.vanthurc.json'), '{ "mode": "final" }');
    const ws = join(top, 'ws');
    mkdirSync(ws);
    assert.equal(resolveFor(join(ws, 'a.md'), {}, ws).configFile, null);
    assert.equal(resolveFor(join(ws, 'a.md'), {}, ws).options.mode, 'draft');
  });
});

describe('configuration: two configs in one folder', () => {
  it('a warning names the one used; the other is ignored', () => {
    const ws = mk('vanthu-cfgtwo-');
    writeFileSync(join(ws, '.vanthurc.json'), '{ "mode": "final" }');
    writeFileSync(join(ws, '.vanthurc.yaml'), 'mode: draft\n');
    const r = loadConfig({ fromDir: ws, stopAt: ws });
    assert.equal(r.config.mode, 'final');
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0].drops, 'none');
    assert.match(r.problems[0].message, /dùng \.vanthurc\.json, bỏ qua \.vanthurc\.yaml/);
    assert.match(problemText(r.problems[0], 'en'), /\.vanthurc\.json is used, \.vanthurc\.yaml ignored/);
    // the open files say it too
    assert.match(siblingNotes(join(ws, '.vanthurc.yaml'))[0].message, /Tệp này bị bỏ qua.*\.vanthurc\.json/);
    assert.match(siblingNotes(join(ws, '.vanthurc.json'))[0].message, /dùng \.vanthurc\.json/);
  });
});

describe('configuration: globs (picomatch)', () => {
  it('keeps the meaning of the globs users wrote', () => {
    const m = (g: string, p: string) => globMatcher(g)(p);
    assert.ok(m('*.md', 'a/b/c.md'), 'no slash: any depth');
    assert.ok(m('*.md', 'c.md'));
    assert.ok(m('./drafts/**', 'drafts/x/y.md'));
    assert.ok(m('**/nhap/**', 'nhap/a.md'));
    assert.ok(m('**/nhap/**', 'x/nhap/a.md'));
    assert.ok(!m('**/nhap/**', 'x/nhap-cu/a.md'));
    assert.ok(m('van-ban/{2024,2025}/*.md', 'van-ban/2025/a.md'));
    assert.ok(!m('van-ban/{2024,2025}/*.md', 'van-ban/2023/a.md'));
    assert.ok(m('[ab].md', 'x/a.md'));
    assert.ok(m('*.md', '.hidden/.a.md'), 'dot files are names like any other');
    assert.ok(!m('drafts/*.md', 'drafts/x/a.md'));
  });

  it('repeated **/ does not backtrack: a path that does not match is answered at once', () => {
    // the hand-built RegExp took seconds per path for a few repetitions, and never returned for this many
    const glob = '**/'.repeat(40) + 'x/*.md';
    const path = 'a/'.repeat(200) + 'b.txt';
    assert.equal(globMatcher(glob)(path), false);
    assert.equal(globMatcher(glob)('a/b/x/c.md'), true);
  });
});

describe('configuration: the CLI honours include/exclude', function () {
  this.timeout(60000);
  const vanthu = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const broken = letter.replace('ngày 08 tháng 3', 'ngày 8 tháng 3');

  it('--fix of a folder and of a glob leaves an excluded draft alone; a file named on its own is linted', () => {
    const ws = mk('vanthu-cfgexcl-');
    mkdirSync(join(ws, '.git'));
    mkdirSync(join(ws, 'nhap'));
    writeFileSync(join(ws, '.vanthurc.yaml'), 'exclude:\n  - nhap/**\n');
    writeFileSync(join(ws, 'a.md'), broken);
    writeFileSync(join(ws, 'nhap', 'b.md'), broken);
    const r = vanthu(['lint', '--fix', '--format', 'json', '.'], ws);
    assert.deepEqual(
      JSON.parse(r.out).map((f: { file: string }) => f.file),
      ['./a.md'],
      r.err,
    );
    assert.notEqual(readFileSync(join(ws, 'a.md'), 'utf8'), broken, 'the included letter is fixed');
    assert.equal(readFileSync(join(ws, 'nhap', 'b.md'), 'utf8'), broken, 'the excluded draft is untouched');
    const g = vanthu(['lint', '--fix', '--format', 'json', '**/*.md'], ws);
    assert.ok(!JSON.parse(g.out).some((f: { file: string }) => f.file.includes('nhap')), g.out);
    assert.equal(readFileSync(join(ws, 'nhap', 'b.md'), 'utf8'), broken);
    const named = vanthu(['lint', '--format', 'json', 'nhap/b.md'], ws);
    assert.equal(JSON.parse(named.out).length, 1);
  });

  it('a bad value does not turn mode: final off (exit status and report)', () => {
    const ws = mk('vanthu-cfgfinal-');
    writeFileSync(join(ws, '.vanthurc.json'), '{\n  "mode": "final",\n  "rules": { "ND-02": "of" }\n}\n');
    writeFileSync(join(ws, 'a.md'), letter);
    const r = vanthu(['lint', '--format', 'json', 'a.md'], ws);
    assert.equal(JSON.parse(r.out)[0].mode, 'final');
    assert.match(r.err, /\.vanthurc\.json:3:\d+: cấu hình không hợp lệ tại "rules\.ND-02": Giá trị "of" không hợp lệ/);
    assert.match(r.err, /bỏ qua giá trị này/);
  });

  it('a .vanthurc above the repository root is not read', () => {
    const top = mk('vanthu-cfgabove-');
    writeFileSync(join(top, '.vanthurc.json'), '{ "mode": "final" }');
    mkdirSync(join(top, 'repo', '.git'), { recursive: true });
    writeFileSync(join(top, 'repo', 'a.md'), letter);
    const r = vanthu(['lint', '--format', 'json', 'a.md'], join(top, 'repo'));
    assert.equal(JSON.parse(r.out)[0].mode, 'draft');
  });
});
