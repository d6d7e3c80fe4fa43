import { BoundedMemoryStorage } from '../../bot/boundedMemoryStorage';
import { createStorage } from '../../bot/storage';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logging/logger';
import { memberConversation, textOf } from '../support/memberConversation';

const HOUR = 60 * 60 * 1000;

describe('BoundedMemoryStorage keeps botbuilder MemoryStorage’s behaviour', () => {
  it('reads what was written (a copy, with an eTag), and nothing for unknown keys', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 10, ttlMs: HOUR });
    const item = { region: 'hawaii' };
    await storage.write({ a: item });
    item.region = 'changed after writing';
    const read = await storage.read(['a', 'missing']);
    expect(read).toEqual({ a: { region: 'hawaii', eTag: expect.any(String) } });
  });

  it('refuses a write with a stale eTag, and accepts the current one or "*"', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 10, ttlMs: HOUR });
    await storage.write({ a: { n: 1 } });
    const { a: first } = await storage.read(['a']);
    await storage.write({ a: { ...first, n: 2 } });
    await expect(storage.write({ a: { ...first, n: 3 } })).rejects.toThrow('eTag conflict');
    await storage.write({ a: { n: 4, eTag: '*' } });
    expect((await storage.read(['a'])).a.n).toBe(4);
  });

  it('deletes', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 10, ttlMs: HOUR });
    await storage.write({ a: { n: 1 } });
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
  });
});

describe('in-memory state is bounded', () => {
  it('100,000 conversations leave at most the cap in memory, the most recent ones', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 20_000, ttlMs: HOUR });
    for (let conversation = 0; conversation < 100_000; conversation++) {
      await storage.write({ [`webchat/conversations/c${conversation}/`]: { dialogState: { dialogStack: [] }, memberCareFlags: { misses: 0 } } });
    }
    expect(storage.size).toBe(20_000);
    expect(await storage.read(['webchat/conversations/c0/'])).toEqual({});
    expect(Object.keys(await storage.read(['webchat/conversations/c99999/']))).toHaveLength(1);
  });

  it('an entry expires after the time-to-live since it was last used', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 100, ttlMs: 40 });
    await storage.write({ a: { n: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await storage.read(['a'])).toEqual({});
  });

  it('through the whole bot: 300 members with a cap of 100 entries, and the latest member’s region is still remembered', async () => {
    const storage = new BoundedMemoryStorage({ maxEntries: 100, ttlMs: HOUR });
    const bot = memberConversation('test', storage);
    const member = (index: number) => ({ from: { id: `member-${index}`, name: 'Member' }, conversation: { id: `conversation-${index}`, name: '', isGroup: false, conversationType: 'personal' } });
    for (let index = 0; index < 300; index++) await bot.say("I'm in Honolulu, what is the member services number?", member(index));
    expect(storage.size).toBeLessThanOrEqual(100);
    expect(textOf(await bot.say('how do I get a new ID card', member(299)))).toContain('808-432-5955');
  });

  it('npm start uses it, from STATE_MAX_ENTRIES and STATE_TTL_MINUTES', async () => {
    const config = loadConfig({ STATE_MAX_ENTRIES: '150', STATE_TTL_MINUTES: '5' });
    const storage = createStorage(config, createLogger('silent'));
    for (let key = 0; key < 400; key++) await storage.write({ [`k${key}`]: { n: key } });
    const read = await storage.read(Array.from({ length: 400 }, (_, key) => `k${key}`));
    expect(Object.keys(read)).toHaveLength(150);
  });
});
