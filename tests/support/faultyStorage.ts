import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

export type Operation = 'read' | 'write' | 'delete';

/** MemoryStorage whose chosen operations fail, as a storage account that is down or throttling would. */
export class FaultyStorage implements Storage {
  private readonly inner = new MemoryStorage();
  calls = 0;

  constructor(private readonly failing: ReadonlySet<Operation>) {}

  private attempt(operation: Operation): void {
    this.calls++;
    if (this.failing.has(operation)) throw new Error(`storage ${operation} failed: service unavailable`);
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.attempt('read');
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    this.attempt('write');
    return this.inner.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    this.attempt('delete');
    return this.inner.delete(keys);
  }
}

/** MemoryStorage whose reads wait until `open()` is called: a turn that stays in flight as long as a test needs. */
export class GatedStorage implements Storage {
  private readonly inner = new MemoryStorage();
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  open(): void {
    this.release();
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.gate;
    return this.inner.read(keys);
  }

  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}
