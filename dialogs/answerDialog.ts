import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from './botbuilderDialogs';
import { composeAnswer, needsRegion } from '../knowledge/answers/composeAnswer';
import type { RegionId, TopicIntent } from '../knowledge/intents';
import { allLinesReply } from './messages';
import { REGION_DIALOG, RegionDialog, type RegionDialogOptions, type RegionDialogResult } from './regionDialog';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';
import { extendTopicAnswer } from './topicExtras';

export const ANSWER_DIALOG = 'answerDialog';
const STEPS = 'answerSteps';

export interface AnswerOptions {
  topic: TopicIntent;
  /** The message said a bare "Washington": ask which one straight away. */
  askWhichWashington?: boolean;
  /** The member's message, for answers that depend on its wording (e.g. which task to do online). */
  question?: string;
}

/**
 * The region a topic's answer can use now (none when the topic needs none), or undefined when the
 * member must be asked first: the answer hands off to a person and no region is known.
 */
export async function regionForAnswer(services: MemberCareServices, context: TurnContext, topic: TopicIntent): Promise<RegionDialogResult | undefined> {
  const definition = services.kb.topics.get(topic);
  const profile = await services.state.profile.get(context, {});
  return !definition || !needsRegion(definition) || profile.region ? { region: profile.region } : undefined;
}

/** Sends the topic's answer for the region (every region's line when it needs one and none is known). */
export async function sendTopicAnswer(services: MemberCareServices, context: TurnContext, topic: TopicIntent, region: RegionId | undefined, question: string): Promise<void> {
  const answer = composeAnswer(services.kb, topic, region);
  const definition = services.kb.topics.get(topic);
  // No region to go on: every region's line, so the member still leaves with a number.
  const text = !region && definition && needsRegion(definition) ? `${answer.text}\n\n${allLinesReply(services.kb).text}` : answer.text;
  await sendAnswer(context, await extendTopicAnswer(services, context, topic, region, question, { ...answer, text }));
}

/** Answers a topic; where it hands off to a person and the region is unknown, asks for it first. */
export class AnswerDialog extends ComponentDialog {
  constructor(private readonly services: MemberCareServices) {
    super(ANSWER_DIALOG);
    this.addDialog(new RegionDialog(services));
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.ensureRegion(step), (step) => this.answer(step)]));
    this.initialDialogId = STEPS;
  }

  private async ensureRegion(step: WaterfallStepContext) {
    const { topic, askWhichWashington } = step.options as AnswerOptions;
    const ready = await regionForAnswer(this.services, step.context, topic);
    if (ready) return step.next(ready);
    return step.beginDialog(REGION_DIALOG, { askWhichWashington } satisfies RegionDialogOptions);
  }

  private async answer(step: WaterfallStepContext) {
    const { topic, question } = step.options as AnswerOptions;
    const { region } = (step.result ?? {}) as RegionDialogResult;
    await sendTopicAnswer(this.services, step.context, topic, region, question ?? '');
    return step.endDialog();
  }
}
