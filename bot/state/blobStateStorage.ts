import { RestError, ContainerClient } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { StateConflictError } from './stateConflictError';

/**
 * Azure Blob Storage for bot state that never overwrites another instance's write.
 *
 * BotState.saveChanges always writes with eTag "*" (last writer wins), so with several
 * instances one turn could silently undo another's. This storage remembers the eTag each
 * state object was read with and writes only if the blob is still that version (If-Match).
 * An object it did not read (BotState's fresh {} for state that did not exist) is written
 * only if nobody has created that blob since (If-None-Match).
 * A lost race throws StateConflictError; the turn is retried on fresh state (runTurnSafely).
 * Reads, deletes and the blob layout stay BlobsStorage's, so existing state reads the same.
 */
export class BlobStateStorage extends BlobsStorage {
  private readonly container: ContainerClient;
  private readonly readETags = new WeakMap<object, string>();
  private ready?: Promise<unknown>;

  constructor(connectionString: string, containerName: string) {
    super(connectionString, containerName);
    this.container = new ContainerClient(connectionString, containerName);
  }

  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    for (const item of Object.values(items)) if (item?.eTag) this.readETags.set(item, item.eTag);
    return items;
  }

  override async write(changes: StoreItems): Promise<void> {
    this.ready ??= this.container.createIfNotExists();
    await this.ready;
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeItem(key, item as StoreItem)));
  }

  private async writeItem(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...value } = item;
    const expected = this.readETags.get(item) ?? (eTag && eTag !== '*' ? eTag : undefined);
    const body = JSON.stringify(value);
    try {
      const response = await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: expected ? { ifMatch: expected } : { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      // The same object may be saved again this turn: it now stands for the version just written.
      if (response.etag) this.readETags.set(item, response.etag);
    } catch (error) {
      // 412: changed since read (If-Match failed); 409: created meanwhile (If-None-Match failed).
      if (error instanceof RestError && (error.statusCode === 412 || error.statusCode === 409)) throw new StateConflictError(key);
      throw error;
    }
  }
}
