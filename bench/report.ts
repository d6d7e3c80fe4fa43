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
  memory: MemoryFigures;
}

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

export function targetsTable({ recognizer, startupMs, launches, ratio, memory }: BenchFigures): string {
  return formatTable(
    ['measure', 'figure', 'target', 'met'],
    [
      ['bot / echo throughput (median of rounds)', formatNumber(ratio), '≥ 0.85', mark(ratio >= 0.85)],
      [`recognizer median per utterance, first sight (${recognizer.utterances} utterances)`, ms(recognizer.firstMedianMs), '≤ 0.2 ms', mark(recognizer.firstMedianMs <= 0.2)],
      ['recognizer p99 per utterance, first sight', ms(recognizer.firstP99Ms), '', ''],
      [`recognizer median / p99, seen before (× ${recognizer.repeats})`, `${ms(recognizer.repeatMedianMs)} / ${ms(recognizer.repeatP99Ms)}`, '', ''],
      [`start-up: spawn to /healthz 200 (median of ${launches})`, ms(startupMs), '≤ 1500 ms', mark(startupMs <= 1500)],
      ['resident memory when ready', `${formatNumber(memory.readyMb)} MB`, '', ''],
      [`resident memory after ${memory.conversations} conversations (${memory.turns} turns)`, `${formatNumber(memory.afterMb)} MB`, '≤ 150 MB', mark(memory.afterMb <= 150)],
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
