import type { TurnContext } from 'botbuilder';
import type { Answer, Choice } from '../knowledge/answers/composeAnswer';
import { contactLine } from '../knowledge/answers/composeAnswer';
import type { TopicIntent } from '../knowledge/intents';
import type { Rating } from '../bot/insights/insightsStore';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';

export const HELPFUL: Choice = { title: '👍 Helpful', value: '👍 Helpful' };
export const NOT_HELPFUL: Choice = { title: '👎 Not helpful', value: '👎 Not helpful' };

/** Other buttons kept next to the thumbs, so an answer never shows a wall of buttons. */
export const MAX_CHOICES_WITH_FEEDBACK = 3;

function ratingOf(text: string): Rating | undefined {
  const folded = text.trim().toLowerCase();
  if (folded === HELPFUL.value.toLowerCase() || folded === '👍') return 'up';
  if (folded === NOT_HELPFUL.value.toLowerCase() || folded === '👎') return 'down';
  return undefined;
}

/**
 * Adds "👍 Helpful / 👎 Not helpful" to a topic answer, the first time that topic is answered in
 * the conversation, and remembers which topic the thumbs rate.
 */
export async function withFeedback(services: MemberCareServices, context: TurnContext, topic: TopicIntent, answer: Answer): Promise<Answer> {
  const flags = await services.state.flags.get(context, { misses: 0 });
  const asked = flags.feedbackAsked ?? [];
  if (asked.includes(topic)) return answer;
  await services.state.flags.set(context, { ...flags, feedbackFor: topic, feedbackAsked: [...asked, topic] });
  return { ...answer, choices: [...answer.choices.slice(0, MAX_CHOICES_WITH_FEEDBACK), HELPFUL, NOT_HELPFUL] };
}

/** A thumbs button: records the rating for the topic it was offered on and thanks the member. False for any other message. */
export async function handleFeedback(services: MemberCareServices, context: TurnContext): Promise<boolean> {
  const rating = ratingOf(context.activity.text ?? '');
  if (!rating) return false;
  const flags = await services.state.flags.get(context, { misses: 0 });
  if (flags.feedbackFor) await services.insights.recordRating(flags.feedbackFor, rating);
  await services.state.flags.set(context, { ...flags, feedbackFor: undefined, misses: 0 });
  if (rating === 'up') {
    await sendAnswer(context, { text: 'Thanks for letting me know. Is there anything else I can help with?', choices: [] });
    return true;
  }
  const profile = await services.state.profile.get(context, {});
  const region = profile.region ? services.kb.regions.get(profile.region) : undefined;
  const person = region ? `call ${contactLine(region)}` : 'call the Member Services number on your ID card (TTY 711)';
  await sendAnswer(context, {
    text: `Thanks for telling me, and sorry that didn't help. You can ask again in other words, or talk to a person: ${person}.`,
    choices: [],
  });
  return true;
}
