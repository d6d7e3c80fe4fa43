import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

const gzipAsync = promisify(gzip);

export interface StaticAsset {
  contentType: string;
  cacheControl: string;
  headers?: Record<string, string>;
}

/**
 * One file read at start-up (a missing file stops the server with its path), compressed once on
 * first use, served with an ETag so that browsers revalidate instead of downloading it again.
 */
export function serveFile(file: string, { contentType, cacheControl, headers = {} }: StaticAsset) {
  const body = readFileSync(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  let gzipped: Promise<Buffer> | undefined;

  return async (req: Request, res: Response): Promise<void> => {
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.header('if-none-match') === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    gzipped ??= gzipAsync(body);
    const payload = acceptsGzip ? await gzipped : body;
    res.writeHead(200, {
      'Content-Type': contentType,
      'Content-Length': payload.length,
      ...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(payload);
  };
}
