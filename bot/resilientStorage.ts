import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from './logging/logger';
import { maskPersonalData } from './logging/maskPersonalData';
import { StateConflictError } from './state/stateConflictError';

/**
 * A storage failure must not cost the member an answer: a failed read starts from empty state (the
 * bot may ask for the region again), a failed write or delete is dropped. Each failure is logged with
 * the operation and the error (masked), never the keys (they hold user ids) or the state itself.
 */
export class ResilientStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly logger: Logger,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (error) {
      this.logFailure('read', keys.length, error);
      return {};
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.inner.write(changes);
    } catch (error) {
      // Another instance saved first: the turn must run again on its state, not drop this write silently.
      if (error instanceof StateConflictError) throw error;
      this.logFailure('write', Object.keys(changes).length, error);
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (error) {
      this.logFailure('delete', keys.length, error);
    }
  }

  private logFailure(operation: string, keyCount: number, error: unknown): void {
    const err = error instanceof Error ? { type: error.name, message: maskPersonalData(error.message) } : { type: typeof error };
    this.logger.error({ operation, keyCount, error: err }, 'state storage failed; the turn goes on without it');
  }
}
