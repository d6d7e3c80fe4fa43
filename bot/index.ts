import 'dotenv/config';
import { ConfigError, loadConfig } from './config';
import { KnowledgeFileError } from '../knowledge/loadKnowledge';
import { createAdapter } from './adapter';
import { assembleBot } from './assembleBot';
import { createLogger } from './logging/logger';
import { createServer } from './server';
import { createStorage } from './storage';

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof KnowledgeFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

function main(): void {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error);
  }
  const logger = createLogger(config.LOG_LEVEL);
  let assembled;
  try {
    assembled = assembleBot(createStorage(config));
  } catch (error) {
    fail(error);
  }
  const adapter = createAdapter(config, logger, assembled.conversationState);
  const server = createServer({ adapter, bot: assembled.bot, logger, config });

  server.listen(config.PORT, () => {
    logger.info({ port: config.PORT }, 'member care bot listening');
    console.log(`Member Care Bot is ready.
  Emulator:  http://localhost:${config.PORT}/api/messages
  Web Chat:  http://localhost:${config.PORT}/
  Health:    http://localhost:${config.PORT}/healthz`);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main();
