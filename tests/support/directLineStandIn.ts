import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STAND_IN_TOKEN = { conversationId: 'stand-in-conversation', token: 'stand-in-token', expires_in: 1800 };

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface DirectLineStandIn {
  /** The Direct Line base URL, as DIRECTLINE_DOMAIN takes it. */
  domain: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** Browsers call Direct Line from another origin: answer the preflight as the real service does. */
function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? '');
}

/**
 * A stand-in for the Direct Line service on loopback: `tokens/generate` checks the secret and
 * answers as the real one does (or with `failWith`); `conversations` accepts the token it issued.
 */
export async function startDirectLineStandIn(secret: string, failWith?: number): Promise<DirectLineStandIn> {
  const seen: SeenRequest[] = [];
  const server: Server = http.createServer(async (req, res) => {
    allowCrossOrigin(req, res);
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    let text = '';
    for await (const chunk of req) text += chunk;
    const path = req.url ?? '';
    seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    const [status, body] = answer(req.headers.host ?? '', path, req.headers.authorization, secret, failWith);
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    domain: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function answer(host: string, path: string, authorization: string | undefined, secret: string, failWith?: number): [number, unknown] {
  if (path === '/v3/directline/tokens/generate') {
    if (authorization !== `Bearer ${secret}`) return [403, { error: { code: 'Forbidden' } }];
    return failWith ? [failWith, { error: { code: 'ServiceError' } }] : [200, STAND_IN_TOKEN];
  }
  if (path === '/v3/directline/conversations' && authorization === `Bearer ${STAND_IN_TOKEN.token}`) {
    // The real service streams over this WebSocket; the stand-in accepts none, so Web Chat keeps retrying.
    return [201, { ...STAND_IN_TOKEN, streamUrl: `ws://${host}/v3/directline/conversations/${STAND_IN_TOKEN.conversationId}/stream` }];
  }
  return [403, { error: { code: 'Forbidden' } }];
}
