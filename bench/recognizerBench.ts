import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createRecognizer } from '../knowledge/recognizer/recognize';
import { countAsked, loadEncoderInScope } from '../knowledge/recognizer/secondOpinion/secondOpinion';
import { withSecondOpinion, type RecognizeMessage } from '../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';
import { createRegionResolver } from '../knowledge/regions/resolveRegion';
import { median, percentile } from './stats';

export interface RecognizerFigures {
  utterances: number;
  repeats: number;
  /** Each utterance timed once, the first time the recognizer sees it (its caches hold nothing of it). */
  firstMedianMs: number;
  firstP99Ms: number;
  /** The same utterances again, as members repeat common questions. */
  repeatMedianMs: number;
  repeatP99Ms: number;
  /** Of the first-sight utterances, how many the word models were unsure of, so that the sentence encoder was asked. */
  encoderAsked: number;
}

async function timeEach(recognize: RecognizeMessage, texts: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    await recognize(text);
    times.push(performance.now() - start);
  }
  return times;
}

/** Times the bot's recognizer (the word models, and the sentence encoder when they are unsure) per utterance in-process, after other texts have warmed the JIT up. */
export async function benchRecognizer(texts: readonly string[], warmUpTexts: readonly string[], repeats = 5): Promise<RecognizerFigures> {
  const kb = loadKnowledge();
  const data = loadRecognizerData();
  const encoder = countAsked(await loadEncoderInScope(kb, data));
  const recognize = withSecondOpinion(createRecognizer(kb, createRegionResolver([...kb.regions.values()]), undefined, data), encoder.inScope);
  for (let pass = 0; pass < 3; pass++) await timeEach(recognize, warmUpTexts);
  encoder.reset();
  const first = await timeEach(recognize, texts);
  const askedAtFirstSight = encoder.asked();
  const again: number[] = [];
  for (let pass = 0; pass < repeats; pass++) again.push(...(await timeEach(recognize, texts)));
  return {
    utterances: texts.length,
    repeats,
    firstMedianMs: median(first),
    firstP99Ms: percentile(first, 99),
    repeatMedianMs: median(again),
    repeatP99Ms: percentile(again, 99),
    encoderAsked: askedAtFirstSight,
  };
}
