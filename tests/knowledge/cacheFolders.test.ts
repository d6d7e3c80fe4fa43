import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pruneCacheFolders } from '../../knowledge/recognizer/cacheFolders';

describe('model cache folders', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'model-cache-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the most recently written keys and removes older ones and loose files', () => {
    ['oldest', 'older', 'newer', 'newest'].forEach((name, age) => {
      const dir = path.join(root, name);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'model.json'), '{}');
      const when = new Date(Date.UTC(2026, 11, 1 + age));
      utimesSync(dir, when, when);
    });
    writeFileSync(path.join(root, 'model.json'), 'left by an older layout');
    pruneCacheFolders(root, 2);
    expect(readdirSync(root).sort()).toEqual(['newer', 'newest']);
  });
});
