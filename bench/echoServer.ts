import { tuneHeap } from '../bot/heapTuning';
// The same heap settings as the bot (bot/index.ts), so that its memory is the stack's floor, not V8's defaults.
tuneHeap();
import { ConversationState } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter } from '../bot/adapter';
import { loadConfig, type Config } from '../bot/config';
import { createLogger } from '../bot/logging/logger';
import { createServer } from '../bot/server';
import { createStorage } from '../bot/storage';
import { EchoBot } from './echoBot';

/** The echo bot on exactly the real stack: the same config, storage, adapter and server (with its guards) as bot/index.ts. */
export function createEchoServer(config: Config): Server {
  const logger = createLogger(config.LOG_LEVEL);
  const conversationState = new ConversationState(createStorage(config, logger));
  const adapter = createAdapter(config, logger, conversationState);
  return createServer({ adapter, bot: new EchoBot(conversationState), logger, config });
}

if (require.main === module) {
  const config = loadConfig();
  const server = createEchoServer(config);
  server.listen(config.PORT);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}
