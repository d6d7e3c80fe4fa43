import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IntentSchema } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import { projectRoot } from '../projectRoot';
import { pruneCacheFolders } from './cacheFolders';
import { isOutOfScopeLabel, trainScorerModels, type ScorerModels, type ScorerOptions } from './scorer';
import { FeatureIndex, SoftmaxModel, type ModelWeights } from './softmaxModel';
import type { RecognizerData } from './trainingData';
import { trainingKey } from './trainingKey';

/**
 * The trained recognizer on disk, written by `npm run build` (scripts/trainRecognizer.ts) into the
 * git-ignored dist/, next to the compiled code it was trained by. Two files: model.json (the key,
 * the feature names both models share, each model's labels and biases) and weights.bin: both models'
 * row scales (Float32), then both models' weights (one byte each), intent model first in each part.
 */
const BUILT_MODEL_DIR = path.join(projectRoot(), 'dist', 'recognizer-model');
/**
 * Running from sources (tsx, jest) there is no build: training is kept here for the next runs, one
 * folder per training key, so that branches (or worktrees sharing node_modules) with different data
 * do not keep replacing each other's model. The most recently trained few are kept.
 */
const SOURCE_MODEL_CACHE = path.join(projectRoot(), 'node_modules', '.cache', 'member-care-bot', 'recognizer-model');
const CACHED_KEYS_KEPT = 6;
const runningFromSources = path.extname(__filename) === '.ts';

/** Where the model trained for `key` is kept by default: the build's folder, or its own folder in the cache. */
function defaultModelDir(key: string): string {
  return runningFromSources ? path.join(SOURCE_MODEL_CACHE, key.slice(0, 16)) : BUILT_MODEL_DIR;
}

const METADATA_FILE = 'model.json';
const WEIGHTS_FILE = 'weights.bin';

/** A list of words or word pairs, one a line: one string is far quicker to check than 25,000. */
const lines = z.string().transform((text) => (text === '' ? [] : text.split('\n')));
const joinLines = (list: readonly string[]): string => {
  if (list.some((item) => item === '' || item.includes('\n'))) throw new Error('an empty feature name or word, or one with a line break');
  return list.join('\n');
};

const savedModel = <L extends z.ZodTypeAny>(label: L) =>
  z
    .object({
      labels: z.array(label).min(2),
      bias: z.array(z.number()),
    })
    .strict();

const SavedModelsSchema = z
  .object({
    format: z.literal(3),
    /** trainingKey() of what the models were trained on and by. */
    key: z.string().regex(/^[0-9a-f]{64}$/),
    /** sha256 of weights.bin: a damaged or mismatched file is never read as weights. */
    weightsSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The feature names of both models' rows, one a line, in row order. */
    features: lines,
    intent: savedModel(z.union([IntentSchema, z.custom<`none:${string}`>((label) => typeof label === 'string' && isOutOfScopeLabel(label))])),
    scope: savedModel(z.enum(['in', 'out'])),
    /** The spelling corrector's words, one a line. */
    spelling: z.object({ common: lines, targets: lines }).strict(),
  })
  .strict();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const bytesOf = (array: Float32Array | Int8Array): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

export function saveScorerModels(dir: string, key: string, models: ScorerModels): void {
  const intent = models.intent.toWeights();
  const scope = models.scope.toWeights();
  // The scales first: Float32Array needs 4-byte alignment, bytes do not.
  const weights = Buffer.concat([intent.rowScales, scope.rowScales, intent.weights, scope.weights].map(bytesOf));
  const describe = <L extends string>({ labels, bias }: ModelWeights<L>) => ({ labels: [...labels], bias: [...bias] });
  const metadata: z.input<typeof SavedModelsSchema> = { format: 3, key, weightsSha256: sha256(weights), features: joinLines(models.features.names()), intent: describe(intent), scope: describe(scope), spelling: { common: joinLines(models.spelling.common), targets: joinLines(models.spelling.targets) } };
  mkdirSync(dir, { recursive: true });
  // model.json goes last: without it nothing is loaded, so an interrupted save leaves no model.
  rmSync(path.join(dir, METADATA_FILE), { force: true });
  writeFileSync(path.join(dir, WEIGHTS_FILE), weights);
  writeFileSync(path.join(dir, METADATA_FILE), JSON.stringify(metadata));
}

type SavedModel<L extends string> = { labels: L[]; bias: number[] };

/** Splits the weights file into the two models' row scales and weights, checking its length first. */
function readWeights<I extends string, S extends string>(bytes: Buffer, index: FeatureIndex, intent: SavedModel<I>, scope: SavedModel<S>): [SoftmaxModel<I>, SoftmaxModel<S>] {
  const rows = index.size;
  const sizes = [rows * intent.labels.length, rows * scope.labels.length];
  const expected = rows * 2 * 4 + sizes[0] + sizes[1];
  if (bytes.byteLength !== expected) throw new Error(`${WEIGHTS_FILE} holds ${bytes.byteLength} bytes, ${METADATA_FILE} describes ${expected}`);
  // A small Buffer from the pool may not be 4-byte aligned: then a copy.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const scales = new Float32Array(aligned.buffer, aligned.byteOffset, rows * 2);
  const steps = new Int8Array(aligned.buffer, aligned.byteOffset + scales.byteLength, sizes[0] + sizes[1]);
  const model = <L extends string>(saved: SavedModel<L>, part: 0 | 1) =>
    SoftmaxModel.fromWeights(index, {
      labels: saved.labels,
      rowScales: part === 0 ? scales.subarray(0, rows) : scales.subarray(rows),
      weights: part === 0 ? steps.subarray(0, sizes[0]) : steps.subarray(sizes[0]),
      bias: Float64Array.from(saved.bias),
    });
  return [model(intent, 0), model(scope, 1)];
}

export type LoadedModels = { models: ScorerModels } | { reason: string };

/** The saved models if they were trained for exactly this key; otherwise why not, never an exception. */
export function loadScorerModels(dir: string, key: string): LoadedModels {
  let text: string;
  try {
    text = readFileSync(path.join(dir, METADATA_FILE), 'utf8');
  } catch {
    return { reason: 'no saved model' };
  }
  try {
    const saved = SavedModelsSchema.parse(JSON.parse(text));
    if (saved.key !== key) return { reason: 'saved model trained on other data, options or code' };
    const bytes = readFileSync(path.join(dir, WEIGHTS_FILE));
    if (sha256(bytes) !== saved.weightsSha256) return { reason: `${WEIGHTS_FILE} does not match ${METADATA_FILE}` };
    const features = FeatureIndex.fromNames(saved.features);
    const [intent, scope] = readWeights(bytes, features, saved.intent, saved.scope);
    return { models: { features, intent, scope, spelling: saved.spelling } };
  } catch (error) {
    return { reason: `saved model unreadable: ${error instanceof z.ZodError ? 'not a saved model' : (error as Error).message}` };
  }
}

/** The models, and the folder they were loaded from or saved into. */
export type RecognizerModels = { models: ScorerModels; dir: string } & ({ source: 'loaded' } | { source: 'trained'; reason: string });

/**
 * The recognizer's models: the saved ones if they were trained on exactly these inputs, else trained now
 * and saved for next time (where the folder can be written: a read-only deployment just trains again).
 */
export function recognizerModels(kb: KnowledgeBase, data: RecognizerData, options: ScorerOptions, dir?: string): RecognizerModels {
  const key = trainingKey(kb, data, options);
  const folder = dir ?? defaultModelDir(key);
  const loaded = loadScorerModels(folder, key);
  if ('models' in loaded) return { models: loaded.models, dir: folder, source: 'loaded' };
  const models = trainScorerModels(kb, data, options);
  try {
    saveScorerModels(folder, key, models);
    if (folder.startsWith(SOURCE_MODEL_CACHE)) pruneCacheFolders(SOURCE_MODEL_CACHE, CACHED_KEYS_KEPT);
  } catch {
    // Not writable: nothing lost but the next start-up's time.
  }
  return { models, dir: folder, source: 'trained', reason: loaded.reason };
}
