import { kb } from '../support/memberConversation';
import { exchange, messageTexts, postActivity, webChatActivity } from '../support/activities';
import { startBot, type RunningBot } from '../support/runningBot';
import { MAX_MESSAGE_CHARS } from '../../bot/normalizeIncoming';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

let conversationCount = 0;
const send = (extra: Record<string, unknown>) => exchange(bot.url, webChatActivity(`hostile-${++conversationCount}`, extra));
const menuTitles = kb.topics.size > 0 ? ['Pay a bill'] : [];

describe('every kind of message gets a clear reply', () => {
  it.each([
    ['empty text', { text: '' }],
    ['whitespace only', { text: ' \n\t  ' }],
    ['no text at all', {}],
  ])('%s: "I didn\'t get any text", with the menu', async (_name, extra) => {
    const { status, replies } = await send(extra);
    expect(status).toBe(200);
    expect(messageTexts(replies)).toEqual([expect.stringContaining("I didn't get any text")]);
    expect(JSON.stringify(replies)).toContain(menuTitles[0]);
  });

  it('emoji only: an answer that says what the bot can do, not an error', async () => {
    const { status, replies } = await send({ text: '😀🙏🏽👍' });
    expect(status).toBe(200);
    const texts = messageTexts(replies);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).not.toContain('something went wrong');
  });

  it('an attachment with no text: told to type the question, or use secure messaging on kp.org', async () => {
    const { status, replies } = await send({ attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/card.png' }] });
    expect(status).toBe(200);
    expect(messageTexts(replies)).toEqual([expect.stringContaining("I can't open attachments here")]);
  });

  it('an Adaptive Card submit (a value, no text): asked to type the question', async () => {
    const { status, replies } = await send({ value: { action: 'submit', memberId: '12345678' } });
    expect(status).toBe(200);
    expect(messageTexts(replies)).toEqual([expect.stringContaining("I didn't get any text")]);
  });

  it('a 10,000-character message is answered from its start', async () => {
    const text = `How do I pay my bill? I live in Oakland. ${'I have been trying for a long time and nothing works. '.repeat(200)}`.slice(0, 10_000);
    expect(text.length).toBe(10_000);
    const { status, replies } = await send({ text });
    expect(status).toBe(200);
    expect(messageTexts(replies).join('\n').toLowerCase()).toContain('bill');
  });

  it('a message longer than the part the bot reads is cut before recognition', async () => {
    const { replies } = await exchange(bot.url, webChatActivity('hostile-long-trace', { channelId: 'emulator', text: `${'a'.repeat(MAX_MESSAGE_CHARS)} emergency chest pain` }));
    const trace = replies.find((reply) => reply.type === 'trace') as { value?: { emergency: boolean } } | undefined;
    expect(trace?.value?.emergency).toBe(false);
  });
});

describe('activities that need no answer get none, and nothing breaks', () => {
  it.each([
    ['typing', { type: 'typing' }],
    ['a message reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
    ['endOfConversation', { type: 'endOfConversation', code: 'completedSuccessfully' }],
    ['an unknown type', { type: 'somethingNew', value: { x: 1 } }],
  ])('%s: 200 and no reply', async (_name, extra) => {
    const { status, replies } = await send(extra);
    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('endOfConversation forgets the conversation: a miss before it does not count towards the handoff', async () => {
    const conversation = webChatActivity('hostile-eoc');
    const unmatched = (id: string) => exchange(bot.url, { ...conversation, id, text: 'purple elephants dancing on the moon' });
    expect(messageTexts((await unmatched('first')).replies).join('\n')).toContain("Sorry, I can't help with that here.");
    await exchange(bot.url, { ...conversation, id: 'eoc', type: 'endOfConversation' });
    const after = messageTexts((await unmatched('second')).replies).join('\n');
    expect(after).toContain("Sorry, I can't help with that here.");
    expect(after).not.toContain('A person at Member Services can help');
  });

  it('without endOfConversation, the second miss in a row hands off (the control for the test above)', async () => {
    const conversation = webChatActivity('hostile-no-eoc');
    await exchange(bot.url, { ...conversation, id: 'first', text: 'purple elephants dancing on the moon' });
    const second = await exchange(bot.url, { ...conversation, id: 'second', text: 'purple elephants dancing on the moon' });
    expect(messageTexts(second.replies).join('\n')).toContain('A person at Member Services can help');
  });
});

describe('requests that are not Bot Framework activities get a 4xx that says why', () => {
  it.each([
    ['malformed JSON', '{"type": "message", "text": ', 400, /Invalid JSON/],
    ['a JSON array', '[1, 2, 3]', 400, /must be an activity/],
    ['a JSON string', '"hello"', 400, /must be an activity/],
  ])('%s → %i', async (_name, body, status, message) => {
    const response = await postActivity(bot.url, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
  });

  it.each([
    ['no type', { type: undefined }, 'activity.type is required'],
    ['a numeric type', { type: 7 }, 'activity.type must be a string'],
    ['no from', { from: undefined }, 'activity.from is required'],
    ['a from without id', { from: { name: 'x' } }, 'activity.from.id is required'],
    ['no conversation', { conversation: undefined }, 'activity.conversation is required'],
    ['a conversation that is a string', { conversation: 'abc' }, 'activity.conversation must be an object'],
    ['no serviceUrl', { serviceUrl: undefined }, 'activity.serviceUrl is required'],
    ['text that is a number', { text: 42 }, 'activity.text must be a string'],
  ])('%s → 400 "%s"', async (_name, extra, problem) => {
    const response = await postActivity(bot.url, webChatActivity('hostile-bad', { text: 'hi', ...extra }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BadRequest', message: `Not a Bot Framework activity: ${problem}.` });
  });

  it('a body over 256 KiB → 413 with a clear message, and the bot keeps answering', async () => {
    const response = await postActivity(bot.url, webChatActivity('hostile-big', { text: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PayloadTooLarge', message: expect.stringContaining('larger than 256 KiB') });
    const after = await send({ text: 'how do I pay my bill' });
    expect(after.status).toBe(200);
    expect(messageTexts(after.replies).length).toBeGreaterThan(0);
  });

  it('a GET on the messaging endpoint is not served', async () => {
    const response = await fetch(`${bot.url}/api/messages`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
