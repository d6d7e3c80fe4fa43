import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from './config';

/** Memory for a single instance; Azure Blob Storage so several instances share conversations. */
export function createStorage(config: Config): Storage {
  if (config.STORAGE === 'blob') return new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  return new MemoryStorage();
}
