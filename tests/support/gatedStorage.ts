import type { Storage, StoreItems } from 'botbuilder';

/**
 * The real storage, with a gate that holds conversation-state writes so that a test can
 * decide which of two concurrent turns saves first. Reads, and the writes themselves, are real.
 */
export class GatedStorage implements Storage {
  private toHold = 0;
  private readonly held: (() => void)[] = [];

  constructor(private readonly inner: Storage) {}

  /** Holds the next `count` conversation-state writes until released one by one. */
  hold(count: number): void {
    this.toHold = count;
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    if (this.toHold > 0 && Object.keys(changes).some((key) => key.includes('/conversations/'))) {
      this.toHold -= 1;
      await new Promise<void>((release) => this.held.push(release));
    }
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }

  /** Waits (bounded) until a write is held at the gate. */
  async writeHeld(): Promise<void> {
    for (let attempt = 0; this.held.length === 0; attempt++) {
      if (attempt >= 1000) throw new Error('no write reached the gate within 10 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Lets the oldest held write go ahead. */
  releaseOne(): void {
    this.held.shift()?.();
  }
}
