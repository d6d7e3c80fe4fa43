import { type Storage } from 'botbuilder';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import type { Config } from './config';
import type { Logger } from './logging/logger';
import { ResilientStorage } from './resilientStorage';
import { BlobStateStorage } from './state/blobStateStorage';

/** Memory for a single instance; Azure Blob Storage so several instances share conversations without losing writes. */
export function createStorage(config: Config, logger: Logger): Storage {
  const inner =
    config.STORAGE === 'blob'
      ? new BlobStateStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER)
      : new BoundedMemoryStorage({ maxEntries: config.STATE_MAX_ENTRIES, ttlMs: config.STATE_TTL_MINUTES * 60_000 });
  return new ResilientStorage(inner, logger);
}
