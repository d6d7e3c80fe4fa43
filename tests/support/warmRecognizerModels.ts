import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { recognizerModels } from '../../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../../knowledge/recognizer/recognize';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';

/**
 * Jest's global setup: trains the recognizer once (or finds it in the model cache) before any suite
 * starts. Otherwise on a fresh clone every suite that builds the bot trains it at the same time, and a
 * suite that waits for a launched bot to be ready (the shutdown test) can time out behind a training.
 */
export default function warmRecognizerModels(): void {
  recognizerModels(loadKnowledge(), loadRecognizerData(), DEFAULT_TUNING);
}
