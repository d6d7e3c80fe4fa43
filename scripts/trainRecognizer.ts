import path from 'node:path';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { DEFAULT_MODEL_DIR, saveScorerModels } from '../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../knowledge/recognizer/recognize';
import { trainScorerModels } from '../knowledge/recognizer/scorer';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';
import { trainingKey } from '../knowledge/recognizer/trainingKey';

/**
 * `npm run build`'s last step, run from dist/: trains the recognizer once and saves it into dist/ under
 * the key of this build's code and data, so `npm start` loads it instead of training.
 */
const started = performance.now();
const kb = loadKnowledge();
const data = loadRecognizerData();
saveScorerModels(DEFAULT_MODEL_DIR, trainingKey(kb, data, DEFAULT_TUNING), trainScorerModels(kb, data, DEFAULT_TUNING));
console.log(`Recognizer trained in ${Math.round(performance.now() - started)} ms, saved in ${path.relative(process.cwd(), DEFAULT_MODEL_DIR)}`);
