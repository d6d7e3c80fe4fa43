import type { Duplex } from 'node:stream';
import restify, { type Server } from 'restify';
import type { ActivityHandlerBase, CloudAdapter } from 'botbuilder';
import type { Logger } from './logging/logger';
import { ConfigSchema, type Config } from './config';
import { mountWebChat } from './web/mountWebChat';
import { InFlightTurns } from './inFlightTurns';
import { createRateLimiter, rateLimitsOf, type RateLimiter } from './rateLimit';
import { limitByAddress, messageGuards, rateLimitedConversation } from './requestGuards';

/** Largest request body accepted; a Bot Framework activity is a few KiB. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface ServerParts {
  adapter: CloudAdapter;
  /** MemberCareBot in production; any bot (the bench's echo bot) runs on the same stack. */
  bot: ActivityHandlerBase;
  logger: Logger;
  /** Decides local Direct Line or token exchange for the Web Chat page; defaults to local use. */
  config?: Config;
  /** Defaults to the configuration's limits, so that no server runs without them. */
  rateLimiter?: RateLimiter;
  /** Turns in flight, for a graceful shutdown. */
  turns?: InFlightTurns;
}

/** The HTTP surface: the Bot Framework messaging endpoint, a health check and the Web Chat page. */
export function createServer({ adapter, bot, logger, config = ConfigSchema.parse({}), rateLimiter = createRateLimiter(rateLimitsOf(config)), turns = new InFlightTurns() }: ServerParts): Server {
  const server = restify.createServer({ name: 'member-care-bot', handleUncaughtExceptions: false });
  server.pre(limitByAddress(rateLimiter, logger));
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));

  server.post('/api/messages', ...messageGuards(rateLimiter, turns, logger), async (req, res) => {
    await turns.track(() => adapter.process(req, res, (context) => bot.run(context)));
    const conversation = rateLimitedConversation(req.body);
    if (res.statusCode === 401 && conversation) await rateLimiter.refundConversation(conversation);
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  mountWebChat(server, config, logger);

  server.on('restifyError', (req, _res, error, callback) => {
    if (error.statusCode === 413) error.body = { code: 'PayloadTooLarge', message: `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB; a Bot Framework activity is a few KiB.` };
    logger.warn({ status: error.statusCode, method: req.method, path: req.path() }, 'request rejected');
    return callback();
  });
  // restify takes WebSocket upgrades and leaves them open; the bot serves none, so refuse them.
  server.on('upgrade', (_req: unknown, socket: Duplex) => socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n'));
  return server;
}
