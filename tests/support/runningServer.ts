import { MemoryStorage } from 'botbuilder';
import type { Writable } from 'node:stream';
import { createAdapter } from '../../bot/adapter';
import { assembleBot } from '../../bot/assembleBot';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logging/logger';
import { createServer } from '../../bot/server';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

const kb = loadKnowledge();

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server (bot, adapter, routes) on 127.0.0.1 and a free port, configured from the
 * given environment as `npm start` would be. Logs go to `logSink` when given, else nowhere.
 */
export async function startServer(env: NodeJS.ProcessEnv = {}, logSink?: Writable): Promise<RunningServer> {
  const config = loadConfig(env);
  const logger = createLogger(logSink ? 'info' : 'silent', logSink);
  const assembled = assembleBot(new MemoryStorage(), kb);
  const adapter = createAdapter(config, logger, assembled.conversationState);
  const server = createServer({ adapter, bot: assembled.bot, logger, config });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
