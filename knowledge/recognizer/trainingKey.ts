import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KnowledgeBase } from '../loadKnowledge';
import type { ScorerOptions } from './scorer';
import { trainingExamples, type RecognizerData } from './trainingData';

/**
 * Modules that run only after the models have scored a message: the emergency detector with its
 * danger patterns (the `danger/` folder), the thresholds, and the sentence encoder's second opinion
 * (the `secondOpinion/` folder, whose head has a key of its own). Nothing that trains imports them (a
 * test checks), so editing a danger pattern must not cost a training, nor leave a test waiting for one.
 */
export const AFTER_SCORING_MODULES: readonly string[] = ['recognize', 'emergency', 'danger', 'dangerSpelling', 'secondOpinion'];

/** The recognizer's training code as it runs here: the sources under tsx and jest, the compiled files under dist/; files only, not folders. */
function trainingCode(dir: string): string[] {
  const extension = path.extname(__filename);
  return readdirSync(dir)
    .filter((name) => path.extname(name) === extension && !name.endsWith(`.d${extension}`))
    .filter((name) => !AFTER_SCORING_MODULES.includes(path.basename(name, extension)))
    .sort()
    .map((name) => `${name}\n${readFileSync(path.join(dir, name), 'utf8')}`);
}

/**
 * A hash of everything training depends on, so that a saved model is used only where training would
 * give the very same weights: the examples as learnt (labels and texts from topics.json,
 * conversation.json and the recognizer data, small-talk wrappers included) and the marker phrases,
 * the training options, the recognizer's training code (`codeDir`: this folder), and the JavaScript
 * engine and byte order (another V8 may round Math.exp differently; the weights are stored in the
 * machine's byte order).
 */
export function trainingKey(kb: KnowledgeBase, data: RecognizerData, options: ScorerOptions, codeDir: string = __dirname): string {
  // Typed as ScorerOptions so that a new option cannot be left out of the key.
  const scorerOptions: ScorerOptions = {
    outOfScopeWeight: options.outOfScopeWeight,
    training: options.training,
    spelling: options.spelling,
  };
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ v8: process.versions.v8, endianness: os.endianness(), scorerOptions, markers: data.markers }));
  // NUL-separated: quicker than JSON for 12,000 examples, and no label or text holds a NUL.
  hash.update(trainingExamples(kb, data).map((example) => `${example.label}\0${example.kind ?? ''}\0${example.text}`).join('\0'));
  for (const file of trainingCode(codeDir)) hash.update(file);
  return hash.digest('hex');
}
