import { PAGE_SIZE } from '../../bot/directline/conversationStore';
import { DirectLineClient } from '../support/directLineClient';
import { startServer, type RunningServer } from '../support/runningServer';

const COLORADO_LINE = 'Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)';

describe('local Direct Line (no app credentials)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('starts a conversation with the welcome, then answers with the region picked from buttons', async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    expect(member.connection).toMatchObject({ domain: '/v3/directline', webSocket: false, expiresIn: 1800 });

    const welcome = await member.waitForBot((activity) => /Member Care assistant/.test(activity.text ?? ''));
    expect(welcome.text).toContain('call 911');

    expect((await member.say('How do I get a new ID card?')).status).toBe(200);
    const regionQuestion = await member.waitForBot((activity) => Boolean(activity.suggestedActions));
    expect(regionQuestion.suggestedActions?.actions.map((action) => action.title)).toContain('Colorado');

    await member.say('Colorado');
    const answer = await member.waitForBot((activity) => (activity.text ?? '').includes('303-338-3800'));
    expect(answer.text).toContain(COLORADO_LINE);
  });

  it("keeps the member's own messages in the transcript, in order, under the token's user id", async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    await member.waitForBot((activity) => /Member Care assistant/.test(activity.text ?? ''));
    await member.say('How do I pay my bill?');
    await member.waitForBot(() => true);

    const mine = member.seen.filter((activity) => activity.from.role === 'user');
    expect(mine.map((activity) => activity.text)).toEqual(['How do I pay my bill?']);
    // The client claimed to be "anyone"; Direct Line speaks for the token's user.
    expect(mine[0]?.from.id).toBe(member.connection.userId);
    const ids = member.seen.map((activity) => activity.id);
    expect([...ids].sort()).toEqual(ids);
  });

  it("gives every conversation its own id and token, and a token opens only its own conversation", async () => {
    const alice = await DirectLineClient.connect(server.baseUrl);
    const bob = await DirectLineClient.connect(server.baseUrl);
    expect(alice.connection.conversationId).not.toBe(bob.connection.conversationId);
    expect(alice.connection.token).not.toBe(bob.connection.token);
    expect(alice.connection.token.length).toBeGreaterThanOrEqual(43);

    await alice.say('My member ID is 12345678 and I need my bill');
    const readWithBobsToken = await alice.request('GET', `${alice.conversationUrl}/activities`, undefined, bob.connection.token);
    expect(readWithBobsToken.status).toBe(403);
    expect(await readWithBobsToken.text()).not.toContain('12345678');

    const postWithBobsToken = await alice.request('POST', `${alice.conversationUrl}/activities`, { type: 'message', text: 'hi' }, bob.connection.token);
    expect(postWithBobsToken.status).toBe(403);
    for (const token of ['', 'not-a-token']) {
      expect((await alice.request('GET', `${alice.conversationUrl}/activities`, undefined, token)).status).toBe(403);
    }

    await bob.waitForBot(() => true);
    expect(JSON.stringify(bob.seen)).not.toContain('12345678');
  });

  it('pages activities by watermark: each poll returns only what is new', async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    await member.waitForBot((activity) => /Member Care assistant/.test(activity.text ?? ''));
    const afterWelcome = member.watermark;
    expect((await member.getPage(afterWelcome)).activities).toEqual([]);

    // The bot's own connector route, as its replies arrive: more than one page of them.
    const url = `${server.baseUrl}/v3/conversations/${member.connection.conversationId}/activities`;
    for (let index = 0; index < PAGE_SIZE + 5; index += 1) {
      const posted = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text: `line ${index}` }) });
      expect(posted.status).toBe(200);
    }
    const first = await member.getPage(afterWelcome);
    expect(first.activities).toHaveLength(PAGE_SIZE);
    expect(first.activities[0]?.text).toBe('line 0');
    const second = await member.getPage(first.watermark);
    expect(second.activities.map((activity) => activity.text)).toEqual(['line 50', 'line 51', 'line 52', 'line 53', 'line 54']);
    expect(Number(second.watermark)).toBe(Number(afterWelcome) + PAGE_SIZE + 5);
    expect((await member.getPage(second.watermark)).activities).toEqual([]);
  });

  it('refreshes a token for the same conversation', async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    const refreshed = await member.request('POST', '/tokens/refresh');
    expect(refreshed.status).toBe(200);
    const { token, conversationId } = (await refreshed.json()) as { token: string; conversationId: string };
    expect(conversationId).toBe(member.connection.conversationId);
    expect(token).not.toBe(member.connection.token);
    expect((await member.request('GET', `${member.conversationUrl}/activities`, undefined, token)).status).toBe(200);
  });

  it('answers bad requests clearly and keeps working', async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    const badWatermark = await member.request('GET', `${member.conversationUrl}/activities?watermark=abc`);
    expect(badWatermark.status).toBe(400);
    expect(await badWatermark.json()).toEqual({ error: { code: 'BadArgument', message: 'watermark must be a whole number' } });
    expect((await member.request('POST', `${member.conversationUrl}/activities`, { text: 'no type' })).status).toBe(400);
    expect((await member.request('POST', `${member.conversationUrl}/activities`, { type: 'message', text: 'x'.repeat(10_001) })).status).toBe(400);
    const toNowhere = await fetch(`${server.baseUrl}/v3/conversations/no-such-conversation/activities`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello' }),
    });
    expect(toNowhere.status).toBe(404);

    await member.say('How do I pay my bill?');
    await member.waitForBot((activity) => /bill/i.test(activity.text ?? ''));
  });
});

describe('a member sending faster than the bot allows', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_PER_CONVERSATION: '2' });
  });
  afterAll(() => server.close());

  it("passes the bot's 429 on, so Web Chat shows the message as not sent", async () => {
    const member = await DirectLineClient.connect(server.baseUrl);
    expect((await member.say('How do I pay my bill?')).status).toBe(200);
    expect((await member.say('ID card')).status).toBe(200);
    const third = await member.say('Pharmacy');
    expect(third.status).toBe(429);
    expect(await third.json()).toEqual({ error: { code: 'TooManyRequests', message: 'Too many messages. Please wait a moment and try again.' } });
  });
});

describe('with app credentials', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-used-here' });
  });
  afterAll(() => server.close());

  it('turns the local Direct Line off and says the page needs DIRECTLINE_SECRET', async () => {
    const start = await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(start.status).toBe(404);
    const reply = await fetch(`${server.baseUrl}/v3/conversations/any/activities`, { method: 'POST' });
    expect(reply.status).toBe(404);
    const token = await fetch(`${server.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(token.status).toBe(503);
    expect(await token.json()).toMatchObject({ error: { message: expect.stringContaining('DIRECTLINE_SECRET') } });
  });
});
