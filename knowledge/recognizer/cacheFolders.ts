import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Keeps the `kept` most recently written folders of a cache root (one folder per training key) and
 * removes the rest, and any loose file an older layout left there: switching branches back and forth
 * finds its models, and the cache does not grow with every edit.
 */
export function pruneCacheFolders(root: string, kept: number): void {
  const entries = readdirSync(root, { withFileTypes: true }).map((entry) => {
    const dir = path.join(root, entry.name);
    return { dir, written: entry.isDirectory() ? statSync(dir).mtimeMs : -1 };
  });
  entries.sort((a, b) => b.written - a.written);
  for (const { dir, written } of entries.filter((entry, rank) => entry.written < 0 || rank >= kept)) rmSync(dir, { recursive: written >= 0, force: true });
}
