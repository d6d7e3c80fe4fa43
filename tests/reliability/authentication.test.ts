import { messageTexts, postActivity, webChatActivity, exchange } from '../support/activities';
import { channelToken, newSigningKey, startOpenIdMetadata, startSilentServer, type SigningKey } from '../support/botFrameworkTokens';
import { startBot, startConnectorRecorder, type RunningBot } from '../support/runningBot';

const APP_ID = '00000000-0000-0000-0000-00000000a11d';
const credentials = { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-password-not-used-for-inbound' };

let trusted: SigningKey;
let attacker: SigningKey;
let metadata: Awaited<ReturnType<typeof startOpenIdMetadata>>;
let connector: Awaited<ReturnType<typeof startConnectorRecorder>>;
let bot: RunningBot;

beforeAll(async () => {
  trusted = newSigningKey('bf-key-1');
  attacker = newSigningKey('attacker-key');
  metadata = await startOpenIdMetadata([trusted]);
  connector = await startConnectorRecorder();
  bot = await startBot({ ...credentials, BotOpenIdMetadata: metadata.metadataUrl, RATE_LIMIT_PER_CONVERSATION: '3' });
});
afterAll(async () => {
  await bot.close();
  await connector.close();
  await metadata.close();
});

/** A normal (not expectReplies) message: a reply would be POSTed to the recorder. */
const message = (conversationId: string) => ({ ...webChatActivity(conversationId, { text: 'how do I pay my bill' }), deliveryMode: undefined, serviceUrl: connector.url });

describe('with app credentials, only the Bot Framework gets in', () => {
  it.each([
    ['no Authorization header', () => ({})],
    ['a header that is not a bearer token', () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a malformed token', () => ({ authorization: 'Bearer not.a.jwt' })],
    ['a well-formed token signed by the wrong key (the trusted key id)', () => ({ authorization: `Bearer ${channelToken(attacker, { appId: APP_ID, serviceUrl: connector.url }, trusted.kid)}` })],
    ['a well-formed token signed by an unknown key', () => ({ authorization: `Bearer ${channelToken(attacker, { appId: APP_ID, serviceUrl: connector.url })}` })],
    ['a genuine token for another bot', () => ({ authorization: `Bearer ${channelToken(trusted, { appId: 'another-bot', serviceUrl: connector.url })}` })],
    ['a genuine token for another serviceUrl', () => ({ authorization: `Bearer ${channelToken(trusted, { appId: APP_ID, serviceUrl: 'http://127.0.0.1:1' })}` })],
  ])('%s → 401, and no reply is sent', async (_name, headers) => {
    const before = connector.received.length;
    const response = await postActivity(bot.url, message('auth-rejected'), headers());
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('"Unauthorized: no valid Bot Framework token."');
    expect(connector.received.length).toBe(before);
  });

  it('a genuine token is let in and answered (the control: the rejections above are about the token)', async () => {
    const token = channelToken(trusted, { appId: APP_ID, serviceUrl: 'http://127.0.0.1:9' });
    const { status, replies } = await exchange(bot.url, webChatActivity('auth-genuine', { text: "I'm in Honolulu, what is the member services number?" }), { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(messageTexts(replies).join('\n')).toContain('808-432-5955');
  });

  it('failed requests do not use up a member’s allowance: the genuine message after many forged ones is answered', async () => {
    const forged = { authorization: `Bearer ${channelToken(attacker, { appId: APP_ID, serviceUrl: 'http://127.0.0.1:9' }, trusted.kid)}` };
    for (let attempt = 0; attempt < 6; attempt++) {
      expect((await postActivity(bot.url, webChatActivity('auth-victim', { text: 'hello' }), forged)).status).toBe(401);
    }
    const genuine = { authorization: `Bearer ${channelToken(trusted, { appId: APP_ID, serviceUrl: 'http://127.0.0.1:9' })}` };
    const { status, replies } = await exchange(bot.url, webChatActivity('auth-victim', { text: 'how do I pay my bill' }), genuine);
    expect(status).toBe(200);
    expect(messageTexts(replies).length).toBeGreaterThan(0);
  });

  it.each([
    ['POST', '/v3/directline/conversations'],
    ['POST', '/v3/directline/tokens/generate'],
    ['POST', '/v3/conversations/any/activities'],
  ])('the local Direct Line is off: %s %s → 404', async (method, path) => {
    const response = await fetch(`${bot.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
  });
});

describe('without app credentials (local use), the same local Direct Line route is on', () => {
  it('POST /v3/directline/conversations is served', async () => {
    const local = await startBot();
    try {
      const response = await fetch(`${local.url}/v3/directline/conversations`, { method: 'POST' });
      expect(response.status).not.toBe(404);
    } finally {
      await local.close();
    }
  });
});

describe('when the signing keys cannot be fetched in time', () => {
  it('a token is refused with 401 after the timeout, not left hanging or answered 500', async () => {
    const silent = await startSilentServer();
    const stalled = await startBot({ ...credentials, BotOpenIdMetadata: silent.url }, { authTimeoutMs: 300 });
    try {
      const token = channelToken(trusted, { appId: APP_ID, serviceUrl: 'http://127.0.0.1:9' });
      const response = await postActivity(stalled.url, webChatActivity('auth-stalled', { text: 'hi' }), { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
    } finally {
      await stalled.close();
      await silent.close();
    }
  });
});
