import type { BenchFigures } from '../../bench/report';
import { floorTable } from '../../bench/report';

const memory = (readyMb: number, afterMb: number) => ({ readyMb, afterMb, conversations: 10000, turns: 30000, failures: 0 });
const summary = (bot: 'bot' | 'echo', cpuMsPerTurn: number) => ({ bot, turnsPerSecond: 1, p50Ms: 1, p99Ms: 1, cpuMsPerTurn });

describe("the bench's floor table", () => {
  const figures = {
    summary: { bot: summary('bot', 1.4), echo: summary('echo', 0.6) },
    memory: { bot: memory(126, 194), echo: memory(102, 136) },
  } as unknown as BenchFigures;
  const table = floorTable(figures);

  it("gives the bot's own CPU a turn and what a 0.85 ratio leaves it (echo × (1/0.85 − 1))", () => {
    expect(table).toMatch(/server CPU a turn \(median of runs\)\s*\|\s*1\.4 ms\s*\|\s*0\.6 ms\s*\|\s*0\.8 ms\s*\|\s*0\.106 ms/);
  });

  it("gives the bot's own memory after the load and what 150 MB leaves it", () => {
    expect(table).toMatch(/after 10000 conversations\s*\|\s*194 MB\s*\|\s*136 MB\s*\|\s*58 MB\s*\|\s*14 MB/);
    expect(table).toMatch(/when ready\s*\|\s*126 MB\s*\|\s*102 MB\s*\|\s*24 MB/);
  });
});
