import { type Storage } from 'botbuilder';
import { BoundedMemoryStorage } from './boundedMemoryStorage';
import type { Config } from './config';
import type { Logger } from './logging/logger';
import { ResilientStorage } from './resilientStorage';

/** Loaded only with STORAGE=blob: the Azure Storage SDK adds about 200 ms and several MB to every start otherwise. */
function blobStorage(config: Config): Storage {
  const { BlobStateStorage } = require('./state/blobStateStorage') as typeof import('./state/blobStateStorage');
  return new BlobStateStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
}

/** Memory for a single instance; Azure Blob Storage so several instances share conversations without losing writes. */
export function createStorage(config: Config, logger: Logger): Storage {
  const inner =
    config.STORAGE === 'blob'
      ? blobStorage(config)
      : new BoundedMemoryStorage({ maxEntries: config.STATE_MAX_ENTRIES, ttlMs: config.STATE_TTL_MINUTES * 60_000 });
  return new ResilientStorage(inner, logger);
}
