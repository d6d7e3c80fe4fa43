import fc from 'fast-check';
import { APOLOGY } from '../../bot/adapter';
import { exchange, messageTexts, postActivity } from '../support/activities';
import { startBot, type RunningBot } from '../support/runningBot';

// Thousands of HTTP turns: generous time on a busy 2-core machine (about 15 s when idle).
const PROPERTY_TIMEOUT_MS = 180_000;

// Limits are tested in rateLimit.test.ts; here thousands of requests from one address must all reach the bot.
const UNLIMITED = { RATE_LIMIT_PER_ADDRESS: '1000000', RATE_LIMIT_PER_CONVERSATION: '1000000' };

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot(UNLIMITED);
});
afterAll(() => bot.close());

const phrases = fc.constantFrom(
  'how do I pay my bill',
  "my husband isn't breathing",
  'I moved to Georgia',
  'Washington',
  'start over',
  'help',
  '30303',
  'Not sure',
  '<at>Member Care</at> id card',
  '😀🙏🏽',
  '\u0000\u200b\ufeff',
  '',
  '   ',
);
const text = fc.oneof(
  phrases,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.tuple(phrases, fc.string({ minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 600 })).map(([start, filler, times]) => `${start} ${filler.repeat(times)}`.slice(0, 10_000)),
);
const account = fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }), name: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }, { requiredKeys: ['id'] });
const activityType = fc.constantFrom('message', 'message', 'message', 'typing', 'messageReaction', 'endOfConversation', 'conversationUpdate', 'event', 'invoke', 'installationUpdate', 'handoff', 'somethingElse');

const activity = fc.record(
  {
    type: activityType,
    id: fc.string({ maxLength: 40 }),
    channelId: fc.constantFrom('webchat', 'directline', 'emulator', 'msteams', 'test'),
    conversation: account,
    from: account,
    recipient: account,
    text,
    attachments: fc.array(fc.record({ contentType: fc.constantFrom('image/png', 'application/vnd.microsoft.card.adaptive', 'text/plain'), content: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 2 }),
    value: fc.jsonValue({ maxDepth: 3 }),
    membersAdded: fc.array(account, { maxLength: 2 }),
    reactionsAdded: fc.array(fc.record({ type: fc.constantFrom('like', 'heart', 'laugh') }), { maxLength: 2 }),
    name: fc.string({ maxLength: 30 }),
    locale: fc.constantFrom('en-US', 'es-US', 'zh', 'not a locale'),
    entities: fc.array(fc.record({ type: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
  },
  { requiredKeys: ['type', 'channelId', 'conversation', 'from'] },
).map((generated) => ({ ...generated, serviceUrl: 'http://127.0.0.1:9', deliveryMode: 'expectReplies' }));

describe('generated activities', () => {
  it('never get a 5xx or a failed turn (the apology), and every message gets at least one reply', async () => {
    await fc.assert(
      fc.asyncProperty(activity, async (generated) => {
        const { status, replies } = await exchange(bot.url, generated);
        expect(status).toBe(200);
        expect(messageTexts(replies)).not.toContain(APOLOGY);
        if (generated.type === 'message') expect(replies.filter((reply) => reply.type === 'message').length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, PROPERTY_TIMEOUT_MS);
});

const envelopeField = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
const malformed = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .record({ type: envelopeField, channelId: envelopeField, serviceUrl: envelopeField, conversation: envelopeField, from: envelopeField, text: envelopeField, deliveryMode: fc.constantFrom('expectReplies', 'normal', undefined) })
    .map((value) => JSON.stringify(value)),
);

describe('generated bodies that are not activities', () => {
  it('get a 4xx or are answered, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(malformed, async (body) => {
        const response = await postActivity(bot.url, body);
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 1000 },
    );
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  }, PROPERTY_TIMEOUT_MS);
});
