import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

export interface HotSpot {
  name: string;
  ms: number;
}

export interface ProfileTotals {
  functions: HotSpot[];
  owners: HotSpot[];
  totalMs: number;
}

/** Where a script lives: its package in node_modules, or its path in the project. */
function owner(url: string): string {
  if (url === '') return '(native code, gc)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return inModules[1];
  if (file.startsWith('node:')) return 'node core';
  return path.relative(process.cwd(), file);
}

const ranked = (totals: Map<string, number>, top: number): HotSpot[] =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms }));

/**
 * Self time of a .cpuprofile by function and by package or project file, largest first.
 * Samples in the first skipMs (start-up, warm-up) are left out, so the profile shows the turns.
 */
export function summarizeProfile(file: string, skipMs = 0, top = 15): ProfileTotals {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  let elapsedMs = 0;
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = profile.timeDeltas[index] / 1000;
    elapsedMs += ms;
    const frame = byId.get(id)?.callFrame;
    // Idle is time the process waited, not CPU it used.
    if (elapsedMs < skipMs || !frame || frame.functionName === '(idle)') return;
    totalMs += ms;
    const where = owner(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
    owners.set(where, (owners.get(where) ?? 0) + ms);
  });
  return { functions: ranked(functions, top), owners: ranked(owners, top), totalMs };
}
