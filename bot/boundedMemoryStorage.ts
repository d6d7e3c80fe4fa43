import { LRUCache } from 'lru-cache';
import type { Storage, StoreItems } from 'botbuilder';

export interface StateBounds {
  /** Most entries kept; past it the least recently used goes first. */
  maxEntries: number;
  /** How long an entry is kept after it was last read or written. */
  ttlMs: number;
}

/** An item as JSON, and its eTag beside it so that a write can check it without parsing the item. */
interface StoredItem {
  eTag: string;
  json: string;
}

/**
 * Botbuilder's MemoryStorage semantics (JSON copies, eTags, optimistic concurrency) in an LRU cache
 * with a cap and an expiry, so that a flood of conversations cannot grow memory without limit.
 */

export class BoundedMemoryStorage implements Storage {
  private readonly entries: LRUCache<string, StoredItem>;
  private nextETag = 1;

  constructor(bounds: StateBounds) {
    this.entries = new LRUCache<string, StoredItem>({ max: bounds.maxEntries, ttl: bounds.ttlMs, updateAgeOnGet: true });
  }

  /** Entries held now (expired ones may still count until they are next touched or pushed out). */
  get size(): number {
    return this.entries.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const stored = this.entries.get(key);
      if (stored !== undefined) items[key] = JSON.parse(stored.json);
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const stored = this.entries.get(key);
      if (stored !== undefined && item.eTag && item.eTag !== '*' && stored.eTag !== item.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      const eTag = String(this.nextETag++);
      this.entries.set(key, { eTag, json: JSON.stringify({ ...item, eTag }) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.entries.delete(key);
  }
}
