import type { DialogTurnResult, WaterfallStepContext } from './botbuilderDialogs';
import { CALL_ISSUE_CHOICES, callIssueIn, isCallSheetRequest, MAKE_CALL_SHEET } from '../knowledge/callSheet/callSheetRequest';
import { asksBestTimeToCall } from '../knowledge/callTiming/composeBestTime';
import { asksHowLong, isDeadlineRequest, readDeadlineQuestion } from '../knowledge/deadlines/deadlineQuestion';
import { isDeadlineTopic } from '../knowledge/deadlines/timelines';
import { composeInterpreterText } from '../knowledge/language/composeInterpreterAnswer';
import { detectLanguage } from '../knowledge/language/detectLanguage';
import type { RecognizerResult } from '../knowledge/recognizer/recognize';
import { ANSWER_DIALOG, type AnswerOptions } from './answerDialog';
import { CALL_SHEET_DIALOG, type CallSheetOptions } from './callSheet';
import { DEADLINE_DIALOG, DEADLINE_TOPIC_CHOICES, type DeadlineOptions } from './deadlineDialog';
import { handleFeedback } from './feedback';
import { memberRegion, memberToday } from './memberClock';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();

async function routeLanguage(services: MemberCareServices, step: WaterfallStepContext, result: RecognizerResult): Promise<boolean> {
  const language = detectLanguage(result.text);
  if (!language) return false;
  const region = await memberRegion(services, step.context);
  await sendAnswer(step.context, { text: composeInterpreterText(services.kb, language, region), choices: [] });
  return true;
}

async function routeCallSheet(step: WaterfallStepContext, text: string): Promise<DialogTurnResult | undefined> {
  if (!isCallSheetRequest(text) && !same(text, MAKE_CALL_SHEET.value)) return undefined;
  const issue = callIssueIn(text);
  if (issue) return step.beginDialog(CALL_SHEET_DIALOG, { issue } satisfies CallSheetOptions);
  await sendAnswer(step.context, { text: "Happy to help you get ready. What's the call about?", choices: CALL_ISSUE_CHOICES });
  return step.endDialog();
}

async function routeDeadline(services: MemberCareServices, step: WaterfallStepContext, result: RecognizerResult): Promise<DialogTurnResult | undefined> {
  const requested = isDeadlineRequest(result.text);
  // A date, a grievance or appeal (named, or answered just before), and a question about time: "denial letter on
  // March 3, how long do I have?". A date and "denied" alone ("denied a refill on March 3") is the topic's to answer.
  const asksTime = asksHowLong(result.text) || isDeadlineTopic(result.intent);
  if (!requested && (!asksTime || result.intent === 'external-review')) return undefined;
  const question = readDeadlineQuestion(result.text, await memberToday(services, step.context));
  const flags = await services.state.flags.get(step.context, { misses: 0 });
  const lastTopic = flags.lastTopic && isDeadlineTopic(flags.lastTopic) ? flags.lastTopic : undefined;
  const dated = question.date !== undefined && (question.topic !== undefined || (lastTopic !== undefined && asksHowLong(result.text)));
  if (!requested && !dated) return undefined;
  const topic = question.topic ?? lastTopic;
  if (!topic) {
    await sendAnswer(step.context, { text: 'Which deadline should I work out?', choices: DEADLINE_TOPIC_CHOICES });
    return step.endDialog();
  }
  const options: DeadlineOptions = { topic, stage: question.stage, urgent: question.urgent, date: question.date?.date };
  return step.beginDialog(DEADLINE_DIALOG, options);
}

/** A best-time question that names a task ("about my refill") is still a best-time question. */
async function routeBestTime(step: WaterfallStepContext, result: RecognizerResult): Promise<DialogTurnResult | undefined> {
  if (result.intent === 'best-time-to-call' || !asksBestTimeToCall(result.text)) return undefined;
  return step.beginDialog(ANSWER_DIALOG, { topic: 'best-time-to-call', question: result.text } satisfies AnswerOptions);
}

/** "I'm in Denver, ...": the region named in the message counts for the answer given in this turn. */
async function saveNamedRegion(services: MemberCareServices, step: WaterfallStepContext, result: RecognizerResult): Promise<void> {
  if (result.regionMatch.kind !== 'region') return;
  const profile = await services.state.profile.get(step.context, {});
  await services.state.profile.set(step.context, { ...profile, region: result.regionMatch.region });
}

/**
 * Messages the FAQ routing would answer less well, checked after the emergency check and before
 * topic routing: a "Was this helpful?" button, a message in another language, a call-sheet
 * request, a deadline question, and a best-time question the recognizer heard as its task. Undefined when the message is none of these.
 */
export async function routeBeyondFaq(
  services: MemberCareServices,
  step: WaterfallStepContext,
  result: RecognizerResult,
): Promise<DialogTurnResult | undefined> {
  await saveNamedRegion(services, step, result);
  const handled =
    (await handleFeedback(services, step.context)) || (await routeLanguage(services, step, result))
      ? await step.endDialog()
      : ((await routeCallSheet(step, result.text)) ?? (await routeDeadline(services, step, result)) ?? (await routeBestTime(step, result)));
  if (handled) {
    const flags = await services.state.flags.get(step.context, { misses: 0 });
    await services.state.flags.set(step.context, { ...flags, misses: 0 });
  }
  return handled;
}
