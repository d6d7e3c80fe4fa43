import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { TEAMS_DIR, buildTeamsPackage, readPackageSettings, renderManifest } from '../../scripts/teams/teamsPackage';
import { readPng } from '../support/readPng';

const ROOT = join(__dirname, '..', '..');
const BOT_ID = '3f2a9c4e-1b7d-4e8f-9a6c-5d0e1f2a3b4c';
const settings = readPackageSettings({ MicrosoftAppId: BOT_ID });

interface Manifest {
  manifestVersion: string;
  id: string;
  bots: { botId: string; scopes: string[] }[];
  icons: { color: string; outline: string };
}

/**
 * Schema errors per manifest, from @microsoft/app-manifest with its bundled schemas (offline).
 * It runs under tsx in a child process: the package needs an ES module that Jest's runtime cannot load.
 */
function schemaErrors(...manifests: unknown[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'teams-manifest-'));
  try {
    const files = manifests.map((manifest, index) => {
      const file = join(dir, `manifest-${index}.json`);
      writeFileSync(file, JSON.stringify(manifest));
      return file;
    });
    let output: string;
    try {
      output = execFileSync('npx', ['tsx', 'scripts/teams/validateManifest.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(output) as Record<string, string[]>;
    return files.map((file) => results[file]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Teams app manifest', () => {
  const manifest = renderManifest(settings) as Manifest;
  const broken = { ...manifest, id: 'not-a-guid', bots: [{ ...manifest.bots[0]!, scopes: ['everywhere'] }] };
  const [errors, brokenErrors] = schemaErrors(manifest, broken);

  it('uses a current schema version and validates against it offline, with no errors', () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.22);
    expect(errors).toEqual([]);
  });

  it('is really checked: a broken manifest gets errors', () => {
    expect(brokenErrors!.some((error) => error.startsWith('/id'))).toBe(true);
    expect(brokenErrors!.some((error) => error.startsWith('/bots/0/scopes'))).toBe(true);
  });

  it('carries the bot id from the environment, and the bot works in personal chat, teams and group chats', () => {
    expect(manifest.id).toBe(BOT_ID);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect([...manifest.bots[0]!.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(JSON.stringify(manifest)).not.toContain('${{');
  });

  it('takes a separate Teams app id when one is set', () => {
    const appId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const separate = renderManifest(readPackageSettings({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: appId })) as Manifest;
    expect(separate.id).toBe(appId);
    expect(separate.bots[0]!.botId).toBe(BOT_ID);
  });

  it('is not packaged without a bot id, or with one that is not a GUID, and the message names the setting', () => {
    expect(() => readPackageSettings({})).toThrow(/MicrosoftAppId: Required/);
    expect(() => readPackageSettings({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId: must be a GUID/);
    expect(() => readPackageSettings({ MicrosoftAppId: BOT_ID, TEAMS_PRIVACY_URL: 'http://example.com' })).toThrow(
      /TEAMS_PRIVACY_URL: must start with https/,
    );
  });
});

describe('the Teams icons', () => {
  const color = readPng(readFileSync(join(TEAMS_DIR, 'color.png')));
  const outline = readPng(readFileSync(join(TEAMS_DIR, 'outline.png')));

  it('has a 192 × 192 colour icon', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('has a 32 × 32 outline icon: white on a transparent background', () => {
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const alpha = outline.rgba.filter((_, index) => index % 4 === 3);
    expect(alpha.filter((value) => value === 0).length).toBeGreaterThan(32 * 32 * 0.4);
    expect(alpha.filter((value) => value === 255).length).toBeGreaterThan(32);
    const nonWhite = [];
    for (let index = 0; index < outline.rgba.length; index += 4) {
      const [r, g, b, a] = outline.rgba.subarray(index, index + 4);
      if (a! > 0 && (r !== 255 || g !== 255 || b !== 255)) nonWhite.push(index / 4);
    }
    expect(nonWhite).toEqual([]);
  });
});

describe('the Teams app package', () => {
  it('is a zip with the filled-in manifest and both icons at its root', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage(settings));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
    expect(manifest).toEqual(renderManifest(settings));
    const outline = await zip.file(manifest.icons.outline)!.async('nodebuffer');
    expect(outline.equals(readFileSync(join(TEAMS_DIR, 'outline.png')))).toBe(true);
  });

  it('is written by `npm run teams:package`, which refuses to run without a bot id', async () => {
    const output = execFileSync('npm', ['run', '--silent', 'teams:package'], { cwd: ROOT, env: { ...process.env, MicrosoftAppId: BOT_ID }, encoding: 'utf8' });
    const path = /Wrote (\S+\.zip)/.exec(output)?.[1];
    expect(path).toBeDefined();
    const zip = await JSZip.loadAsync(readFileSync(path!));
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).bots[0].botId).toBe(BOT_ID);

    const withoutId = { ...process.env, MicrosoftAppId: '' };
    expect(() => execFileSync('npm', ['run', '--silent', 'teams:package'], { cwd: ROOT, env: withoutId, stdio: 'pipe' })).toThrow(/MicrosoftAppId/);
  });
});
