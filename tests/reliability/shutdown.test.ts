import { spawn } from 'node:child_process';
import path from 'node:path';
import { closeGracefully } from '../../bot/shutdown';
import { exchange, messageTexts, webChatActivity } from '../support/activities';
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


describe('npm start, on SIGTERM', () => {
  it('logs the shutdown and exits with code 0', async () => {
    const root = path.join(__dirname, '..', '..');
    const port = await freePort();
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['bot/index.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info', MicrosoftAppId: '', MicrosoftAppPassword: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let poll = 0; poll < 300 && !output.includes('member care bot listening'); poll++) await new Promise((resolve) => setTimeout(resolve, 100));
      const { status, replies } = await exchange(`http://127.0.0.1:${port}`, webChatActivity('child', { text: 'how do I get a new ID card' }));
      expect(status).toBe(200);
      expect(messageTexts(replies).length).toBeGreaterThan(0);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"shutting down"');
      expect(output).toContain('"msg":"turns in flight finished"');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
