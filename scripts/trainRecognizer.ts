import path from 'node:path';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { recognizerModels } from '../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../knowledge/recognizer/recognize';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';

/**
 * `npm run build`'s last step, run from dist/: trains the recognizer and saves it into dist/ under the
 * key of this build's code and data, so `npm start` loads it instead of training. A model already
 * saved there for the same key is kept: a rebuild without recognizer changes does not train again.
 */
const started = performance.now();
const models = recognizerModels(loadKnowledge(), loadRecognizerData(), DEFAULT_TUNING);
const where = path.relative(process.cwd(), models.dir);
const elapsed = Math.round(performance.now() - started);
console.log(models.source === 'loaded' ? `Recognizer up to date in ${where}` : `Recognizer trained in ${elapsed} ms (${models.reason}), saved in ${where}`);
