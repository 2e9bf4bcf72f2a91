// The extension's manifest and translations stay consistent: every %key% of package.json is in both nls
// bundles, every vscode.l10n.t() string of client/src has a Vietnamese translation, every setting has a
// description, the contributed files exist, and engines.vscode stays within code-server 1.100.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;
const bundleVi = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;

describe('extension manifest', () => {
  it('every %key% of package.json is in package.nls.json and package.nls.vi.json, and nothing else', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map(m => m[1]));
    for (const k of keys) {
      assert.ok(nlsEn[k], `package.nls.json lacks ${k}`);
      assert.ok(nlsVi[k], `package.nls.vi.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(nlsEn).filter(k => !keys.has(k)), [], 'unused keys in package.nls.json');
    assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nlsEn).sort(), 'same keys in both bundles');
  });

  it('every vscode.l10n.t string of the client has a Vietnamese translation with the same placeholders', () => {
    const dir = join(root, 'client/src');
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter(f => f.endsWith('.ts'))) {
      for (const m of read(`client/src/${f}`).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 5);
    for (const s of used) {
      assert.ok(bundleVi[s], `l10n/bundle.l10n.vi.json lacks "${s}"`);
      const ph = (x: string) => (x.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(ph(bundleVi[s]), ph(s), `placeholders of "${s}"`);
    }
    assert.deepEqual(Object.keys(bundleVi).filter(k => !used.has(k)), [], 'unused entries in bundle.l10n.vi.json');
    assert.equal(pkg.l10n, './l10n');
  });

  it('every setting has a description; commands have titles; contributed files exist', () => {
    for (const [k, v] of Object.entries(pkg.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
      assert.ok(v.description || v.markdownDescription, `${k} has a description`);
    }
    for (const k of ['vanthu.mode', 'vanthu.rules', 'vanthu.profile', 'vanthu.include', 'vanthu.exclude', 'vanthu.locale', 'vanthu.trace.server']) {
      assert.ok(pkg.contributes.configuration.properties[k], k);
    }
    for (const c of pkg.contributes.commands) assert.match(c.title, /^%command\./, c.command);
    for (const s of pkg.contributes.snippets) assert.ok(existsSync(join(root, s.path)), s.path);
    for (const v of pkg.contributes.jsonValidation) assert.ok(existsSync(join(root, v.url)), v.url);
    assert.deepEqual(pkg.activationEvents.sort(), ['onLanguage:markdown', 'workspaceContains:**/*.docx', 'workspaceContains:**/.vanthurc.*']);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('vanthu.profile'));
  });

  it('engines.vscode and @types/vscode stay within code-server 4.100 (VS Code 1.100)', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/);
    assert.match(pkg.devDependencies['@types/vscode'], /^\^?1\.(\d|[1-9]\d|100)\.\d+$/);
  });
});
