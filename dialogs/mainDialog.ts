import { EventFactory } from 'botbuilder';
import {
  ComponentDialog,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from './botbuilderDialogs';
import { isTopicIntent } from '../knowledge/intents';
import type { RecognizerResult } from '../knowledge/recognizer/recognize';
import { detectLanguage } from '../knowledge/language/detectLanguage';
import { ANSWER_DIALOG, AnswerDialog, regionForAnswer, sendTopicAnswer, type AnswerOptions } from './answerDialog';
import { routeBeyondFaq } from './beyondFaqRoutes';
import { CallSheetDialog } from './callSheet';
import { answersDatePrompt, DeadlineDialog } from './deadlineDialog';
import * as messages from './messages';
import { sendAnswer } from './sendAnswer';
import { recognizeTurn, type MemberCareServices } from './services';

export const MAIN_DIALOG = 'mainDialog';
const ROUTE = 'route';

/** "I moved to Georgia", "I live in Denver now": the member is telling us their region. */
const REGION_STATEMENT = /\b(moved|move|moving|relocat\w*|live|living|i'?m in|i am in|based in|my region|switch|change (my )?region|from)\b/i;

/**
 * The conversation's root: routes each message (emergency first, then small talk, a region
 * change, a topic, "did you mean", or out of scope) and lets interruptions cut into any prompt.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: MemberCareServices) {
    super(MAIN_DIALOG);
    this.addDialog(new AnswerDialog(services));
    this.addDialog(new DeadlineDialog(services));
    this.addDialog(new CallSheetDialog(services));
    this.addDialog(new WaterfallDialog(ROUTE, [(step) => this.route(step)]));
    this.initialDialogId = ROUTE;
  }

  private recognized(dc: DialogContext): Promise<RecognizerResult> {
    return recognizeTurn(dc.context, this.services.recognize);
  }

  /** Checked before the active prompt sees the message. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const result = await this.recognized(innerDc);
    if (result.emergency) {
      await this.sendEmergency(innerDc);
      return { status: DialogTurnStatus.waiting };
    }
    if (result.intent === 'start-over') {
      await innerDc.cancelAllDialogs();
      await sendAnswer(innerDc.context, messages.startOverReply(this.services.kb));
      return innerDc.endDialog();
    }
    if (result.intent === 'help') {
      await sendAnswer(innerDc.context, messages.helpReply(this.services.kb));
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    if (await answersDatePrompt(this.services, innerDc)) return super.onContinueDialog(innerDc);
    // A new question (or one in another language) instead of an answer to the prompt: drop the prompt and answer the question.
    if (detectLanguage(result.text)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    if (result.region === null && result.outcome === 'answer' && isTopicIntent(result.intent)) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(ROUTE);
    }
    return super.onContinueDialog(innerDc);
  }

  private async sendEmergency(dc: DialogContext): Promise<void> {
    const profile = await this.services.state.profile.get(dc.context, {});
    const region = profile.region ? this.services.kb.regions.get(profile.region) : undefined;
    await sendAnswer(dc.context, messages.emergencyReply(region));
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = await this.recognized(step);
    const { kb, state } = this.services;
    const flags = await state.flags.get(step.context, { misses: 0 });
    flags.misses = result.intent === 'none' && result.regionMatch.kind === 'none' ? flags.misses + 1 : 0;
    await state.flags.set(step.context, flags);

    if (result.emergency || result.intent === 'emergency') {
      await this.sendEmergency(step);
      return step.endDialog();
    }
    const beyondFaq = await routeBeyondFaq(this.services, step, result);
    if (beyondFaq) return beyondFaq;
    // "I live in Oakland" (read as no topic, or as a service-area question): the region reply has answered it.
    if (await this.rememberRegion(step, result)) return step.endDialog();

    switch (result.intent) {
      case 'greeting':
        await sendAnswer(step.context, messages.greetingReply(kb));
        return step.endDialog();
      case 'help':
        await sendAnswer(step.context, messages.helpReply(kb));
        return step.endDialog();
      case 'thanks':
        await sendAnswer(step.context, messages.thanksReply());
        return step.endDialog();
      case 'goodbye':
        await sendAnswer(step.context, messages.goodbyeReply());
        return step.endDialog();
      case 'start-over':
        await sendAnswer(step.context, messages.startOverReply(kb));
        return step.endDialog();
      case 'none':
        return this.outOfScope(step, result, flags.misses);
      default:
        break;
    }
    if (result.outcome === 'clarify') {
      // The recognizer found the top two too close to call; a third joins only if nearly as close.
      const choices = result.intents.flatMap((candidate, rank) => {
        const topic = isTopicIntent(candidate.intent) ? kb.topics.get(candidate.intent) : undefined;
        return topic && (rank < 2 || candidate.score >= result.score - 0.1) ? [{ title: topic.title, value: topic.title }] : [];
      });
      await sendAnswer(step.context, messages.clarifyReply(choices));
      return step.endDialog();
    }
    // Most answers need no question back: sent from here, without starting the answer dialog (and its dialog contexts) for one turn.
    const ready = await regionForAnswer(this.services, step.context, result.intent);
    if (ready) {
      await sendTopicAnswer(this.services, step.context, result.intent, ready.region, result.text);
      return step.endDialog();
    }
    const askWhichWashington = result.regionMatch.kind === 'ambiguous';
    return step.beginDialog(ANSWER_DIALOG, { topic: result.intent, askWhichWashington, question: result.text } as AnswerOptions);
  }

  /** Saves a region named in the message; true when the message was only about the region. */
  private async rememberRegion(step: WaterfallStepContext, result: RecognizerResult): Promise<boolean> {
    const { kb, state } = this.services;
    const match = result.regionMatch;
    if (match.kind === 'region') {
      const profile = await state.profile.get(step.context, {});
      await state.profile.set(step.context, { ...profile, region: match.region });
      if (result.intent === 'none' || (REGION_STATEMENT.test(result.text) && result.intent === 'service-area')) {
        const region = kb.regions.get(match.region);
        if (region) await sendAnswer(step.context, messages.regionSavedReply(region));
        return true;
      }
    }
    if (match.kind === 'ambiguous') {
      // "Washington": forget any earlier region so the answer asks which one.
      await state.profile.set(step.context, { ...(await state.profile.get(step.context, {})), region: undefined });
    }
    if (match.kind === 'unserved' && result.intent === 'none') {
      await sendAnswer(step.context, messages.unservedReply(match.state));
      return true;
    }
    return false;
  }

  private async outOfScope(step: WaterfallStepContext, result: RecognizerResult, misses: number): Promise<DialogTurnResult> {
    const { kb, state } = this.services;
    if (result.regionMatch.kind === 'ambiguous') {
      return step.beginDialog(ANSWER_DIALOG, { topic: 'contact-member-services', askWhichWashington: true } as AnswerOptions);
    }
    await this.services.insights.recordUnmatched(result.text);
    if (misses < 2) {
      await sendAnswer(step.context, messages.outOfScopeReply(kb));
      return step.endDialog();
    }
    await state.flags.set(step.context, { misses: 0 });
    const profile = await state.profile.get(step.context, {});
    const region = profile.region ? kb.regions.get(profile.region) : undefined;
    await step.context.sendActivity(
      EventFactory.createHandoffInitiation(step.context, { reason: 'out-of-scope', region: profile.region ?? null }),
    );
    await sendAnswer(step.context, messages.handoffReply(kb, region));
    return step.endDialog();
  }
}
