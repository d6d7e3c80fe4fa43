import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema, loadConfig } from '../../bot/config';
import { LAUNCH_COMMAND } from '../../bot/launchCommand';
import { startBotProcess } from '../support/botProcess';
import { phoneNumbersIn } from '../support/memberConversation';

// No Bicep compiler or Docker engine runs here: these tests check the files' structure against the
// code they deploy, and run the container's file layout with plain Node. README says what that leaves out.
const ROOT = join(__dirname, '..', '..');
const bicep = readFileSync(join(ROOT, 'deploy', 'azure', 'main.bicep'), 'utf8');
const dockerfile = readFileSync(join(ROOT, 'deploy', 'azure', 'Dockerfile'), 'utf8');

/** The settings the bot reads: its configuration schema's keys. */
const botSettings = Object.keys(ConfigSchema.innerType().shape);

const resourceTypes = [...bicep.matchAll(/^resource \w+ '([^@']+)@[\w-]+'/gm)].map((match) => match[1]);

/** The `name`s and `value`s of the web app's appSettings block. */
function appSettings(): Map<string, string> {
  const block = /appSettings: \[([\s\S]*?)\n {6}\]/.exec(bicep)?.[1] ?? '';
  return new Map([...block.matchAll(/name: '(\w+)'\s+value: (.+)/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

function allowedValues(param: string): string[] {
  const block = new RegExp(`@allowed\\(\\[([^\\]]*)\\]\\)\\s*param ${param} `).exec(bicep)?.[1] ?? '';
  return [...block.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

function paramDefault(param: string): string | undefined {
  return new RegExp(`^param ${param} \\w+ = (.+)$`, 'm').exec(bicep)?.[1];
}

describe('the Bicep template (deploy/azure/main.bicep)', () => {
  it('declares the App Service, the Azure Bot with Teams, Web Chat and Direct Line, and storage for state', () => {
    expect(resourceTypes).toEqual(
      expect.arrayContaining([
        'Microsoft.Web/serverfarms',
        'Microsoft.Web/sites',
        'Microsoft.BotService/botServices',
        'Microsoft.BotService/botServices/channels',
        'Microsoft.Storage/storageAccounts',
        'Microsoft.Storage/storageAccounts/blobServices/containers',
      ]),
    );
    const channels = [...bicep.matchAll(/channelName: '(\w+)'/g)].map((match) => match[1]).sort();
    expect(channels).toEqual(['DirectLineChannel', 'MsTeamsChannel', 'WebChatChannel']);
  });

  it('runs the bot on Linux with Node 20, several instances, no sticky sessions, and the bot’s health check', () => {
    expect(bicep).toMatch(/reserved: true/);
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|20-lts'/);
    expect(bicep).toContain(`appCommandLine: '${LAUNCH_COMMAND.join(' ')}'`);
    expect(Number(paramDefault('instanceCount'))).toBeGreaterThanOrEqual(2);
    expect(bicep).toMatch(/capacity: instanceCount/);
    expect(bicep).toMatch(/clientAffinityEnabled: false/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
    expect(bicep).toMatch(/endpoint: 'https:\/\/\$\{app\.properties\.defaultHostName\}\/api\/messages'/);
  });

  it('sets only settings the bot reads, with state in blob storage', () => {
    const settings = appSettings();
    const platform = ['SCM_DO_BUILD_DURING_DEPLOYMENT'];
    expect([...settings.keys()].filter((name) => !botSettings.includes(name) && !platform.includes(name))).toEqual([]);
    expect(settings.get('STORAGE')).toBe("'blob'");
    // NODE_ENV=production would make the server-side build skip TypeScript, a dev dependency.
    expect(settings.has('NODE_ENV')).toBe(false);
    for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'BLOB_CONNECTION_STRING', 'BLOB_CONTAINER']) {
      expect(settings.has(name)).toBe(true);
    }
  });

  it('offers only app types the bot’s configuration accepts, with the settings it requires for blob storage', () => {
    const types = allowedValues('botAppType');
    expect(types).toEqual(['SingleTenant', 'UserAssignedMSI']);
    for (const type of types) {
      const config = loadConfig({
        MicrosoftAppId: '3f2a9c4e-1b7d-4e8f-9a6c-5d0e1f2a3b4c',
        MicrosoftAppPassword: type === 'SingleTenant' ? 'secret' : '',
        MicrosoftAppType: type,
        MicrosoftAppTenantId: '6c1b1f0a-8f7e-4a43-9f55-2d3b1c0e9a11',
        STORAGE: 'blob',
        BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=b;EndpointSuffix=core.windows.net',
        BLOB_CONTAINER: paramDefault('stateContainerName')!.replace(/'/g, ''),
      });
      expect(config.MicrosoftAppType).toBe(type);
    }
  });

  it('keeps secrets out of defaults and outputs, and the storage account private', () => {
    for (const secret of ['botAppPassword', 'directLineSecret']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\s*param ${secret} string = ''`));
    }
    const outputs = bicep.split('\n').filter((line) => line.startsWith('output '));
    expect(outputs.join('\n')).not.toMatch(/Password|Secret|listKeys|ConnectionString/i);
    expect(bicep).toMatch(/allowBlobPublicAccess: false/);
    expect(bicep).toMatch(/minimumTlsVersion: 'TLS1_2'/);
    expect(bicep).toMatch(/httpsOnly: true/);
  });

  it('balances its braces and brackets', () => {
    const count = (char: string) => bicep.split(char).length - 1;
    expect(count('{')).toBe(count('}'));
    expect(count('[')).toBe(count(']'));
  });
});

/** The Dockerfile's stages, each as its instruction lines (continuations joined). */
function stages(): string[][] {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  return lines.reduce<string[][]>((all, line) => (line.startsWith('FROM ') ? [...all, [line]] : [...all.slice(0, -1), [...all.at(-1)!, line]]), []);
}

describe('the Dockerfile (deploy/azure/Dockerfile)', () => {
  const [build, runtime] = stages() as [string[], string[]];

  it('builds in one Node 20 stage and runs in another, as a non-root user, with a health check', () => {
    expect(stages()).toHaveLength(2);
    expect(build[0]).toMatch(/^FROM node:20[\w.-]* AS build$/);
    expect(runtime[0]).toMatch(/^FROM node:20[\w.-]* AS runtime$/);
    const user = runtime.find((line) => line.startsWith('USER '))?.split(' ')[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    expect(runtime.find((line) => line.startsWith('HEALTHCHECK '))).toContain('/healthz');
    expect(runtime.at(-1)).toBe(`CMD ${JSON.stringify(LAUNCH_COMMAND).replace(/","/g, '", "')}`);
    expect(runtime).toContain(`EXPOSE ${loadConfig({}).PORT}`);
  });

  it('compiles every source folder the build includes, and ships no dev dependencies', () => {
    const included = (JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[] }).include;
    const copied = build.filter((line) => line.startsWith('COPY ')).flatMap((line) => line.split(' ').slice(1, -1));
    expect(included.filter((folder) => !copied.includes(folder))).toEqual([]);
    expect(copied.filter((source) => !existsSync(join(ROOT, source)))).toEqual([]);
    expect(build.join('\n')).toMatch(/npm ci[\s\S]*npm run build && npm prune --omit=dev/);
  });

  it('leaves secrets and local state out of the build context', () => {
    const ignored = readFileSync(join(ROOT, 'deploy', 'azure', 'Dockerfile.dockerignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.env', '**/node_modules', '.data']));
  });

  it('copies enough into the runtime image for the bot to start and answer (run here with plain Node)', async () => {
    const image = mkdtempSync(join(tmpdir(), 'member-care-image-'));
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(image, 'dist')], { cwd: ROOT });
      for (const line of runtime.filter((line) => line.startsWith('COPY --from=build '))) {
        const [source, target] = line.split(' ').slice(2).map((path) => path.replace(/^\/app\//, '').replace(/^\.\//, ''));
        if (source === 'dist') continue;
        if (source === 'node_modules') symlinkSync(join(ROOT, 'node_modules'), join(image, target!));
        else cpSync(join(ROOT, source!), join(image, target!), { recursive: true });
      }
      const bot = await startBotProcess({}, { command: process.execPath, args: LAUNCH_COMMAND.slice(1), cwd: image });
      try {
        const replies = await bot.send({
          type: 'message',
          channelId: 'emulator',
          serviceUrl: 'http://127.0.0.1:9',
          conversation: { id: 'image-check', name: '', isGroup: false, conversationType: 'personal' },
          from: { id: 'member', name: 'Member' },
          recipient: { id: 'bot', name: 'Bot' },
          text: 'I live in Denver, what is the member services number?',
        });
        expect(phoneNumbersIn(replies.map((reply) => reply.text ?? '').join('\n'))).toEqual(['303-338-3800', '1-800-632-9700']);
      } finally {
        await bot.stop();
      }
    } finally {
      rmSync(image, { recursive: true, force: true });
    }
  }, 180_000);
});
