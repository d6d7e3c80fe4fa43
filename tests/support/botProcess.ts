import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { exited } from './azurite';

const ROOT = join(__dirname, '..', '..');

export interface BotProcess {
  url: string;
  /** Posts one activity with deliveryMode expectReplies; resolves to the replies in the response body. */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface BotCommand {
  command: string;
  args: string[];
  cwd: string;
}

/** `bot/index.ts` through tsx: what `npm start` runs, without a build. */
const FROM_SOURCE: BotCommand = { command: join(ROOT, 'node_modules', '.bin', 'tsx'), args: ['bot/index.ts'], cwd: ROOT };

/** The bot as its own process on a free port, with no app credentials unless `env` sets them. */
export async function startBotProcess(env: Record<string, string>, { command, args, cwd }: BotCommand = FROM_SOURCE): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (data: Buffer) => (stderr += data.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}:\n${stderr}`);
    if (attempt >= 400) throw new Error(`the bot did not answer /healthz within 40 s:\n${stderr}`);
    const healthy = await fetch(`${url}/healthz`).then((response) => response.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    send: async (activity) => {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
      });
      if (response.status !== 200) throw new Error(`POST /api/messages answered ${response.status}: ${await response.text()}`);
      return ((await response.json()) as { activities?: Partial<Activity>[] }).activities ?? [];
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
