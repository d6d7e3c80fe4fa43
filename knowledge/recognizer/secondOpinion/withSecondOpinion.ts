import { DEFAULT_TUNING, isDoubtful, MAX_RECOGNIZED_CHARS, reconsider, type Recognize, type RecognizerResult, type RecognizerTuning } from '../recognize';
import type { EncoderInScope } from './secondOpinion';

/** What the bot calls with a member's message: the word models first, the sentence encoder when they are in doubt. */
export type RecognizeMessage = (text: string) => Promise<RecognizerResult>;

/**
 * The word models decide most messages alone in well under a millisecond. Where they are unsure (about one
 * message in eight on dev), the sentence encoder's reading is mixed into the confidence: it knows "what
 * band is this" is not ours although "band" shares nothing with music in our data.
 */
export function withSecondOpinion(recognize: Recognize, encoderInScope: EncoderInScope, tuning: RecognizerTuning = DEFAULT_TUNING): RecognizeMessage {
  return async (text) => {
    const first = recognize(text);
    if (!isDoubtful(first, tuning)) return first;
    try {
      return reconsider(first, await encoderInScope(text.slice(0, MAX_RECOGNIZED_CHARS)), tuning);
    } catch {
      // An encoder that could not load (logged where it is loaded) leaves the word models' decision, as before it existed.
      return first;
    }
  };
}
