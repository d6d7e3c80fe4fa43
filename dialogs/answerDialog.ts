import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from './botbuilderDialogs';
import { composeAnswer, needsRegion } from '../knowledge/answers/composeAnswer';
import type { TopicIntent } from '../knowledge/intents';
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
    const definition = this.services.kb.topics.get(topic);
    const profile = await this.services.state.profile.get(step.context, {});
    if (!definition || !needsRegion(definition) || profile.region) return step.next({ region: profile.region });
    return step.beginDialog(REGION_DIALOG, { askWhichWashington } satisfies RegionDialogOptions);
  }

  private async answer(step: WaterfallStepContext) {
    const { topic, question } = step.options as AnswerOptions;
    const { region } = (step.result ?? {}) as RegionDialogResult;
    const answer = composeAnswer(this.services.kb, topic, region);
    const definition = this.services.kb.topics.get(topic);
    // No region to go on: every region's line, so the member still leaves with a number.
    const text = !region && definition && needsRegion(definition) ? `${answer.text}\n\n${allLinesReply(this.services.kb).text}` : answer.text;
    await sendAnswer(step.context, await extendTopicAnswer(this.services, step.context, topic, region, question ?? '', { ...answer, text }));
    return step.endDialog();
  }
}
