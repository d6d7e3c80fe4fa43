import { performance } from 'node:perf_hooks';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { createRecognizer, type Recognize } from '../knowledge/recognizer/recognize';
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
}

function timeEach(recognize: Recognize, texts: readonly string[]): number[] {
  return texts.map((text) => {
    const start = performance.now();
    recognize(text);
    return performance.now() - start;
  });
}

/** Times recognize() per utterance in-process, after other texts have warmed the JIT up. */
export function benchRecognizer(texts: readonly string[], warmUpTexts: readonly string[], repeats = 5): RecognizerFigures {
  const kb = loadKnowledge();
  const recognize = createRecognizer(kb, createRegionResolver([...kb.regions.values()]));
  for (let pass = 0; pass < 3; pass++) timeEach(recognize, warmUpTexts);
  const first = timeEach(recognize, texts);
  const again = Array.from({ length: repeats }, () => timeEach(recognize, texts)).flat();
  return {
    utterances: texts.length,
    repeats,
    firstMedianMs: median(first),
    firstP99Ms: percentile(first, 99),
    repeatMedianMs: median(again),
    repeatP99Ms: percentile(again, 99),
  };
}
