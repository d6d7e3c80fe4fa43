import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { loadConfig } from '../../bot/config';
import { conversationScripts } from '../../bench/conversations';
import { createEchoServer } from '../../bench/echoServer';
import { runLoad } from '../../bench/loadGenerator';
import { loadUtterances } from '../../bench/utterances';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { kb } from '../support/memberConversation';
import { startBot, startConnectorRecorder, type RunningBot } from '../support/runningBot';

const scripts = conversationScripts(loadUtterances());

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the bench's conversations", () => {
  it('name a served region first, then ask two topic questions', () => {
    const resolveRegion = createRegionResolver([...kb.regions.values()]);
    expect(scripts.length).toBeGreaterThan(100);
    for (const script of scripts.slice(0, 16)) {
      expect(script).toHaveLength(3);
      expect(resolveRegion(script[0]).kind).toBe('region');
    }
  });
});

describe('the load generator', () => {
  let bot: RunningBot;
  let echo: Server;
  let echoUrl: string;
  beforeAll(async () => {
    bot = await startBot();
    echo = createEchoServer(loadConfig({ LOG_LEVEL: 'silent' }));
    echoUrl = await listen(echo);
  });
  afterAll(async () => {
    await bot.close();
    await new Promise<void>((resolve) => echo.close(() => resolve()));
  });

  it('holds whole conversations with the real bot, every turn answered', async () => {
    const result = await runLoad({ url: bot.url, concurrency: 2, scripts, runId: 'test-bot', conversations: 4 });
    expect(result).toMatchObject({ conversations: 4, turns: 12, failures: 0 });
    expect(result.latenciesMs).toHaveLength(12);
  });

  it('drives the echo bot on the same stack, which echoes each message', async () => {
    const result = await runLoad({ url: echoUrl, concurrency: 2, scripts, runId: 'test-echo', conversations: 4 });
    expect(result).toMatchObject({ conversations: 4, turns: 12, failures: 0 });
    const response = await fetch(`${echoUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        channelId: 'webchat',
        serviceUrl: 'http://127.0.0.1:9',
        deliveryMode: 'expectReplies',
        conversation: { id: 'echo-check' },
        from: { id: 'member' },
        recipient: { id: 'bot' },
        text: 'how do I pay my bill',
      }),
    });
    const { activities } = (await response.json()) as { activities: { type: string; text?: string }[] };
    expect(activities).toEqual([expect.objectContaining({ type: 'message', text: 'You said: how do I pay my bill' })]);
  });

  it('counts a reply without a message as a failure', async () => {
    const connector = await startConnectorRecorder();
    try {
      const result = await runLoad({ url: connector.url, concurrency: 1, scripts, runId: 'test-none', conversations: 1 });
      expect(result).toMatchObject({ turns: 3, failures: 3, firstFailure: 'no message in the reply' });
    } finally {
      await connector.close();
    }
  });

  it('stops by itself after the time given', async () => {
    const result = await runLoad({ url: echoUrl, concurrency: 2, scripts, runId: 'test-time', durationMs: 300 });
    expect(result.failures).toBe(0);
    expect(result.turns).toBeGreaterThan(0);
  });
});
