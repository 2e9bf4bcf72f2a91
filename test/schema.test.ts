// schemas/vanthurc.schema.json is generated from the zod schema (schemas/config.ts); configs are validated by
// server/src/node/config.ts parseConfig with positions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, SCHEMA_PATH } from '../scripts/gen-schema.js';
import { parseConfig } from '../server/src/node/config.js';
import { RULES } from '../server/src/rules/index.js';

const root = join(import.meta.dirname, '..');

describe('config schema', () => {
  it('schemas/vanthurc.schema.json matches the zod schema (regenerate: npx tsx scripts/gen-schema.ts)', () => {
    assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), buildSchema());
  });

  it('is wired to .vanthurc.json in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const v = pkg.contributes.jsonValidation.find((x: { url: string }) => x.url === './schemas/vanthurc.schema.json');
    assert.ok(v && [].concat(v.fileMatch).includes('.vanthurc.json' as never));
  });

  it('describes every property (hover help in the editor)', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    for (const k of ['mode', 'rules', 'include', 'exclude']) assert.ok(schema.properties[k].description, k);
    for (const [k, v] of Object.entries(schema.properties.profile.properties))
      assert.ok((v as { description?: string }).description, `profile.${k}`);
    assert.equal(schema.additionalProperties, false);
  });

  it('a good config (JSON and YAML) has no problems', () => {
    const good = {
      $schema: './node_modules/vanthu/schemas/vanthurc.schema.json',
      mode: 'final',
      rules: { 'DD-02': 'warning', 'QH-02': false },
      profile: {
        issuerName: 'ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH',
        issuerCode: 'UBND',
        unitCodes: ['VP'],
        place: 'Sơn Tịnh',
        signing: 'tap-the',
        allowHonorifics: false,
      },
      include: ['van-ban/**/*.md'],
      exclude: ['**/nhap/**'],
    };
    const r = parseConfig(JSON.stringify(good, null, 2), '.vanthurc.json');
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.mode, 'final');
    const y = parseConfig('mode: draft\nprofile:\n  place: Sơn Tịnh\n', '.vanthurc.yaml');
    assert.deepEqual(y.problems, []);
    assert.equal(y.config.profile?.place, 'Sơn Tịnh');
  });

  it('knows every rule, cross-document ones included: ids and aliases complete in the editor, "XR-02": "off" is valid', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    const names = schema.properties.rules.propertyNames.enum as string[];
    for (const r of RULES)
      assert.ok(
        names.includes(r.id) && names.includes(r.alias) && schema.properties.rules.properties[r.id].description,
        r.id,
      );
    assert.deepEqual(
      parseConfig('{ "rules": { "XR-02": "off", "short-form-unclear": "info" } }', '.vanthurc.json').problems,
      [],
    );
  });

  it('a bad config gives problems with path and line', () => {
    const text = [
      '{',
      '  "mode": "ban-hanh",',
      '  "profile": {',
      '    "signing": "ca-nhan",',
      '    "colour": "red"',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = parseConfig(text, '.vanthurc.json');
    const byPath = new Map(r.problems.map((p) => [p.path, p]));
    assert.equal(byPath.get('mode')?.line, 2, JSON.stringify(r.problems));
    assert.equal(byPath.get('profile.signing')?.line, 4, JSON.stringify(r.problems));
    // unknown keys (strict objects) are reported on the object
    assert.ok(
      r.problems.some((p) => p.path.startsWith('profile') && /colour/.test(p.message)),
      JSON.stringify(r.problems),
    );
    assert.deepEqual(r.config, { profile: {} }, 'only the bad values are dropped');
  });

  it('an unknown rule and a syntax error are reported with their line', () => {
    const r = parseConfig('{\n  "rules": {\n    "XX-99": "off"\n  }\n}\n', '.vanthurc.json');
    assert.deepEqual(
      r.problems.map((p) => [p.path, p.line]),
      [['rules.XX-99', 3]],
    );
    const s = parseConfig('{\n  "mode": "draft",,\n}\n', '.vanthurc.json');
    assert.ok(s.problems.length >= 1);
    assert.equal(s.problems[0].line, 2);
  });
});
