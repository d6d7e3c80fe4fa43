import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../knowledge/loadKnowledge';
import type { RegionResolver } from '../knowledge/regions/resolveRegion';
import type { RecognizerResult } from '../knowledge/recognizer/recognize';
import type { RecognizeMessage } from '../knowledge/recognizer/secondOpinion/withSecondOpinion';
import type { InsightsStore } from '../bot/insights/insightsStore';
import type { MemberStateAccessors } from './memberState';

/** What the dialogs need from the rest of the bot; passed in so tests use the real pieces directly. */
export interface MemberCareServices {
  kb: KnowledgeBase;
  recognize: RecognizeMessage;
  resolveRegion: RegionResolver;
  state: MemberStateAccessors;
  /** The clock: deadlines and call windows are computed from it, so tests fix it. */
  now: () => Date;
  /** "Was this helpful?" ratings and masked unmatched questions. */
  insights: InsightsStore;
}

const RECOGNIZED = Symbol('memberCareRecognized');

/** The turn's text as the recognizer should see it: trimmed, with the bot's Teams @mention removed upstream. */
export function turnText(context: TurnContext): string {
  return (context.activity.text ?? '').trim();
}

/** Recognizes the turn's message once; the bot (for the trace) and the dialogs share the result. */
export async function recognizeTurn(context: TurnContext, recognize: RecognizeMessage): Promise<RecognizerResult> {
  const cached = context.turnState.get(RECOGNIZED) as RecognizerResult | undefined;
  if (cached) return cached;
  const result = await recognize(turnText(context));
  context.turnState.set(RECOGNIZED, result);
  return result;
}
