import { PassThrough } from 'node:stream';
import { startDirectLineStandIn, type DirectLineStandIn } from '../support/directLineStandIn';
import { startServer, type RunningServer } from '../support/runningServer';

const SECRET = 'directline-secret-that-must-stay-on-the-server';

describe('production Web Chat: DIRECTLINE_SECRET exchanged for a token', () => {
  let tokenService: DirectLineStandIn;
  let bot: RunningServer;
  const logs = new PassThrough();
  let logText = '';
  logs.on('data', (chunk) => (logText += chunk));

  beforeAll(async () => {
    tokenService = await startDirectLineStandIn(SECRET);
    bot = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: `${tokenService.domain}/` }, logs);
  });
  afterAll(async () => {
    await bot.close();
    await tokenService.close();
  });

  it('hands the page a token from the service, bound to a fresh user id, and never the secret', async () => {
    const response = await fetch(`${bot.baseUrl}/api/directline/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const connection = JSON.parse(text);
    expect(connection).toMatchObject({ token: 'stand-in-token', conversationId: 'stand-in-conversation', expiresIn: 1800, domain: tokenService.domain, webSocket: true });

    const call = tokenService.seen.at(-1);
    expect(call).toEqual({ method: 'POST', path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}`, body: { user: { id: connection.userId } } });
    expect(connection.userId).toMatch(/^dl_[\w-]{16}$/);
  });

  it('serves a page that holds no secret and may connect to the Direct Line service', async () => {
    const page = await fetch(`${bot.baseUrl}/`);
    expect(await page.text()).not.toContain(SECRET);
    const origin = new URL(tokenService.domain).origin;
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${origin}`);
  });

  it('keeps the secret out of the logs when the service refuses', async () => {
    const refusing = await startDirectLineStandIn(SECRET, 500);
    const logSink = new PassThrough();
    let failureLog = '';
    logSink.on('data', (chunk) => (failureLog += chunk));
    const other = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: refusing.domain }, logSink);
    try {
      const response = await fetch(`${other.baseUrl}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ error: { code: 'TokenExchangeFailed', message: 'The chat service is not available right now.' } });
      expect(failureLog).toContain('the service answered 500');
      expect(failureLog + logText).not.toContain(SECRET);
    } finally {
      await other.close();
      await refusing.close();
    }
  });

  it('limits how many tokens one address gets, so the secret cannot be spent by a script', async () => {
    const limited = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: tokenService.domain, RATE_LIMIT_PER_ADDRESS: '2' });
    try {
      const statuses: number[] = [];
      for (let request = 0; request < 3; request += 1) statuses.push((await fetch(`${limited.baseUrl}/api/directline/token`, { method: 'POST' })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const calls = tokenService.seen.filter((seen) => seen.path === '/v3/directline/tokens/generate').length;
      expect((await fetch(`${limited.baseUrl}/api/directline/token`, { method: 'POST' })).headers.get('retry-after')).toMatch(/^\d+$/);
      expect(tokenService.seen.filter((seen) => seen.path === '/v3/directline/tokens/generate')).toHaveLength(calls);
    } finally {
      await limited.close();
    }
  });

  it('answers 502 when the token service cannot be reached', async () => {
    const gone = await startDirectLineStandIn(SECRET);
    await gone.close();
    const other = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: gone.domain });
    try {
      expect((await fetch(`${other.baseUrl}/api/directline/token`, { method: 'POST' })).status).toBe(502);
    } finally {
      await other.close();
    }
  });
});
