// Generates schemas/vanthurc.schema.json (used by VS Code's jsonValidation for .vanthurc.json) from the zod
// schema in schemas/config.ts. test/schema.test.ts fails when the committed file drifts from it.
//
//   npx tsx scripts/gen-schema.ts          write the file
//   npx tsx scripts/gen-schema.ts --check  exit 1 if it is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { ConfigSchema } from '../schemas/config.js';
import { RULES } from '../server/src/rules/index.js';

export const SCHEMA_PATH = join(import.meta.dirname, '..', 'schemas/vanthurc.schema.json');

export function buildSchema(): string {
  const schema = zodToJsonSchema(ConfigSchema, { target: 'jsonSchema7', $refStrategy: 'none' }) as Record<
    string,
    unknown
  >;
  // the rules' ids and aliases, so an editor completes and checks them (the loader reports an unknown one too)
  const rules = (schema.properties as Record<string, Record<string, unknown>>).rules;
  const setting = rules.additionalProperties as Record<string, unknown>;
  rules.properties = Object.fromEntries(
    RULES.flatMap((r) => {
      const description = `${r.title.vi} (${r.provision}) — mặc định: ${r.severity}`;
      return [
        [r.id, { ...setting, description }],
        [r.alias, { ...setting, description: `${r.id}: ${description}` }],
      ];
    }),
  );
  rules.propertyNames = { enum: RULES.flatMap((r) => [r.id, r.alias]) };
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://vanthu.invalid/schemas/vanthurc.schema.json',
    title: 'Văn Thư configuration (.vanthurc.json)',
    description: 'Cấu hình của Văn Thư — kiểm tra thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = buildSchema();
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {}
    if (old !== text) {
      console.error('schemas/vanthurc.schema.json is out of date: run npx tsx scripts/gen-schema.ts');
      process.exit(1);
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
