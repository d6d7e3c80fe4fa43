import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { INSIGHTS_FILE_NAME } from '../../bot/insights/insightsFile';
import { closeGracefully } from '../../bot/shutdown';
import { exchange, messageTexts, postActivity, webChatActivity } from '../support/activities';
import { startBotProcess } from '../support/botProcess';
import { GatedStorage } from '../support/faultyStorage';
import { startBot } from '../support/runningBot';
import { freePort } from '../../scripts/loadtest/freePort';

describe('a graceful shutdown', () => {
  it('finishes the turn in flight (the member gets the answer), refuses new requests, then closes', async () => {
    const storage = new GatedStorage();
    const bot = await startBot({}, { storage: () => storage });
    const inFlight = exchange(bot.url, webChatActivity('drain-in-flight', { text: "I'm in Honolulu, what is the member services number?" }));
    for (let poll = 0; poll < 500 && bot.turns.size === 0; poll++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(bot.turns.size).toBe(1);

    let closed = false;
    const closing = closeGracefully(bot.server, bot.turns, bot.logger).then(() => (closed = true));
    const refused = await exchange(bot.url, webChatActivity('drain-late', { text: 'hi' })).then(
      (late) => late.status,
      () => 'connection refused',
    );
    expect([503, 'connection refused']).toContain(refused);
    expect(closed).toBe(false);

    storage.open();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(messageTexts(answered.replies).join('\n')).toContain('808-432-5955');
    await closing;
    expect(closed).toBe(true);
    expect(bot.turns.size).toBe(0);
  });
});


/** A loopback channel connector that holds the bot's replies until released: a turn stays in flight as long as the test needs. */
async function startHoldingConnector(): Promise<{ url: string; received: string[]; release(): void; close(): Promise<void> }> {
  const received: string[] = [];
  let released = false;
  const held: Array<() => void> = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(body);
      const answer = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `r${received.length}` }));
      };
      if (released) answer();
      else held.push(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    release: () => {
      released = true;
      held.splice(0).forEach((answer) => answer());
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const poll = async (done: () => boolean) => {
  for (let attempt = 0; attempt < 300 && !done(); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
};

describe('npm start, on SIGTERM', () => {
  it('waits for the turn in flight to send its reply, refuses new messages meanwhile, then exits 0', async () => {
    const root = path.join(__dirname, '..', '..');
    const port = await freePort();
    const connector = await startHoldingConnector();
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['bot/index.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info', MicrosoftAppId: '', MicrosoftAppPassword: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let exitedAt: number | undefined;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => ((exitedAt = Date.now()), resolve(code))));
    try {
      await poll(() => output.includes('member care bot listening'));
      const baseUrl = `http://127.0.0.1:${port}`;
      // Normal delivery: the reply is POSTed to the connector, which holds it, so the turn stays in flight.
      const inFlight = postActivity(baseUrl, { ...webChatActivity('child-in-flight', { text: "I'm in Honolulu, what is the member services number?" }), deliveryMode: undefined, serviceUrl: connector.url });
      await poll(() => connector.received.length > 0);
      expect(connector.received).toHaveLength(1);

      child.kill('SIGTERM');
      await poll(() => output.includes('"msg":"shutting down"'));
      const late = await exchange(baseUrl, webChatActivity('child-late', { text: 'hi' })).then(
        (response) => response.status,
        () => 'connection refused',
      );
      expect([503, 'connection refused']).toContain(late);
      expect(exitedAt).toBeUndefined();

      const releasedAt = Date.now();
      connector.release();
      expect((await inFlight).status).toBe(200);
      expect(await exited).toBe(0);
      expect(exitedAt).toBeGreaterThanOrEqual(releasedAt);
      expect(connector.received.join('\n')).toContain('808-432-5955');
      expect(output).toContain('"inFlight":1');
      expect(output).toContain('"msg":"turns in flight finished"');
    } finally {
      child.kill('SIGKILL');
      await connector.close();
    }
  }, 90_000);

  it('writes the insights it holds in memory: a question asked just before is in the file afterwards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'insights-shutdown-'));
    // An hour between writes: only the shutdown can have written the file.
    const bot = await startBotProcess({ INSIGHTS_DIR: dir, INSIGHTS_WRITE_SECONDS: '3600' });
    const replies = await bot.send(webChatActivity('insights-before-sigterm', { text: 'what is the weather on mars' }));
    expect(replies.some((reply) => reply.type === 'message')).toBe(true);
    await bot.stop();
    const insights = JSON.parse(readFileSync(path.join(dir, INSIGHTS_FILE_NAME), 'utf8'));
    expect(insights.unmatched['what is the weather on mars']).toMatchObject({ count: 1 });
  }, 90_000);
});
