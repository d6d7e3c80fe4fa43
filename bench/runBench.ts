import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { conversationScripts } from './conversations';
import { benchEndToEnd, summarize, throughputRatio } from './endToEnd';
import { describeMachine } from './machine';
import { launchServer } from './processes';
import { profileServer } from './profileBot';
import { benchRecognizer } from './recognizerBench';
import { endToEndTables, floorTable, profileTables, targetsTable, type BenchFigures } from './report';
import { median } from './stats';
import { benchMemory, benchStartup } from './startupAndMemory';
import { loadUtterances, loadWarmUpTexts } from './utterances';

/** Compiled next to dist/bot, so the bot runs exactly as `npm start` runs it. */
const BOT_SCRIPT = path.join(__dirname, '..', 'bot', 'index.js');
const ECHO_SCRIPT = path.join(__dirname, 'echoServer.js');

/**
 * Both servers get the production defaults with in-memory storage, except: the per-address rate limit
 * is lifted (every bench request comes from 127.0.0.1, as if from one channel at full load), and
 * insights go to a temp folder so that the bench writes nothing into the project.
 */
const SERVER_ENV: Record<string, string> = {
  STORAGE: 'memory',
  RATE_LIMIT_PER_ADDRESS: String(1e9),
  INSIGHTS_DIR: mkdtempSync(path.join(os.tmpdir(), 'bench-insights-')),
};

const USAGE = `npm run bench [-- options]
  --rounds N         alternating bot/echo rounds (default 5)
  --seconds N        seconds per run (default 4)
  --concurrency N    conversations in flight (default 8)
  --launches N       start-up measurements (default 5)
  --conversations N  conversations before the memory reading, of each bot (default 10000)
  --profile bot|echo instead: a CPU profile of that server under the same load, per turn`;

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '8' },
    launches: { type: 'string', default: '5' },
    conversations: { type: 'string', default: '10000' },
    profile: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function option(name: 'rounds' | 'seconds' | 'concurrency' | 'launches' | 'conversations'): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1 (got ${args[name]})\n\n${USAGE}`);
  return value;
}

const progress = (step: string): boolean => process.stderr.write(`${step}...\n`);

async function measureAll(): Promise<BenchFigures> {
  const concurrency = option('concurrency');
  const utterances = loadUtterances();
  const scripts = conversationScripts(utterances);

  progress('recognizer');
  const recognizer = await benchRecognizer(utterances.map((utterance) => utterance.text), loadWarmUpTexts());

  progress('start-up');
  const startupMs = median(await benchStartup(BOT_SCRIPT, SERVER_ENV, option('launches')));

  progress('end to end');
  const servers = { bot: await launchServer(BOT_SCRIPT, SERVER_ENV), echo: await launchServer(ECHO_SCRIPT, SERVER_ENV) };
  try {
    const runs = await benchEndToEnd({ servers, scripts, concurrency, rounds: option('rounds'), secondsPerRun: option('seconds'), warmUpSeconds: 2 });
    progress('memory');
    const memoryOf = (script: string) => benchMemory(script, SERVER_ENV, scripts, option('conversations'), concurrency);
    const memory = { bot: await memoryOf(BOT_SCRIPT), echo: await memoryOf(ECHO_SCRIPT) };
    return { recognizer, startupMs, launches: option('launches'), runs, summary: summarize(runs), ratio: throughputRatio(runs), memory };
  } finally {
    await Promise.all([servers.bot.stop(), servers.echo.stop()]);
  }
}

async function main(): Promise<void> {
  if (args.help) return void console.log(USAGE);
  for (const name of ['rounds', 'seconds', 'concurrency', 'launches', 'conversations'] as const) option(name);
  if (args.profile !== undefined && args.profile !== 'bot' && args.profile !== 'echo') throw new Error(`--profile takes bot or echo\n\n${USAGE}`);
  console.log(`Machine: ${describeMachine()}\n`);
  if (args.profile !== undefined) {
    const script = args.profile === 'echo' ? ECHO_SCRIPT : BOT_SCRIPT;
    const profile = await profileServer(script, SERVER_ENV, conversationScripts(loadUtterances()), option('concurrency'), option('seconds'));
    return void console.log(`CPU profile of ${path.basename(script)} under load: self time per turn\n\n${profileTables(profile)}`);
  }
  const figures = await measureAll();
  console.log(`End to end: ${option('concurrency')} conversations at a time over loopback, ${option('seconds')} s per run, 3-turn conversations (region, two topics)\n`);
  console.log(`${endToEndTables(figures)}\n\nTargets:\n\n${targetsTable(figures)}`);
  console.log(`\nWhat the targets leave the bot's own work, over the echo bot's floor (same stack, flags and load):\n\n${floorTable(figures)}`);
  const failed = [...figures.runs, figures.memory.bot, figures.memory.echo].filter((run) => run.failures > 0);
  if (failed.length > 0) {
    console.error(`\n${failed.reduce((sum, run) => sum + run.failures, 0)} turns were not answered; first: ${failed[0].firstFailure}`);
    process.exitCode = 1;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(SERVER_ENV.INSIGHTS_DIR, { recursive: true, force: true }));
