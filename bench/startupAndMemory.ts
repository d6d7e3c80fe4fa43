import type { Script } from './conversations';
import { runLoad } from './loadGenerator';
import { launchServer, residentMb } from './processes';

/** Spawn-to-ready times of fresh processes, one after another. */
export async function benchStartup(script: string, env: Record<string, string>, launches: number): Promise<number[]> {
  const times: number[] = [];
  for (let launch = 0; launch < launches; launch++) {
    const server = await launchServer(script, env);
    times.push(server.readyMs);
    await server.stop();
  }
  return times;
}

export interface MemoryFigures {
  readyMb: number;
  afterMb: number;
  conversations: number;
  turns: number;
  failures: number;
  firstFailure?: string;
}

/** Resident memory of a fresh process when ready, and after it has held this many conversations. */
export async function benchMemory(
  script: string,
  env: Record<string, string>,
  scripts: readonly Script[],
  conversations: number,
  concurrency: number,
): Promise<MemoryFigures> {
  const server = await launchServer(script, env);
  try {
    const pid = server.child.pid as number;
    const readyMb = residentMb(pid);
    const load = await runLoad({ url: server.url, concurrency, scripts, runId: 'memory', conversations });
    return { readyMb, afterMb: residentMb(pid), conversations: load.conversations, turns: load.turns, failures: load.failures, firstFailure: load.firstFailure };
  } finally {
    await server.stop();
  }
}
