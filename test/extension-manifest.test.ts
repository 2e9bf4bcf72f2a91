// The extension's manifest and translations stay consistent: every %key% of package.json is in both languages
// (l10n/package.nls.vi.json, l10n/package.nls.en.json) and the shipped package.nls.json is the Vietnamese one;
// every t() string of client/src has a Vietnamese translation; every setting has a description, the contributed
// files exist, and engines.vscode stays within code-server 1.100.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeManifestLanguage } from '../client/src/manifestFiles.js';

const root = join(import.meta.dirname, '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nlsEn = JSON.parse(read('l10n/package.nls.en.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('l10n/package.nls.vi.json')) as Record<string, string>;
/** Looks Vietnamese: has a letter with a Vietnamese diacritic or đ. */
const viet = (s: string) =>
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(s.normalize('NFC'));
const bundleVi = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;

const CLIENT_COMMAND_IDS = new Set(
  [...read('client/src/commands.ts').matchAll(/'(vanthu\.[A-Za-z]+)'/g)].map((m) => m[1]),
);

describe('extension manifest', () => {
  it('every %key% of package.json is in both languages, and nothing else', () => {
    const keys = new Set([...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    assert.ok(keys.size > 40);
    for (const k of keys) {
      assert.ok(nlsEn[k]?.trim(), `l10n/package.nls.en.json lacks ${k}`);
      assert.ok(nlsVi[k]?.trim(), `l10n/package.nls.vi.json lacks ${k}`);
    }
    assert.deepEqual(
      Object.keys(nlsEn).filter((k) => !keys.has(k)),
      [],
      'unused keys in l10n/package.nls.en.json',
    );
    assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nlsEn).sort(), 'same keys in both languages');
  });

  it('the manifest is Vietnamese by default: package.nls.json is the Vietnamese bundle, and no package.nls.<lang>.json overrides it', () => {
    // VS Code reads package.nls.<display language>.json, else package.nls.json; with English display and no
    // package.nls.en.json, Vietnamese users get package.nls.json
    assert.equal(read('package.nls.json'), read('l10n/package.nls.vi.json'));
    assert.deepEqual(
      readdirSync(root).filter((f) => /^package\.nls\..+\.json$/.test(f)),
      [],
    );
    const untranslated = Object.entries(nlsVi).filter(([k, v]) => v === nlsEn[k] && /[a-z]{4,} [a-z]{4,}/.test(v));
    assert.deepEqual(untranslated, [], 'Vietnamese entries equal to the English ones');
    for (const k of Object.keys(nlsVi).filter((k) => k.startsWith('command.')))
      assert.ok(viet(nlsVi[k]), `${k} reads Vietnamese: ${nlsVi[k]}`);
  });

  it('commands are found in the palette without diacritics ("van thu") and by their English title', () => {
    for (const c of pkg.contributes.commands.filter((c: { command: string }) => CLIENT_COMMAND_IDS.has(c.command))) {
      assert.equal(c.category?.original, 'Van Thu', c.command);
      assert.match(c.title.value, /^%command\./, c.command);
      const key = c.title.value.slice(1, -1);
      const words = (s: string) =>
        s
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/đ/gi, 'd')
          .toLowerCase()
          .split(/[^a-z]+/)
          .filter(Boolean);
      const alias = new Set(words(c.title.original));
      assert.deepEqual(
        words(nlsVi[key]).filter((w) => !alias.has(w) && w !== 'van' && w !== 'thu'),
        [],
        `${c.command}: alias "${c.title.original}" holds the unaccented Vietnamese title`,
      );
      assert.doesNotMatch(c.title.original, /[^\x00-\x7f]/, `${c.command}: alias is plain ASCII`);
    }
  });

  it('every t() string of the client has a Vietnamese translation with the same placeholders', () => {
    const used = new Set<string>();
    // client/src and its folders (preview/ …), not the extension-host tests
    const sources = readdirSync(join(root, 'client/src'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('test'),
    );
    for (const f of sources) {
      assert.doesNotMatch(
        read(`client/src/${f}`),
        /vscode\.l10n\.t\(/,
        `${f} uses vscode.l10n.t, which follows the display language (English)`,
      );
      for (const m of read(`client/src/${f}`).matchAll(/\bt\(\s*'((?:[^'\\]|\\.)*)'/g))
        used.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 5);
    for (const s of used) {
      assert.ok(bundleVi[s], `l10n/bundle.l10n.vi.json lacks "${s}"`);
      const ph = (x: string) => (x.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(ph(bundleVi[s]), ph(s), `placeholders of "${s}"`);
    }
    assert.deepEqual(
      Object.keys(bundleVi).filter((k) => !used.has(k)),
      [],
      'unused entries in bundle.l10n.vi.json',
    );
    const untranslated = [...used].filter((s) => bundleVi[s] === s && /[a-z]{3,} [a-z]{3,}/.test(s));
    assert.deepEqual(untranslated, [], 'translations equal to the English text');
  });

  it('every setting has a description; commands have titles; contributed files exist', () => {
    for (const [k, v] of Object.entries(
      pkg.contributes.configuration.properties as Record<
        string,
        { description?: string; markdownDescription?: string }
      >,
    )) {
      assert.ok(v.description || v.markdownDescription, `${k} has a description`);
    }
    for (const k of [
      'vanthu.mode',
      'vanthu.rules',
      'vanthu.profile',
      'vanthu.include',
      'vanthu.exclude',
      'vanthu.locale',
      'vanthu.trace.server',
    ]) {
      assert.ok(pkg.contributes.configuration.properties[k], k);
    }
    for (const c of pkg.contributes.commands)
      assert.match(typeof c.title === 'string' ? c.title : c.title.value, /^%command\./, c.command);
    for (const s of pkg.contributes.snippets) assert.ok(existsSync(join(root, s.path)), s.path);
    for (const v of pkg.contributes.jsonValidation) assert.ok(existsSync(join(root, v.url)), v.url);
    assert.deepEqual(pkg.activationEvents.sort(), [
      'onLanguage:markdown',
      'workspaceContains:**/*.docx',
      'workspaceContains:**/.vanthurc.*',
    ]);
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('vanthu.profile'));
  });

  it('engines.vscode and @types/vscode stay within code-server 4.100 (VS Code 1.100)', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d|[1-9]\d|100)\.\d+$/);
    assert.match(pkg.devDependencies['@types/vscode'], /^\^?1\.(\d|[1-9]\d|100)\.\d+$/);
  });

  describe('the walkthrough in the chosen language', () => {
    const pages = (lang: string) => readdirSync(join(root, 'l10n/walkthrough', lang)).sort();
    it('ships the Vietnamese pages as client/walkthrough and has an English page for each', () => {
      assert.deepEqual(pages('vi'), readdirSync(join(root, 'client/walkthrough')).sort());
      assert.deepEqual(pages('en'), pages('vi'));
      for (const n of pages('vi')) {
        assert.equal(read(`client/walkthrough/${n}`), read(`l10n/walkthrough/vi/${n}`), `client/walkthrough/${n}`);
        // English prose: its lines without code or quoted Vietnamese names are free of diacritics
        const prose = read(`l10n/walkthrough/en/${n}`)
          .replace(/```[\s\S]*?```/g, '')
          .replace(/`[^`]*`|\*\*[^*]*\*\*/g, '');
        assert.ok(!/\b(và|của|được|hoặc|văn bản)\b/u.test(prose), `l10n/walkthrough/en/${n} is English`);
      }
      assert.match(read('.vscodeignore'), /^!l10n\/walkthrough\/\*\/\*\.md$/m);
    });
    it('switches the pages and the manifest strings of an installed copy, and back', () => {
      const dir = mkdtempSync(join(tmpdir(), 'vanthu-nls-'));
      try {
        for (const d of ['l10n', 'client/walkthrough']) cpSync(join(root, d), join(dir, d), { recursive: true });
        cpSync(join(root, 'package.nls.json'), join(dir, 'package.nls.json'));
        assert.equal(writeManifestLanguage(dir, 'en'), true);
        assert.equal(
          readFileSync(join(dir, 'client/walkthrough/mode.md'), 'utf8'),
          read('l10n/walkthrough/en/mode.md'),
        );
        assert.equal(readFileSync(join(dir, 'package.nls.json'), 'utf8'), read('l10n/package.nls.en.json'));
        assert.equal(writeManifestLanguage(dir, 'en'), false, 'nothing to change the second time');
        assert.equal(writeManifestLanguage(dir, 'vi'), true);
        assert.equal(readFileSync(join(dir, 'client/walkthrough/mode.md'), 'utf8'), read('client/walkthrough/mode.md'));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
