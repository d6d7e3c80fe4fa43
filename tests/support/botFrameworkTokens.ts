import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicJwk: Record<string, unknown>;
}

export function newSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey: createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })), publicJwk: { ...publicKey.export({ format: 'jwk' }), kid, kty: 'RSA', use: 'sig' } };
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An RS256 JWT shaped like the Bot Framework channel's, signed with the given key. */
export function channelToken(key: SigningKey, claims: { appId: string; serviceUrl: string; issuer?: string }, kid = key.kid): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const payload = base64url(
    JSON.stringify({ iss: claims.issuer ?? 'https://api.botframework.com', aud: claims.appId, serviceurl: claims.serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600 }),
  );
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), key.privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A loopback stand-in for login.botframework.com's OpenID metadata and signing keys. */
export async function startOpenIdMetadata(trusted: SigningKey[]): Promise<{ metadataUrl: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') res.end(JSON.stringify({ keys: trusted.map((key) => ({ ...key.publicJwk, endorsements: ['webchat', 'msteams'] })) }));
    else res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `http://127.0.0.1:${port}/keys` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { metadataUrl: `http://127.0.0.1:${port}/openid`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A metadata endpoint that accepts the connection and never answers, as a network that drops packets would. */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/openid`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
