import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { z } from 'zod';

export const TEAMS_DIR = join(__dirname, '..', '..', 'deploy', 'teams');
const ICONS = ['color.png', 'outline.png'] as const;

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID like 00000000-0000-0000-0000-000000000000');
const httpsUrl = z.string().url().startsWith('https://', 'must start with https://');

/** What the package takes from the environment; the bot id is the Azure Bot's Microsoft App ID. */
export const PackageSettingsSchema = z
  .object({
    MicrosoftAppId: guid,
    TEAMS_APP_ID: guid.optional(),
    TEAMS_APP_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0').default('1.0.0'),
    TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('Member Care'),
    TEAMS_WEBSITE_URL: httpsUrl.default('https://kp.org'),
    TEAMS_PRIVACY_URL: httpsUrl.default('https://kp.org'),
    TEAMS_TERMS_URL: httpsUrl.default('https://kp.org'),
  })
  // The Teams app id may be its own GUID; by default it is the bot's, as for most single-bot apps.
  .transform((settings) => ({ ...settings, TEAMS_APP_ID: settings.TEAMS_APP_ID ?? settings.MicrosoftAppId }));

export type PackageSettings = z.infer<typeof PackageSettingsSchema>;

export function readPackageSettings(env: NodeJS.ProcessEnv = process.env): PackageSettings {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = PackageSettingsSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Cannot build the Teams package:\n${problems.join('\n')}`);
}

/** The manifest with every ${{NAME}} filled in; a placeholder without a setting is an error, not an empty field. */
export function renderManifest(settings: PackageSettings, template = readFileSync(join(TEAMS_DIR, 'manifest.json'), 'utf8')): unknown {
  const values: Record<string, string> = settings;
  const missing = new Set<string>();
  const text = template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) missing.add(name);
    return JSON.stringify(value ?? '').slice(1, -1);
  });
  if (missing.size > 0) throw new Error(`manifest.json uses settings that do not exist: ${[...missing].join(', ')}`);
  return JSON.parse(text);
}

/** The zip Teams accepts: manifest.json and both icons at the root. */
export async function buildTeamsPackage(settings: PackageSettings): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(renderManifest(settings), null, 2));
  for (const icon of ICONS) zip.file(icon, readFileSync(join(TEAMS_DIR, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
