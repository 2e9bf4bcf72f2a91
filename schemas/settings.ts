// The VS Code settings of the "vanthu" section, validated with zod: the one source of package.json's
// contributes.configuration (scripts/gen-settings.ts writes it; test/settings.test.ts fails when it drifts) and of
// the language server's `VanthuSettings`. Descriptions live in package.nls*.json under `config.<name>`.
import { z } from 'zod';
import { PartySchema, ProfileSchema, RuleSettingSchema } from './config.js';

export const SettingsSchema = z
  .object({
    mode: z.enum(['draft', 'final']).optional(),
    rules: z.record(z.string(), RuleSettingSchema).optional(),
    profile: ProfileSchema.optional(),
    party: PartySchema.optional(),
    include: z.array(z.string()).optional(),
    exclude: z.array(z.string()).optional(),
    locale: z.enum(['vi', 'en']).default('vi'),
    codeLens: z.boolean().default(true),
    registry: z.string().default(''),
    citationUrlTemplate: z.string().default(''),
    citationLens: z.enum(['off', 'problems', 'all']).default('problems'),
    'trace.server': z.enum(['off', 'messages', 'verbose']).default('off'),
  })
  .partial();

export type Settings = z.infer<typeof SettingsSchema>;

/** What package.json adds to each setting's schema: where it applies, its place in the Settings UI, which of its
 * enum values have their own description (package.nls keys `config.<name>.<value>`), and whether an untrusted
 * workspace's value of it is ignored (`restricted`: package.json capabilities.untrustedWorkspaces.
 * restrictedConfigurations — a folder someone sent must not point the registry or the citation links elsewhere). */
export const SETTING_UI: Record<
  keyof Settings,
  { scope: 'application' | 'window' | 'resource'; order: number; enumDescriptions?: boolean; restricted?: boolean }
> = {
  mode: { scope: 'resource', order: 0, enumDescriptions: true },
  rules: { scope: 'resource', order: 1, restricted: true },
  profile: { scope: 'resource', order: 2, restricted: true },
  include: { scope: 'resource', order: 3, restricted: true },
  exclude: { scope: 'resource', order: 4, restricted: true },
  locale: { scope: 'application', order: 5, enumDescriptions: true },
  codeLens: { scope: 'resource', order: 6 },
  registry: { scope: 'resource', order: 7, restricted: true },
  citationUrlTemplate: { scope: 'resource', order: 8, restricted: true },
  citationLens: { scope: 'resource', order: 9 },
  'trace.server': { scope: 'window', order: 7 },
  party: { scope: 'resource', order: 10 },
};
