import type { Writable } from 'node:stream';
import { startBot } from './runningBot';

export interface RunningServer {
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server on 127.0.0.1 and a free port, configured from the given environment as
 * `npm start` would be (startBot, seen from the page's side). Logs go to `logSink` when given.
 */
export async function startServer(env: Record<string, string> = {}, logSink?: Writable): Promise<RunningServer> {
  const bot = await startBot({ LOG_LEVEL: logSink ? 'info' : 'silent', ...env }, { logSink });
  return { baseUrl: bot.url, close: bot.close };
}
