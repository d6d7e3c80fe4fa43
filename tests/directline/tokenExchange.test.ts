import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { startServer, type RunningServer } from '../support/runningServer';

const SECRET = 'directline-secret-that-must-stay-on-the-server';

interface SeenRequest {
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** A stand-in for the Direct Line token service on loopback: checks the secret, answers as the real one does. */
async function startTokenService(status = 200): Promise<{ domain: string; seen: SeenRequest[]; server: Server }> {
  const seen: SeenRequest[] = [];
  const server = http.createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    const authorized = req.headers.authorization === `Bearer ${SECRET}`;
    res.writeHead(authorized ? status : 403, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(authorized && status === 200 ? { conversationId: 'stand-in-conversation', token: 'stand-in-token', expires_in: 1800 } : { error: { code: 'Forbidden' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { domain: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`, seen, server };
}

const closeHttp = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('production Web Chat: DIRECTLINE_SECRET exchanged for a token', () => {
  let tokenService: Awaited<ReturnType<typeof startTokenService>>;
  let bot: RunningServer;
  const logs = new PassThrough();
  let logText = '';
  logs.on('data', (chunk) => (logText += chunk));

  beforeAll(async () => {
    tokenService = await startTokenService();
    bot = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: `${tokenService.domain}/` }, logs);
  });
  afterAll(async () => {
    await bot.close();
    await closeHttp(tokenService.server);
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
    expect(call).toEqual({ path: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}`, body: { user: { id: connection.userId } } });
    expect(connection.userId).toMatch(/^dl_[\w-]{16}$/);
  });

  it('serves a page that holds no secret and may connect to the Direct Line service', async () => {
    const page = await fetch(`${bot.baseUrl}/`);
    expect(await page.text()).not.toContain(SECRET);
    const origin = new URL(tokenService.domain).origin;
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${origin}`);
  });

  it('keeps the secret out of the logs when the service refuses', async () => {
    const refusing = await startTokenService(500);
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
      await closeHttp(refusing.server);
    }
  });

  it('answers 502 when the token service cannot be reached', async () => {
    const gone = await startTokenService();
    await closeHttp(gone.server);
    const other = await startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: gone.domain });
    try {
      expect((await fetch(`${other.baseUrl}/api/directline/token`, { method: 'POST' })).status).toBe(502);
    } finally {
      await other.close();
    }
  });
});
