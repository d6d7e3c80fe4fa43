import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../projectRoot';
import { EMBEDDING_SIZE, ENCODER_ID, type SentenceEncoder } from './sentenceEncoder';

/**
 * The encoder's vectors of the training examples, kept between trainings of the head: embedding all
 * 19,000 takes minutes, and an edit to the examples changes a few. One folder per encoder; the build
 * (dist/) and runs from sources share it, so the head is trained from the same vectors by either.
 */
const CACHE_ROOT = path.join(projectRoot(), 'node_modules', '.cache', 'member-care-bot', 'sentence-vectors');
export const defaultVectorCacheDir = (): string => path.join(CACHE_ROOT, createHash('sha256').update(ENCODER_ID).digest('hex').slice(0, 16));

const TEXTS_FILE = 'texts.json';
const VECTORS_FILE = 'vectors.bin';
const TextsSchema = z.array(z.string());

function readCache(dir: string): Map<string, Float32Array> {
  const cached = new Map<string, Float32Array>();
  try {
    const texts = TextsSchema.parse(JSON.parse(readFileSync(path.join(dir, TEXTS_FILE), 'utf8')));
    const bytes = readFileSync(path.join(dir, VECTORS_FILE));
    if (bytes.byteLength !== texts.length * EMBEDDING_SIZE * 4) return cached;
    const vectors = new Float32Array(new Uint8Array(bytes).buffer);
    texts.forEach((text, index) => cached.set(text, vectors.slice(index * EMBEDDING_SIZE, (index + 1) * EMBEDDING_SIZE)));
  } catch {
    // No cache, or an unreadable one: everything is embedded again.
  }
  return cached;
}

function writeCache(dir: string, texts: readonly string[], vectors: readonly Float32Array[]): void {
  const all = new Float32Array(texts.length * EMBEDDING_SIZE);
  vectors.forEach((vector, index) => all.set(vector, index * EMBEDDING_SIZE));
  mkdirSync(dir, { recursive: true });
  // texts.json last and checked against the vectors' length: an interrupted write is never read as vectors.
  rmSync(path.join(dir, TEXTS_FILE), { force: true });
  writeFileSync(path.join(dir, VECTORS_FILE), Buffer.from(all.buffer));
  writeFileSync(path.join(dir, TEXTS_FILE), JSON.stringify(texts));
}

/** The vectors of `texts`, in order: those cached are read, the rest embedded; the cache then holds exactly these texts. */
export async function embedWithCache(encoder: SentenceEncoder, texts: readonly string[], dir: string = defaultVectorCacheDir()): Promise<Float32Array[]> {
  const cached = readCache(dir);
  const missing = [...new Set(texts.filter((text) => !cached.has(text)))];
  const embedded = await encoder.embed(missing);
  missing.forEach((text, index) => cached.set(text, embedded[index]));
  const unique = [...new Set(texts)];
  try {
    if (missing.length > 0 || unique.length !== cached.size) writeCache(dir, unique, unique.map((text) => cached.get(text)!));
  } catch {
    // Not writable: the next training embeds them again.
  }
  return texts.map((text) => cached.get(text)!);
}
