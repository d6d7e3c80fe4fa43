import { readFileSync } from 'node:fs';
import http, { type IncomingMessage } from 'node:http';
import net from 'node:net';
import { gunzipSync } from 'node:zlib';
import { serveFile } from '../../bot/web/staticAsset';
import { webChatBundlePath } from '../../bot/web/webPage';
import { startServer, type RunningServer } from '../support/runningServer';

describe('the page and its files, over HTTP', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('serves the page with a policy that allows scripts from this server only', async () => {
    const page = await fetch(`${server.baseUrl}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self';");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves the Web Chat bundle from node_modules, compressed, and lets browsers revalidate it', async () => {
    const bundle = await fetch(`${server.baseUrl}/webchat/webchat.js`, { headers: { 'Accept-Encoding': 'identity' } });
    const plain = Buffer.from(await bundle.arrayBuffer());
    expect(plain.equals(readFileSync(webChatBundlePath()))).toBe(true);
    expect(webChatBundlePath()).toMatch(/node_modules\/botframework-webchat\/dist\/webchat\.js$/);

    const raw = await new Promise<{ status: number; encoding?: string; body: Buffer }>((resolve, reject) => {
      const request = http.get(`${server.baseUrl}/webchat/webchat.js`, { headers: { 'Accept-Encoding': 'gzip' } }, (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
      request.on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(raw.body).equals(plain)).toBe(true);

    const etag = bundle.headers.get('etag') ?? '';
    const again = await fetch(`${server.baseUrl}/webchat/webchat.js`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('refuses WebSocket upgrades instead of leaving the socket open', async () => {
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(new URL(server.baseUrl).port), '127.0.0.1', () => {
        socket.write('GET /undefined HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 404/);
  });
});

describe('a file the page needs', () => {
  it('stops start-up with its path when it is missing, though it is read only when first asked for', () => {
    const missing = '/nonexistent/webchat/webchat.js';
    expect(() => serveFile(missing, { contentType: 'text/javascript', cacheControl: 'no-cache' })).toThrow(missing);
  });
});
