import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../bot/config';
import { LAUNCH_COMMAND } from '../bot/launchCommand';

const root = path.join(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function run(script: string, input: string, env: Record<string, string> = {}) {
  return spawnSync(tsx, [script], { cwd: root, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
}

describe('npm start', () => {
  it('launches the bot as the Dockerfile, App Service and the bench do (tests/deploy checks those)', () => {
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(LAUNCH_COMMAND.join(' '));
  });
});

describe('npm run chat', () => {
  it('holds a conversation in the terminal: welcome, question, region button by number, answer', () => {
    const result = run('bot/chat.ts', 'how do I get a new ID card\n6\nthanks\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("I'm the Member Care assistant");
    expect(result.stdout).toContain('Which Kaiser Permanente region are you in?');
    expect(result.stdout).toContain('you> Northwest');
    expect(result.stdout).toContain('Call Northwest (OR/SW WA) Member Services: 1-800-813-2000 (TTY 711).');
    expect(result.stdout).toContain("You're welcome");
  });
});

describe('start-up configuration', () => {
  it('names each bad value', () => {
    expect(() => loadConfig({ PORT: 'abc', STORAGE: 'disk' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', STORAGE: 'disk' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT: Expected number, received nan (got "abc")');
      expect((error as Error).message).toContain("STORAGE: Invalid enum value. Expected 'memory' | 'blob', received 'disk'");
    }
  });

  it('requires the blob settings with STORAGE=blob, without echoing secrets', () => {
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING: required when STORAGE=blob[\s\S]*BLOB_CONTAINER: required/);
  });

  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3978, STORAGE: 'memory', LOG_LEVEL: 'info' });
  });

  it('stops the bot with a clear message and exit code 1 on a bad value', () => {
    const result = run('bot/index.ts', '', { PORT: '99999' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT: PORT must be 1-65535 (got "99999")');
  });
});
