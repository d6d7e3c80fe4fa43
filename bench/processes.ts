import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { NODE_FLAGS } from '../bot/launchCommand';
import { projectRoot } from '../knowledge/projectRoot';

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Milliseconds from spawn to the first 200 from /healthz. */
  readyMs: number;
  stop(): Promise<void>;
}

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** One GET /healthz on a fresh connection; false while nothing listens yet. */
function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

const POLL_MS = 5;
const READY_TIMEOUT_MS = 30_000;

/** Keeps the end of a stream's text, for an error message. */
function tail(stream: NodeJS.ReadableStream | null, limit = 4000): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => (text = (text + chunk.toString('utf8')).slice(-limit)));
  return () => text;
}

/**
 * Runs a compiled server script with node and, unless told otherwise, the flags `npm start` gives it; waits for /healthz.
 * Its output is not shown (the bench measures the server, it does not read it) unless it fails to start.
 */
export async function launchServer(script: string, env: Record<string, string> = {}, nodeArgs: readonly string[] = NODE_FLAGS): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const start = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: projectRoot(),
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stderr = tail(child.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`${script} exited with code ${child.exitCode} before it was ready:\n${stderr()}`);
    if (performance.now() - start > READY_TIMEOUT_MS) {
      child.kill();
      throw new Error(`${script} was not ready after ${READY_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const readyMs = performance.now() - start;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, url, readyMs, stop };
}

/** Resident set size of a process, in MB, from /proc (Linux). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for process ${pid}`);
  return kb / 1024;
}

/** Linux reports process CPU time in clock ticks; 100 a second on every mainstream kernel build. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const [utime, stime] = [Number(fields[11]), Number(fields[12])];
  return ((utime + stime) * 1000) / CLOCK_TICKS_PER_SECOND;
}
