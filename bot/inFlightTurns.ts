/**
 * Counts the turns being processed so that a shutdown can stop taking new ones and wait for the
 * rest: a member whose message arrived just before a deploy still gets the answer.
 */
export class InFlightTurns {
  private count = 0;
  private draining = false;
  private readonly idleWaiters: Array<() => void> = [];

  get size(): number {
    return this.count;
  }

  /** False once draining has begun: new turns are refused (503) so a load balancer sends them elsewhere. */
  get accepting(): boolean {
    return !this.draining;
  }

  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.count++;
    try {
      return await turn();
    } finally {
      this.count--;
      if (this.count === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
    }
  }

  /** Stops accepting turns; resolves true when the last one ends, or false if timeoutMs passes first. */
  drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.idleWaiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
