// package.json's settings are generated from the zod schema of the settings (schemas/settings.ts): this fails when
// they drift, and checks that the schema is the language server's view of them too.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PACKAGE_PATH, settingsProperties, withSettings } from '../scripts/gen-settings.js';
import { SettingsSchema } from '../schemas/settings.js';

describe('settings (schemas/settings.ts → package.json)', () => {
  it('package.json contributes exactly the generated settings (regenerate: npx tsx scripts/gen-settings.ts)', () => {
    const text = readFileSync(PACKAGE_PATH, 'utf8');
    assert.equal(text, withSettings(text));
  });

  it('every setting of the schema is in package.json with its Vietnamese description key', () => {
    const props = JSON.parse(readFileSync(PACKAGE_PATH, 'utf8')).contributes.configuration.properties;
    for (const k of Object.keys(SettingsSchema.shape))
      assert.equal(props[`vanthu.${k}`].markdownDescription, `%config.${k}%`, k);
    assert.deepEqual(Object.keys(props).sort(), Object.keys(settingsProperties()).sort());
  });

  it('a setting the schema rejects is one VS Code flags too (the same enum)', () => {
    assert.equal(SettingsSchema.safeParse({ citationLens: 'sometimes' }).success, false);
    assert.deepEqual(
      JSON.parse(readFileSync(PACKAGE_PATH, 'utf8')).contributes.configuration.properties['vanthu.citationLens'].enum,
      ['off', 'problems', 'all'],
    );
  });
});
