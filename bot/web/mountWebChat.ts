import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { hasCredentials, type Config } from '../config';
import type { Logger } from '../logging/logger';
import { mountConnectorRoutes } from '../directline/connectorRoutes';
import { ConversationStore } from '../directline/conversationStore';
import { mountDirectLineRoutes } from '../directline/directLineRoutes';
import { mountTokenRoute } from '../directline/tokenRoute';
import { mountWebPage } from './webPage';

/** How this server reaches itself: loopback on the port it listens on. */
export function loopbackUrl(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('the server is not listening on a TCP port');
  const host = address.address;
  if (host === '::1') return `http://[::1]:${address.port}`;
  if (host === '::' || host === '0.0.0.0' || host.startsWith('127.')) return `http://127.0.0.1:${address.port}`;
  return address.family === 'IPv6' ? `http://[${host}]:${address.port}` : `http://${host}:${address.port}`;
}

/**
 * The Web Chat page and the token endpoint; with no app credentials also the local Direct Line,
 * so that `npm start` gives a working chat with no network and no Azure resources.
 */
export function mountWebChat(server: Server, config: Config, logger: Logger): void {
  const localDirectLine = !hasCredentials(config);
  const localStore = localDirectLine ? new ConversationStore() : undefined;
  if (localStore) {
    mountDirectLineRoutes(server, { store: localStore, selfUrl: () => loopbackUrl(server.address()), logger });
    mountConnectorRoutes(server, localStore);
  }
  mountTokenRoute(server, { config, localStore, logger });
  mountWebPage(server, config.DIRECTLINE_SECRET ? config.DIRECTLINE_DOMAIN : undefined);
}
