import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NODE_FLAGS } from '../bot/launchCommand';
import type { Script } from './conversations';
import { runLoad } from './loadGenerator';
import { launchServer } from './processes';
import { summarizeProfile, type HotSpot } from './profileSummary';

export interface ProfileFigures {
  turns: number;
  msPerTurn: number;
  /** Self CPU time per turn, in ms, by package or project file and by function. */
  owners: HotSpot[];
  functions: HotSpot[];
}

const WARM_UP_MS = 3000;

/**
 * Runs a server under `node --cpu-prof` (profile in a temp dir, removed after), warms it up,
 * loads it, and reports where each turn's CPU time goes, start-up and warm-up left out.
 */
export async function profileServer(script: string, env: Record<string, string>, scripts: readonly Script[], concurrency: number, seconds: number): Promise<ProfileFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-profile-'));
  try {
    const server = await launchServer(script, env, [...NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${dir}`]);
    await runLoad({ url: server.url, concurrency, scripts, runId: 'profile-warm', durationMs: WARM_UP_MS });
    const load = await runLoad({ url: server.url, concurrency, scripts, runId: 'profile', durationMs: seconds * 1000 });
    await server.stop();
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (!file) throw new Error(`${script} wrote no CPU profile (it must exit through process.exit on SIGTERM)`);
    const summary = summarizeProfile(path.join(dir, file), server.readyMs + WARM_UP_MS, 20);
    const perTurn = (spots: HotSpot[]): HotSpot[] => spots.map((spot) => ({ name: spot.name, ms: spot.ms / load.turns }));
    return { turns: load.turns, msPerTurn: summary.totalMs / load.turns, owners: perTurn(summary.owners), functions: perTurn(summary.functions) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
