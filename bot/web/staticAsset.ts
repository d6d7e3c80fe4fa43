import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response } from 'restify';

const gzipAsync = promisify(gzip);

export interface StaticAsset {
  contentType: string;
  cacheControl: string;
  headers?: Record<string, string>;
}

interface Content {
  body: Buffer;
  etag: string;
  gzipped?: Promise<Buffer>;
}

function readContent(file: string): Content {
  const body = readFileSync(file);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/**
 * One file, checked at start-up (a missing file stops the server with its path) but read on first
 * use: the Web Chat bundle (3.9 MB) stays out of memory wherever nobody opens the page. Compressed
 * once, served with an ETag so that browsers revalidate instead of downloading it again.
 */
export function serveFile(file: string, { contentType, cacheControl, headers = {} }: StaticAsset) {
  if (!statSync(file).isFile()) throw new Error(`${file} is not a file`);
  let content: Content | undefined;

  return async (req: Request, res: Response): Promise<void> => {
    content ??= readContent(file);
    const { body, etag } = content;
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
    content.gzipped ??= gzipAsync(body);
    const payload = acceptsGzip ? await content.gzipped : body;
    res.writeHead(200, {
      'Content-Type': contentType,
      'Content-Length': payload.length,
      ...(acceptsGzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(payload);
  };
}
