import type { TurnContext } from 'botbuilder';
import type { Answer, Choice } from '../knowledge/answers/composeAnswer';
import { MAKE_CALL_SHEET } from '../knowledge/callSheet/callSheetRequest';
import { composeBestTimeText } from '../knowledge/callTiming/composeBestTime';
import { isDeadlineTopic } from '../knowledge/deadlines/timelines';
import type { RegionId, TopicIntent } from '../knowledge/intents';
import { WORK_OUT_DEADLINE } from './deadlineDialog';
import { withFeedback } from './feedback';
import type { MemberCareServices } from './services';

/** A button that does something for the member, offered first after the topic's answer. */
function actionFor(topic: TopicIntent): Choice[] {
  if (isDeadlineTopic(topic)) return [WORK_OUT_DEADLINE];
  if (topic === 'call-prep') return [MAKE_CALL_SHEET];
  return [];
}

/**
 * What goes beyond the FAQ text on a topic answer: the live call window for "best time to call"
 * (when the region is known), a "work out my deadline" or "make my call sheet" button, and
 * "Was this helpful?" thumbs. Remembers the topic so "Work out my deadline" knows which one.
 */
export async function extendTopicAnswer(
  services: MemberCareServices,
  context: TurnContext,
  topic: TopicIntent,
  regionId: RegionId | undefined,
  question: string,
  answer: Answer,
): Promise<Answer> {
  const flags = await services.state.flags.get(context, { misses: 0 });
  await services.state.flags.set(context, { ...flags, lastTopic: topic });
  const region = regionId ? services.kb.regions.get(regionId) : undefined;
  const text = topic === 'best-time-to-call' && region ? composeBestTimeText(region, services.now(), question) : answer.text;
  return withFeedback(services, context, topic, { text, choices: [...actionFor(topic), ...answer.choices] });
}
