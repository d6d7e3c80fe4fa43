import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../projectRoot';
import { pruneCacheFolders } from '../cacheFolders';
import { EMBEDDING_SIZE, ENCODER_ID } from './sentenceEncoder';
import type { HeadTraining, ScopeHeadWeights } from './scopeHead';

/**
 * The trained scope head on disk, beside the word models: `npm run build` writes it into dist/, runs from
 * sources into a cache folder per key. It is trained once per change of examples, encoder or head code
 * (the examples' vectors are kept apart, vectorCache.ts), never at a member's message.
 */
const BUILT_DIR = path.join(projectRoot(), 'dist', 'second-opinion');
const SOURCE_CACHE = path.join(projectRoot(), 'node_modules', '.cache', 'member-care-bot', 'second-opinion');
const runningFromSources = path.extname(__filename) === '.ts';
/** Heads kept from sources, as for the word models: the latest few keys, so switching branches does not retrain. */
const CACHED_HEADS_KEPT = 6;

export function defaultHeadDir(key: string): string {
  return runningFromSources ? path.join(SOURCE_CACHE, key.slice(0, 16)) : BUILT_DIR;
}

const METADATA_FILE = 'head.json';
const WEIGHTS_FILE = 'head.bin';

const SavedHeadSchema = z
  .object({
    key: z.string().regex(/^[0-9a-f]{64}$/),
    weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
    labels: z.array(z.string().min(1)).min(2),
  })
  .strict();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** What the head learns from and how, so that a saved head is read only for exactly that. */
export function headKey(rows: ReadonlyArray<{ label: string; text: string }>, training: HeadTraining): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ encoder: ENCODER_ID, training, endianness: os.endianness() }));
  hash.update(rows.map((row) => `${row.label}\0${row.text}`).join('\0'));
  for (const file of ['scopeHead', 'sentenceEncoder']) hash.update(readFileSync(path.join(__dirname, `${file}${path.extname(__filename)}`), 'utf8'));
  return hash.digest('hex');
}

export function saveScopeHead(dir: string, key: string, head: ScopeHeadWeights): void {
  // The biases first, then the weights: one Float32 file.
  const bytes = Buffer.concat([head.bias, head.weights].map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)));
  mkdirSync(dir, { recursive: true });
  // head.json last: without it nothing is read, so an interrupted save leaves no head.
  rmSync(path.join(dir, METADATA_FILE), { force: true });
  writeFileSync(path.join(dir, WEIGHTS_FILE), bytes);
  writeFileSync(path.join(dir, METADATA_FILE), JSON.stringify({ key, weightsSha256: sha256(bytes), labels: head.labels }));
  if (dir.startsWith(SOURCE_CACHE)) pruneCacheFolders(SOURCE_CACHE, CACHED_HEADS_KEPT);
}

/** The saved head if it was trained for exactly this key, else undefined: never an exception. */
export function loadScopeHead(dir: string, key: string): ScopeHeadWeights | undefined {
  try {
    const saved = SavedHeadSchema.parse(JSON.parse(readFileSync(path.join(dir, METADATA_FILE), 'utf8')));
    if (saved.key !== key) return undefined;
    const bytes = readFileSync(path.join(dir, WEIGHTS_FILE));
    const width = saved.labels.length;
    if (sha256(bytes) !== saved.weightsSha256 || bytes.byteLength !== 4 * width * (EMBEDDING_SIZE + 1)) return undefined;
    const floats = new Float32Array(new Uint8Array(bytes).buffer);
    return { labels: saved.labels, bias: floats.slice(0, width), weights: floats.slice(width) };
  } catch {
    return undefined;
  }
}
