import { randomBytes } from 'node:crypto';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logging/logger';
import type { ConversationStore } from './conversationStore';
import { DIRECTLINE_PATH } from './directLineRoutes';
import type { ConversationToken } from './schema';
import { TokenExchangeError, exchangeSecretForToken } from './tokenExchange';

export const TOKEN_ROUTE = '/api/directline/token';

/** What the page needs to open Web Chat: never the secret, only a token for one conversation. */
export interface WebChatConnection {
  token: string;
  conversationId: string;
  expiresIn: number;
  userId: string;
  /** Direct Line base URL; relative to the page for the local endpoint. */
  domain: string;
  /** The real service streams over a WebSocket; the local endpoint is polled. */
  webSocket: boolean;
}

function connection(token: ConversationToken, userId: string, domain: string, webSocket: boolean): WebChatConnection {
  return { token: token.token, conversationId: token.conversationId, expiresIn: token.expires_in, userId, domain, webSocket };
}

export interface TokenRouteOptions {
  config: Pick<Config, 'DIRECTLINE_SECRET' | 'DIRECTLINE_DOMAIN'>;
  /** The local Direct Line's store; absent when app credentials are set. */
  localStore?: ConversationStore;
  logger: Logger;
}

/**
 * `POST /api/directline/token`: with DIRECTLINE_SECRET, a token from the Direct Line service;
 * otherwise a token from the local Direct Line, when it is on.
 */
export function mountTokenRoute(server: Server, { config, localStore, logger }: TokenRouteOptions): void {
  server.post(TOKEN_ROUTE, async (_req, res) => {
    res.header('Cache-Control', 'no-store');
    const userId = `dl_${randomBytes(12).toString('base64url')}`;
    if (config.DIRECTLINE_SECRET) {
      try {
        const token = await exchangeSecretForToken(config.DIRECTLINE_DOMAIN, config.DIRECTLINE_SECRET, userId);
        res.send(200, connection(token, userId, config.DIRECTLINE_DOMAIN, true));
      } catch (error) {
        if (!(error instanceof TokenExchangeError)) throw error;
        logger.error({ err: { message: error.message } }, 'web chat token not issued');
        res.send(502, { error: { code: 'TokenExchangeFailed', message: 'The chat service is not available right now.' } });
      }
      return;
    }
    if (!localStore) {
      res.send(503, { error: { code: 'NotConfigured', message: 'Web Chat needs DIRECTLINE_SECRET when app credentials are set.' } });
      return;
    }
    res.send(200, connection(localStore.create(userId), userId, DIRECTLINE_PATH, false));
  });
}
