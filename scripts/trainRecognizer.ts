import path from 'node:path';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { defaultModelDir, recognizerModels } from '../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../knowledge/recognizer/recognize';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';
import { trainingKey } from '../knowledge/recognizer/trainingKey';

/**
 * `npm run build`'s last step, run from dist/: trains the recognizer and saves it into dist/ under the
 * key of this build's code and data, so `npm start` loads it instead of training. A model already
 * saved there for the same key is kept: a rebuild without recognizer changes does not train again.
 */
const started = performance.now();
const kb = loadKnowledge();
const data = loadRecognizerData();
const dir = defaultModelDir(trainingKey(kb, data, DEFAULT_TUNING));
const models = recognizerModels(kb, data, DEFAULT_TUNING, dir);
const where = path.relative(process.cwd(), dir);
const elapsed = Math.round(performance.now() - started);
console.log(models.source === 'loaded' ? `Recognizer up to date in ${where}` : `Recognizer trained in ${elapsed} ms (${models.reason}), saved in ${where}`);
