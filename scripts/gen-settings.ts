// Writes package.json's contributes.configuration.properties (and capabilities.untrustedWorkspaces.
// restrictedConfigurations) from the zod schema of the settings (schemas/settings.ts); test/settings.test.ts fails
// when package.json drifts from it.
//
//   npx tsx scripts/gen-settings.ts          write package.json
//   npx tsx scripts/gen-settings.ts --check  exit 1 if it is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { SETTING_UI, SettingsSchema } from '../schemas/settings.js';

export const PACKAGE_PATH = join(import.meta.dirname, '..', 'package.json');

type Json = Record<string, unknown>;

/** The JSON Schema of one setting as VS Code reads it: descriptions as %config.…% keys of package.nls*.json. */
function property(name: string, schema: Json): Json {
  const ui = SETTING_UI[name as keyof typeof SETTING_UI];
  const { description: _d, ...rest } = schema;
  const out: Json = { ...rest, markdownDescription: `%config.${name}%` };
  // the zod descriptions are notes for the .vanthurc schema; the Settings UI reads package.nls*.json
  if (out.additionalProperties && typeof out.additionalProperties === 'object') {
    const { description: _a, ...ap } = out.additionalProperties as Json;
    out.additionalProperties = ap;
  }
  if (ui.enumDescriptions && Array.isArray(schema.enum))
    out.enumDescriptions = schema.enum.map((v) => `%config.${name}.${v}%`);
  const props = schema.properties as Record<string, Json> | undefined;
  if (props) {
    out.properties = Object.fromEntries(
      Object.entries(props).map(([k, v]) => {
        const { description: _n, ...p } = v;
        const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
        const extra = Array.isArray(p.enum)
          ? { enumDescriptions: p.enum.map((e) => `%config.${name}.${k}.${camel(String(e))}%`) }
          : {};
        return [k, { ...p, ...extra, description: `%config.${name}.${k}%` }];
      }),
    );
  }
  return { ...out, scope: ui.scope, order: ui.order };
}

export function settingsProperties(): Json {
  const schema = zodToJsonSchema(SettingsSchema, { target: 'jsonSchema7', $refStrategy: 'none' }) as Json;
  const props = schema.properties as Record<string, Json>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [`vanthu.${k}`, property(k, v)]));
}

/** The settings an untrusted workspace may not set (SETTING_UI `restricted`), as VS Code names them. */
export function restrictedSettings(): string[] {
  return Object.entries(SETTING_UI)
    .filter(([, ui]) => ui.restricted)
    .map(([k]) => `vanthu.${k}`);
}

export function withSettings(pkgText: string): string {
  const pkg = JSON.parse(pkgText);
  pkg.contributes.configuration.properties = settingsProperties();
  pkg.capabilities.untrustedWorkspaces.restrictedConfigurations = restrictedSettings();
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const old = readFileSync(PACKAGE_PATH, 'utf8');
  const text = withSettings(old);
  if (process.argv.includes('--check')) {
    if (old !== text) {
      console.error('package.json settings are out of date: run npx tsx scripts/gen-settings.ts');
      process.exit(1);
    }
  } else if (old !== text) writeFileSync(PACKAGE_PATH, text);
}
