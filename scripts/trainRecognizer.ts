import path from 'node:path';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { recognizerModels } from '../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../knowledge/recognizer/recognize';
import { loadEncoderInScope } from '../knowledge/recognizer/secondOpinion/secondOpinion';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';

/**
 * `npm run build`'s last step, run from dist/: trains the recognizer and saves it into dist/ under the
 * key of this build's code and data, so `npm start` loads it instead of training. A model already
 * saved there for the same key is kept: a rebuild without recognizer changes does not train again.
 * The same for the sentence encoder's head, whose training (embedding every example) takes minutes.
 */
async function train(): Promise<void> {
  const kb = loadKnowledge();
  const data = loadRecognizerData();
  let started = performance.now();
  const models = recognizerModels(kb, data, DEFAULT_TUNING);
  const where = path.relative(process.cwd(), models.dir);
  const elapsed = (): number => Math.round(performance.now() - started);
  console.log(models.source === 'loaded' ? `Recognizer up to date in ${where}` : `Recognizer trained in ${elapsed()} ms (${models.reason}), saved in ${where}`);
  started = performance.now();
  let trained = false;
  console.log('Loading the sentence encoder (its head is trained if these examples changed: a few minutes)...');
  await loadEncoderInScope(kb, data, { onTrained: () => (trained = true) });
  console.log(trained ? `Sentence encoder head trained in ${elapsed()} ms` : 'Sentence encoder head up to date');
}

train().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
