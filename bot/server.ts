import restify, { type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { MemberCareBot } from './memberCareBot';
import type { Logger } from './logging/logger';

export interface ServerParts {
  adapter: CloudAdapter;
  bot: MemberCareBot;
  logger: Logger;
}

/** The HTTP surface: the Bot Framework messaging endpoint and a health check. */
export function createServer({ adapter, bot, logger }: ServerParts): Server {
  const server = restify.createServer({ name: 'member-care-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));

  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.on('restifyError', (req, _res, error, callback) => {
    logger.warn({ status: error.statusCode, method: req.method, path: req.path() }, 'request rejected');
    return callback();
  });
  return server;
}
