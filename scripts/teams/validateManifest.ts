import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils, TeamsManifestConverter, type TeamsManifest } from '@microsoft/app-manifest';

/** The schema bundled in @microsoft/app-manifest for the manifest's version, so validation never goes online. */
function bundledSchema(manifestVersion: string) {
  const file = join(require.resolve('@microsoft/app-manifest'), '..', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Schema errors of a Teams manifest ("/path message. Details: ..."); none means Teams' schema accepts it. */
export async function validateManifest(json: string): Promise<string[]> {
  const manifest = JSON.parse(json) as TeamsManifest;
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.manifestVersion));
  if (errors.length > 0) return errors;
  try {
    TeamsManifestConverter.jsonToManifest(json);
    return [];
  } catch (error) {
    return [`not a Teams manifest: ${(error as Error).message}`];
  }
}

/** `tsx scripts/teams/validateManifest.ts a.json b.json` prints {file: errors} as JSON; exit code 1 on any error. */
async function main(files: string[]): Promise<void> {
  const results = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await validateManifest(readFileSync(file, 'utf8'))] as const)));
  console.log(JSON.stringify(results, null, 2));
  if (Object.values(results).some((errors) => errors.length > 0)) process.exitCode = 1;
}

if (require.main === module) void main(process.argv.slice(2));
