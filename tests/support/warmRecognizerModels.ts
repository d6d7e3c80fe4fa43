import './quietTensorFlowKernels';
import { loadKnowledge } from '../../knowledge/loadKnowledge';
import { recognizerModels } from '../../knowledge/recognizer/modelFiles';
import { DEFAULT_TUNING } from '../../knowledge/recognizer/recognize';
import { loadEncoderInScope } from '../../knowledge/recognizer/secondOpinion/secondOpinion';
import { loadRecognizerData } from '../../knowledge/recognizer/trainingData';

/**
 * Jest's global setup: trains the recognizer once (or finds it in the model cache) before any suite
 * starts. Otherwise on a fresh clone every suite that builds the bot trains it at the same time, and a
 * suite that waits for a launched bot to be ready (the shutdown test) can time out behind a training.
 * The sentence encoder's head too: on a fresh clone it takes minutes, which no test's timeout allows.
 */
export default async function warmRecognizerModels(): Promise<void> {
  const kb = loadKnowledge();
  const data = loadRecognizerData();
  recognizerModels(kb, data, DEFAULT_TUNING);
  await loadEncoderInScope(kb, data, { onTrained: () => process.stderr.write('\nTrained the sentence encoder head for these examples.\n') });
}
