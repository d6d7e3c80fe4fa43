import { exchange, messageTexts, postActivity, webChatActivity } from '../support/activities';
import { startBot, type RunningBot } from '../support/runningBot';

describe('the per-conversation limit (default: 30 messages a minute)', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot.close());

  it('a member sending 30 messages in a minute (faster than anyone types) gets 30 answers; the 31st gets 429 with Retry-After', async () => {
    const conversation = webChatActivity('rate-busy');
    for (let turn = 1; turn <= 30; turn++) {
      const { status, replies } = await exchange(bot.url, { ...conversation, id: `m${turn}`, text: 'how do I get a new ID card' });
      expect(status).toBe(200);
      expect(messageTexts(replies).length).toBeGreaterThan(0);
    }
    const refused = await postActivity(bot.url, { ...conversation, id: 'm31', text: 'how do I get a new ID card' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ code: 'TooManyRequests', message: expect.stringContaining('Please wait') });
  });

  it('another conversation from the same address is not affected', async () => {
    const { status, replies } = await exchange(bot.url, webChatActivity('rate-neighbour', { text: 'how do I get a new ID card' }));
    expect(status).toBe(200);
    expect(messageTexts(replies).length).toBeGreaterThan(0);
  });

  it('in a group chat each member has their own allowance', async () => {
    const group = (member: string, id: string) =>
      webChatActivity('rate-group', { id, channelId: 'msteams', conversation: { id: 'rate-group', isGroup: true }, from: { id: member }, text: 'how do I get a new ID card' });
    for (let turn = 1; turn <= 30; turn++) expect((await postActivity(bot.url, group('busy-member', `b${turn}`))).status).toBe(200);
    expect((await postActivity(bot.url, group('busy-member', 'b31'))).status).toBe(429);
    const { status, replies } = await exchange(bot.url, group('quiet-member', 'q1'));
    expect(status).toBe(200);
    expect(messageTexts(replies).length).toBeGreaterThan(0);
  });

  it('typing indicators do not count: 60 of them, then a message is still answered', async () => {
    const conversation = webChatActivity('rate-typist');
    for (let indicator = 0; indicator < 60; indicator++) {
      expect((await postActivity(bot.url, { ...conversation, id: `t${indicator}`, type: 'typing' })).status).toBe(200);
    }
    const { status, replies } = await exchange(bot.url, { ...conversation, id: 'question', text: 'how do I get a new ID card' });
    expect(status).toBe(200);
    expect(messageTexts(replies).length).toBeGreaterThan(0);
  });
});

describe('the per-address limit', () => {
  it('counts every request from one address, across conversations, and answers 429 with Retry-After past it', async () => {
    const bot = await startBot({ RATE_LIMIT_PER_ADDRESS: '12' });
    try {
      for (let request = 0; request < 12; request++) {
        expect((await exchange(bot.url, webChatActivity(`rate-address-${request}`, { text: 'hi' }))).status).toBe(200);
      }
      const refused = await postActivity(bot.url, webChatActivity('rate-address-13', { text: 'hi' }));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await refused.json()).toEqual({ code: 'TooManyRequests', message: expect.stringContaining('this address') });
      // The same count covers the Web Chat token endpoint and the page; the health probe is never limited.
      expect((await fetch(`${bot.url}/api/directline/token`, { method: 'POST' })).status).toBe(429);
      expect((await fetch(`${bot.url}/`)).status).toBe(429);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    } finally {
      await bot.close();
    }
  });
});
