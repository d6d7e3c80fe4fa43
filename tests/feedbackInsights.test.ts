import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatInsightsReport, leastHelpful, mostCommonUnmatched } from '../bot/insights/insightsReport';
import { JsonFileInsightsStore, MAX_UNMATCHED } from '../bot/insights/insightsStore';
import { projectRoot } from '../knowledge/projectRoot';
import { buttons, startChat, type Chat } from './support/chatHarness';

const NOW = new Date('2026-03-24T15:30:00Z');
/** What the file holds once the store has written what it keeps in memory (it does so within a second, and on shutdown). */
const onDisk = async (chat: Chat) => {
  await chat.insights.flush();
  return JSON.parse(readFileSync(chat.insightsFile, 'utf8'));
};

describe('"Was this helpful?"', () => {
  test('a topic answer ends with thumbs; 👎 is counted for that intent on disk and offers a person', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('I live in Oakland');
    const answer = await chat.say('how do I pay my bill');
    const choices = buttons(answer[0]);
    expect(choices.slice(-2)).toEqual(['👍 Helpful', '👎 Not helpful']);
    expect(choices.length).toBeLessThanOrEqual(5);
    const reply = await chat.text('👎 Not helpful');
    expect(reply).toContain("sorry that didn't help");
    expect(reply).toContain('California Member Services: 1-800-464-4000 (TTY 711)');
    expect((await onDisk(chat)).ratings).toEqual({ billing: { up: 0, down: 1 } });
  });

  test('👍 is counted once; the same topic again does not ask again, a new topic does', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('I live in Denver');
    await chat.say('I need a new ID card');
    expect(await chat.text('👍 Helpful')).toContain('Thanks for letting me know');
    expect(await chat.text('👍 Helpful')).toContain('Thanks for letting me know');
    expect(buttons((await chat.say('I need a new ID card'))[0])).not.toContain('👍 Helpful');
    expect(buttons((await chat.say('how do I refill my prescription'))[0])).toContain('👍 Helpful');
    expect((await onDisk(chat)).ratings).toEqual({ 'id-card': { up: 1, down: 0 } });
  });

  test('small talk, out-of-scope replies and the 911 message carry no thumbs', async () => {
    const chat = startChat({ now: NOW });
    for (const message of ['hello', "what's the weather on mars", 'my husband is not breathing']) {
      for (const activity of await chat.say(message)) expect(buttons(activity)).not.toContain('👍 Helpful');
    }
  });
});

describe('unmatched questions', () => {
  test('are kept masked and counted, and never with the member ID', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('what is the weather on mars');
    await chat.say('hello');
    await chat.say('What is the   weather on Mars');
    await chat.say('my member id is 12345678, call me at 510-555-0199 about the weather on mars');
    const { unmatched } = await onDisk(chat);
    expect(unmatched['what is the weather on mars']).toEqual({ count: 2, lastSeen: NOW.toISOString() });
    const stored = JSON.stringify(unmatched);
    expect(stored).not.toMatch(/12345678|555-0199/);
    expect(stored).toContain('[phone]');
  });

  test('the store keeps the commonest questions when full', async () => {
    const store = new JsonFileInsightsStore(undefined);
    await store.recordUnmatched('kept question');
    await store.recordUnmatched('kept question');
    for (let index = 0; index < MAX_UNMATCHED + 5; index += 1) await store.recordUnmatched(`question ${index}`);
    const { unmatched } = await store.read();
    expect(Object.keys(unmatched)).toHaveLength(MAX_UNMATCHED);
    expect(unmatched['kept question']?.count).toBe(2);
  });

  test('an unreadable insights file is reported and left as it was', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'insights-bad-'));
    const file = path.join(dir, 'insights.json');
    writeFileSync(file, '{ not json');
    const errors: string[] = [];
    const store = new JsonFileInsightsStore(file, () => NOW, (error) => errors.push(error.message));
    await store.recordRating('billing', 'up');
    await store.flush();
    expect(errors[0]).toContain('is not valid JSON');
    expect(readFileSync(file, 'utf8')).toBe('{ not json');
  });
});

describe('npm run insights', () => {
  const insights = {
    ratings: { billing: { up: 1, down: 3 }, 'id-card': { up: 5, down: 0 }, pharmacy: { up: 1, down: 1 } },
    unmatched: {
      'parking at the medical center': { count: 4, lastSeen: '2026-03-01T00:00:00.000Z' },
      'weather on mars': { count: 1, lastSeen: '2026-03-01T00:00:00.000Z' },
      'my member [id] and dental': { count: 2, lastSeen: '2026-03-01T00:00:00.000Z' },
    },
  };

  test('least helpful intents first, commonest unmatched first', () => {
    expect(leastHelpful(insights, 10).map((row) => row.intent)).toEqual(['billing', 'pharmacy', 'id-card']);
    expect(mostCommonUnmatched(insights, 2).map((row) => row.question)).toEqual(['parking at the medical center', 'my member [id] and dental']);
    expect(formatInsightsReport({ ratings: {}, unmatched: {} })).toContain('(no ratings yet)');
  });

  test('prints both tables from the file under INSIGHTS_DIR', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'insights-cli-'));
    writeFileSync(path.join(dir, 'insights.json'), JSON.stringify(insights));
    const output = execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/insights.ts'], {
      cwd: projectRoot(),
      env: { ...process.env, INSIGHTS_DIR: dir },
      encoding: 'utf8',
    });
    const lines = output.split('\n');
    expect(lines.findIndex((line) => line.startsWith('billing'))).toBeLessThan(lines.findIndex((line) => line.startsWith('id-card')));
    expect(output).toMatch(/billing\s+1\s+3\s+25%/);
    expect(output).toMatch(/4\s+parking at the medical center/);
  });
});
