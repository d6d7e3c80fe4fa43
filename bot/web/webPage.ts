import path from 'node:path';
import type { Server } from 'restify';
import { projectRoot } from '../../knowledge/projectRoot';
import { serveFile } from './staticAsset';

const PUBLIC_DIR = path.join(projectRoot(), 'bot', 'web', 'public');

/** The prebuilt Web Chat bundle from node_modules (React included): no CDN, works offline. */
export function webChatBundlePath(): string {
  const lib = require.resolve('botframework-webchat');
  return path.join(path.dirname(lib), '..', 'dist', 'webchat.js');
}

/**
 * Scripts only from this server; Web Chat injects its styles at run time, hence inline styles;
 * the browser may connect to this server and to the Direct Line service the page is given.
 */
export function contentSecurityPolicy(directLineDomain?: string): string {
  const directLine = directLineDomain ? new URL(directLineDomain) : undefined;
  const connect = directLine ? ` ${directLine.origin} wss://${directLine.host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** `GET /`: the Web Chat page, its start-up script and style, and the Web Chat bundle. */
export function mountWebPage(server: Server, directLineDomain?: string): void {
  const revalidate = 'no-cache';
  server.get(
    '/',
    serveFile(path.join(PUBLIC_DIR, 'index.html'), {
      contentType: 'text/html; charset=utf-8',
      cacheControl: revalidate,
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(directLineDomain),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    }),
  );
  server.get('/webchat/start.js', serveFile(path.join(PUBLIC_DIR, 'start.js'), { contentType: 'text/javascript; charset=utf-8', cacheControl: revalidate }));
  server.get('/webchat/page.css', serveFile(path.join(PUBLIC_DIR, 'page.css'), { contentType: 'text/css; charset=utf-8', cacheControl: revalidate }));
  server.get('/webchat/webchat.js', serveFile(webChatBundlePath(), { contentType: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=86400' }));
}
