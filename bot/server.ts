import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { MemberCareBot } from './memberCareBot';
import type { Logger } from './logging/logger';
import { ConfigSchema, type Config } from './config';
import { mountWebChat } from './web/mountWebChat';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: MemberCareBot;
  logger: Logger;
  /** Decides local Direct Line or token exchange for the Web Chat page; defaults to local use. */
  config?: Config;
}

/** The HTTP surface: the Bot Framework messaging endpoint, a health check and the Web Chat page. */
export function createServer({ adapter, bot, logger, config = ConfigSchema.parse({}) }: ServerParts): Server {
  const server = restify.createServer({ name: 'member-care-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  mountWebChat(server, config, logger);

  server.on('restifyError', (req, _res, error, callback) => {
    logger.warn({ status: error.statusCode, method: req.method, path: req.path() }, 'request rejected');
    return callback();
  });
  return server;
}
