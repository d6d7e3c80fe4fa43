import type { Script } from './conversations';
import { runLoad, type LoadResult } from './loadGenerator';
import { cpuMs, type ServerProcess } from './processes';
import { median, percentile } from './stats';

export type BotName = 'bot' | 'echo';

export interface RunFigures {
  round: number;
  bot: BotName;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The server's own CPU time per turn: steadier than throughput when the machine is shared. */
  cpuMsPerTurn: number;
  turns: number;
  failures: number;
  firstFailure?: string;
}

export interface EndToEndOptions {
  servers: Record<BotName, ServerProcess>;
  scripts: readonly Script[];
  concurrency: number;
  rounds: number;
  secondsPerRun: number;
  warmUpSeconds: number;
}

function figures(round: number, bot: BotName, load: LoadResult, serverCpuMs: number): RunFigures {
  return {
    round,
    bot,
    cpuMsPerTurn: serverCpuMs / load.turns,
    turnsPerSecond: load.turns / load.seconds,
    p50Ms: percentile(load.latenciesMs, 50),
    p99Ms: percentile(load.latenciesMs, 99),
    turns: load.turns,
    failures: load.failures,
    firstFailure: load.firstFailure,
  };
}

/**
 * The same load against both bots in alternating runs (echo first in odd rounds, bot first in even
 * ones) so that drift in the machine's load falls on both alike. Both are warmed up first.
 */
export async function benchEndToEnd(options: EndToEndOptions): Promise<RunFigures[]> {
  const load = (bot: BotName, runId: string, seconds: number): Promise<LoadResult> =>
    runLoad({ url: options.servers[bot].url, concurrency: options.concurrency, scripts: options.scripts, runId, durationMs: seconds * 1000 });
  for (const bot of ['echo', 'bot'] as const) await load(bot, `warm-${bot}`, options.warmUpSeconds);
  const runs: RunFigures[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const order: BotName[] = round % 2 === 1 ? ['echo', 'bot'] : ['bot', 'echo'];
    for (const bot of order) {
      const pid = options.servers[bot].child.pid as number;
      const cpuBefore = cpuMs(pid);
      const result = await load(bot, `run${round}-${bot}`, options.secondsPerRun);
      runs.push(figures(round, bot, result, cpuMs(pid) - cpuBefore));
    }
  }
  return runs;
}

export interface Summary {
  bot: BotName;
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerTurn: number;
}

/** Median over runs of each figure, per bot. */
export function summarize(runs: readonly RunFigures[]): Record<BotName, Summary> {
  const of = (bot: BotName): Summary => {
    const mine = runs.filter((run) => run.bot === bot);
    return {
      bot,
      turnsPerSecond: median(mine.map((run) => run.turnsPerSecond)),
      p50Ms: median(mine.map((run) => run.p50Ms)),
      p99Ms: median(mine.map((run) => run.p99Ms)),
      cpuMsPerTurn: median(mine.map((run) => run.cpuMsPerTurn)),
    };
  };
  return { bot: of('bot'), echo: of('echo') };
}

/** Bot throughput over echo throughput within each round, then the median over rounds. */
export function throughputRatio(runs: readonly RunFigures[]): number {
  const rounds = [...new Set(runs.map((run) => run.round))];
  return median(
    rounds.map((round) => {
      const tps = (bot: BotName) => runs.find((run) => run.round === round && run.bot === bot)?.turnsPerSecond ?? Number.NaN;
      return tps('bot') / tps('echo');
    }),
  );
}
