import { tuneHeap } from './heapTuning';
tuneHeap();
import 'dotenv/config';
import { ConfigError, loadConfig } from './config';
import { KnowledgeFileError } from '../knowledge/loadKnowledge';
import { createAdapter } from './adapter';
import { assembleBot } from './assembleBot';
import { createLogger } from './logging/logger';
import { InFlightTurns } from './inFlightTurns';
import { insightsFile } from './insights/insightsFile';
import { JsonFileInsightsStore } from './insights/insightsStore';
import { maskPersonalData } from './logging/maskPersonalData';
import { createServer } from './server';
import { closeGracefully } from './shutdown';
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
  const insights = new JsonFileInsightsStore(
    insightsFile(config),
    undefined,
    (error) => logger.warn({ err: { message: error.message } }, 'could not record insights'),
    config.INSIGHTS_WRITE_SECONDS * 1000,
  );
  let assembled;
  try {
    assembled = assembleBot(createStorage(config, logger), undefined, { logger, withText: config.LOG_UNMATCHED_TEXT }, { insights, logger });
  } catch (error) {
    fail(error);
  }
  const adapter = createAdapter(config, logger, assembled.conversationState);
  const turns = new InFlightTurns();
  const server = createServer({ adapter, bot: assembled.bot, logger, config, turns });

  server.listen(config.PORT, () => {
    logger.info({ port: config.PORT }, 'member care bot listening');
    console.log(`Member Care Bot is ready.
  Emulator:  http://localhost:${config.PORT}/api/messages
  Web Chat:  http://localhost:${config.PORT}/
  Health:    http://localhost:${config.PORT}/healthz`);
    // Loaded now rather than at the first doubtful message, which would wait for it.
    assembled.secondOpinion.ready().then(
      () => logger.info('sentence encoder loaded'),
      (error: unknown) => logger.error({ err: { message: (error as Error).message } }, 'sentence encoder could not load: doubtful messages are decided by the word models alone'),
    );
  });

  const shutdown = (signal: string) => {
    logger.info({ signal, inFlight: turns.size }, 'shutting down');
    // The turns are done; what they recorded in insights may not be on disk yet.
    void closeGracefully(server, turns, logger)
      .then(() => insights.flush())
      .then(() => process.exit(0));
  };
  // A stray rejection (a storage call nobody awaited) is logged, not allowed to end the process.
  process.on('unhandledRejection', (reason) => {
    const err = reason instanceof Error ? { type: reason.name, message: maskPersonalData(reason.message) } : { type: typeof reason };
    logger.error({ error: err }, 'unhandled promise rejection');
  });
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main();
