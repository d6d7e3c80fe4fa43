import os from 'node:os';

/** What the figures were measured on; they mean little without it. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const [one, five] = os.loadavg();
  return [
    `${os.availableParallelism()} cores (${cpus[0]?.model ?? 'unknown CPU'})`,
    `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`,
    `node ${process.version} on ${os.type()} ${os.release()}`,
    `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`,
  ].join('; ');
}
