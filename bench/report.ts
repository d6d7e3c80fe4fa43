import type { RunFigures, Summary } from './endToEnd';
import type { ProfileFigures } from './profileBot';
import type { RecognizerFigures } from './recognizerBench';
import type { MemoryFigures } from './startupAndMemory';
import { formatNumber, formatTable } from './table';

export interface BenchFigures {
  recognizer: RecognizerFigures;
  startupMs: number;
  launches: number;
  runs: RunFigures[];
  summary: Record<'bot' | 'echo', Summary>;
  ratio: number;
  memory: Record<'bot' | 'echo', MemoryFigures>;
}

/** The targets: what `npm run bench` checks. */
export const TARGETS = { ratio: 0.85, recognizerMedianMs: 0.2, startupMs: 1500, afterMb: 150 } as const;

const mark = (met: boolean): string => (met ? 'yes' : 'NO');
const ms = (value: number): string => `${formatNumber(value)} ms`;

export function endToEndTables(figures: BenchFigures): string {
  const { runs, summary } = figures;
  return [
    formatTable(
      ['round', 'bot', 'turns/s', 'p50 ms', 'p99 ms', 'server CPU ms/turn', 'turns', 'failures'],
      runs.map((run) => [run.round, run.bot, run.turnsPerSecond, run.p50Ms, run.p99Ms, run.cpuMsPerTurn, run.turns, run.failures]),
    ),
    'Median of runs:',
    formatTable(
      ['bot', 'turns/s', 'p50 ms', 'p99 ms', 'server CPU ms/turn'],
      [summary.echo, summary.bot].map((row) => [row.bot, row.turnsPerSecond, row.p50Ms, row.p99Ms, row.cpuMsPerTurn]),
    ),
  ].join('\n\n');
}

export function targetsTable({ recognizer, startupMs, launches, ratio, memory: { bot: memory } }: BenchFigures): string {
  return formatTable(
    ['measure', 'figure', 'target', 'met'],
    [
      ['bot / echo throughput (median of rounds)', formatNumber(ratio), `≥ ${TARGETS.ratio}`, mark(ratio >= TARGETS.ratio)],
      [`recognizer median per utterance, first sight (${recognizer.utterances} utterances)`, ms(recognizer.firstMedianMs), `≤ ${TARGETS.recognizerMedianMs} ms`, mark(recognizer.firstMedianMs <= TARGETS.recognizerMedianMs)],
      ['recognizer p99 per utterance, first sight', ms(recognizer.firstP99Ms), '', ''],
      ['of which the sentence encoder was asked about (first sight)', String(recognizer.encoderAsked), '', ''],
      [`recognizer median / p99, seen before (× ${recognizer.repeats})`, `${ms(recognizer.repeatMedianMs)} / ${ms(recognizer.repeatP99Ms)}`, '', ''],
      [`start-up: spawn to /healthz 200 (median of ${launches})`, ms(startupMs), `≤ ${TARGETS.startupMs} ms`, mark(startupMs <= TARGETS.startupMs)],
      ['resident memory when ready', `${formatNumber(memory.readyMb)} MB`, '', ''],
      [`resident memory after ${memory.conversations} conversations (${memory.turns} turns)`, `${formatNumber(memory.afterMb)} MB`, `≤ ${TARGETS.afterMb} MB`, mark(memory.afterMb <= TARGETS.afterMb)],
    ],
  );
}

/**
 * The bot's own cost is what it adds to the echo bot on the same stack. A ratio of 0.85 leaves it
 * echo × (1/0.85 − 1) of CPU a turn; 150 MB leaves it 150 MB less the echo bot's memory after the same load.
 */
export function floorTable({ summary, memory }: BenchFigures): string {
  const cpu = { bot: summary.bot.cpuMsPerTurn, echo: summary.echo.cpuMsPerTurn };
  const row = (measure: string, bot: number, echo: number, allowed: string, unit: string): string[] => [
    measure,
    `${formatNumber(bot)} ${unit}`,
    `${formatNumber(echo)} ${unit}`,
    `${formatNumber(bot - echo)} ${unit}`,
    allowed,
  ];
  return formatTable(
    ['measure', 'bot', 'echo bot', "the bot's own", "the target leaves the bot's own"],
    [
      row('server CPU a turn (median of runs)', cpu.bot, cpu.echo, ms(cpu.echo * (1 / TARGETS.ratio - 1)), 'ms'),
      row('resident memory when ready', memory.bot.readyMb, memory.echo.readyMb, '', 'MB'),
      row(
        `resident memory after ${memory.bot.conversations} conversations`,
        memory.bot.afterMb,
        memory.echo.afterMb,
        `${formatNumber(TARGETS.afterMb - memory.echo.afterMb)} MB`,
        'MB',
      ),
    ],
  );
}

export function profileTables(profile: ProfileFigures): string {
  return [
    `${profile.turns} turns, ${ms(profile.msPerTurn)} of CPU per turn on the main thread`,
    formatTable(['package or file', 'self ms/turn'], profile.owners.map((spot) => [spot.name, spot.ms])),
    formatTable(['function', 'self ms/turn'], profile.functions.map((spot) => [spot.name, spot.ms])),
  ].join('\n\n');
}
