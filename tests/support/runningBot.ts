import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Server } from 'restify';
import { createAdapter } from '../../bot/adapter';
import { assembleBot, type AssembledBot } from '../../bot/assembleBot';
import { loadConfig, type Config } from '../../bot/config';
import { InFlightTurns } from '../../bot/inFlightTurns';
import { createLogger, type Logger } from '../../bot/logging/logger';
import { createServer } from '../../bot/server';
import { kb } from './memberConversation';

export interface RunningBot {
  url: string;
  server: Server;
  assembled: AssembledBot;
  logger: Logger;
  turns: InFlightTurns;
  /** Every log line the bot wrote (at the LOG_LEVEL given, 'silent' by default), as written. */
  logs: string[];
  close(): Promise<void>;
}

export interface BotParts {
  /** The state storage, given the bot's logger (default: botbuilder's MemoryStorage). */
  storage?: (logger: Logger) => Storage;
  /** Replaces the assembled bot's pieces (e.g. a dialog that throws). */
  assemble?: (storage: Storage) => AssembledBot;
  authTimeoutMs?: number;
  /** Also receives every log line (e.g. a stream the test reads). */
  logSink?: { write(line: string): unknown };
}

/** The real server (restify + CloudAdapter + bot) on a free loopback port. */
export async function startBot(env: Record<string, string> = {}, parts: BotParts = {}): Promise<RunningBot> {
  const config: Config = loadConfig({ PORT: '3978', LOG_LEVEL: 'silent', ...env });
  const logs: string[] = [];
  const logger = createLogger(config.LOG_LEVEL, {
    write: (line: string) => {
      logs.push(line);
      parts.logSink?.write(line);
    },
  });
  const storage = parts.storage?.(logger) ?? new MemoryStorage();
  const assembled = parts.assemble?.(storage) ?? assembleBot(storage, kb, { logger, withText: config.LOG_UNMATCHED_TEXT });
  const adapter = createAdapter(config, logger, assembled.conversationState, parts.authTimeoutMs);
  const turns = new InFlightTurns();
  const server = createServer({ adapter, bot: assembled.bot, logger, config, turns });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    assembled,
    logger,
    turns,
    logs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Recorded {
  path: string;
  body: any;
}

/** A loopback stand-in for the channel's connector: records every activity the bot posts to its serviceUrl. */
export async function startConnectorRecorder(): Promise<{ url: string; received: Recorded[]; close(): Promise<void>; waitFor(count: number): Promise<Recorded[]> }> {
  const received: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: data ? JSON.parse(data) : undefined });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `r${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const waitFor = async (count: number): Promise<Recorded[]> => {
    for (let attempt = 0; attempt < 200 && received.length < count; attempt++) await new Promise((r) => setTimeout(r, 10));
    return received;
  };
  return { url: `http://127.0.0.1:${port}`, received, waitFor, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
