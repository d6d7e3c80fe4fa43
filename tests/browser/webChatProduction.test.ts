import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, openPage } from '../support/chromium';
import { STAND_IN_TOKEN, startDirectLineStandIn, type DirectLineStandIn } from '../support/directLineStandIn';
import { startServer, type RunningServer } from '../support/runningServer';

jest.setTimeout(60_000);

const SECRET = 'directline-secret-that-must-stay-on-the-server';

describe('the Web Chat page in production mode (DIRECTLINE_SECRET set)', () => {
  let directLine: DirectLineStandIn;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    directLine = await startDirectLineStandIn(SECRET);
    [server, browser] = await Promise.all([startServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_DOMAIN: directLine.domain }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await directLine?.close();
  });

  it('opens the conversation on the Direct Line service with the exchanged token; the secret never reaches the browser', async () => {
    const { page, context } = await openPage(browser, DESKTOP);
    const bodies: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') bodies.push(`${response.url()} ${JSON.stringify(response.headers())}`);
      response.text().then((text) => bodies.push(text), () => undefined);
    });
    const outgoing: string[] = [];
    page.on('request', (request) => outgoing.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));

    const conversationStarted = page.waitForResponse(
      (response) => response.url() === `${directLine.domain}/conversations` && response.request().method() === 'POST',
    );
    await page.goto(`${server.baseUrl}/`);
    expect((await conversationStarted).status()).toBe(201);

    const start = directLine.seen.find((seen) => seen.path === '/v3/directline/conversations');
    expect(start).toMatchObject({ method: 'POST', authorization: `Bearer ${STAND_IN_TOKEN.token}` });
    expect(directLine.seen.filter((seen) => seen.authorization === `Bearer ${SECRET}`).map((seen) => seen.path)).toEqual(['/v3/directline/tokens/generate']);
    expect(outgoing.join('\n')).not.toContain(SECRET);
    expect(bodies.join('\n')).not.toContain(SECRET);
    await context.close();
  });
});
