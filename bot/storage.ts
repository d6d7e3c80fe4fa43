import { type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import type { Config } from './config';
import type { Logger } from './logging/logger';
import { ResilientStorage } from './resilientStorage';

/** Memory for a single instance; Azure Blob Storage so several instances share conversations. */
export function createStorage(config: Config, logger: Logger): Storage {
  const inner =
    config.STORAGE === 'blob'
      ? new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER)
      : new BoundedMemoryStorage({ maxEntries: config.STATE_MAX_ENTRIES, ttlMs: config.STATE_TTL_MINUTES * 60_000 });
  return new ResilientStorage(inner, logger);
}
