import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { buildTeamsPackage, readPackageSettings, renderManifest } from './teamsPackage';
import { validateManifest } from './validateManifest';

export const PACKAGE_PATH = join(__dirname, '..', '..', 'dist', 'teams', 'member-care-teams.zip');

/** `npm run teams:package`: fills in the manifest from the environment (.env too), validates it, writes the zip. */
async function main(): Promise<void> {
  loadDotenv();
  const settings = readPackageSettings();
  const errors = await validateManifest(JSON.stringify(renderManifest(settings)));
  if (errors.length > 0) throw new Error(`The Teams manifest does not validate:\n  ${errors.join('\n  ')}`);
  mkdirSync(dirname(PACKAGE_PATH), { recursive: true });
  writeFileSync(PACKAGE_PATH, await buildTeamsPackage(settings));
  console.log(`Wrote ${PACKAGE_PATH} (bot ${settings.MicrosoftAppId}, app ${settings.TEAMS_APP_ID}, version ${settings.TEAMS_APP_VERSION}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
