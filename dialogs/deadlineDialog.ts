import { ComponentDialog, WaterfallDialog, type DialogContext, type PromptValidatorContext, type WaterfallStepContext } from './botbuilderDialogs';
import type { Choice } from '../knowledge/answers/composeAnswer';
import { contactLine } from '../knowledge/answers/composeAnswer';
import type { CalendarDate } from '../knowledge/dates/calendarDate';
import { composeDeadlineText } from '../knowledge/deadlines/composeDeadlineAnswer';
import { readDeadlineQuestion, type DeadlineStage } from '../knowledge/deadlines/deadlineQuestion';
import { findDate } from '../knowledge/deadlines/findDate';
import { FILING_WINDOWS, type DeadlineTopic } from '../knowledge/deadlines/timelines';
import { withFeedback } from './feedback';
import { memberRegion, memberToday } from './memberClock';
import { allLinesReply } from './messages';
import { REGION_DIALOG, RegionDialog, type RegionDialogResult } from './regionDialog';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';
import { TextPrompt } from './textPrompt';

export const DEADLINE_DIALOG = 'deadlineDialog';
const DATE_PROMPT = 'deadlineDatePrompt';
const STEPS = 'deadlineSteps';
/** After this many replies without a readable date, the bot stops asking. */
const MAX_DATE_ATTEMPTS = 3;

export const WORK_OUT_DEADLINE: Choice = { title: 'Work out my deadline', value: 'Work out my deadline' };

/** Asked when "work out my deadline" comes without a topic: each button names one, so it routes by itself. */
export const DEADLINE_TOPIC_CHOICES: Choice[] = [
  { title: 'Complaint', value: 'Work out my complaint deadline' },
  { title: 'Appeal', value: 'Work out my appeal deadline' },
  { title: 'Medicare appeal', value: 'Work out my Medicare appeal deadline' },
];

export interface DeadlineOptions {
  topic: DeadlineTopic;
  stage: DeadlineStage;
  urgent: boolean;
  date?: CalendarDate;
}

const COUNT_FROM: Record<DeadlineTopic, string> = {
  grievance: 'the date of the event you want to complain about',
  appeal: 'the date of the event or the coverage decision you want to appeal',
  'medicare-appeal': 'the date of the decision',
};

/**
 * Works out the member's own dates for a grievance or appeal: asks for the date when the message
 * had none, answers with the computed date, the source's rule and caveat, then the region's number
 * to confirm (asking for the region when it is not known yet).
 */
export class DeadlineDialog extends ComponentDialog {
  constructor(private readonly services: MemberCareServices) {
    super(DEADLINE_DIALOG);
    this.addDialog(new RegionDialog(services));
    this.addDialog(new TextPrompt(DATE_PROMPT, (prompt) => this.validateDate(prompt)));
    this.addDialog(new WaterfallDialog(STEPS, [(step) => this.askDate(step), (step) => this.answer(step), (step) => this.confirmLine(step)]));
    this.initialDialogId = STEPS;
  }

  private async validateDate(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (!prompt.recognized.succeeded) return false;
    const today = await memberToday(this.services, prompt.context);
    return findDate(prompt.recognized.value ?? '', today) !== undefined || prompt.attemptCount >= MAX_DATE_ATTEMPTS;
  }

  private async askDate(step: WaterfallStepContext) {
    const options = step.options as DeadlineOptions;
    if (options.date) return step.next();
    const examples = 'You can type it like "March 3", "3/3/2026" or "two weeks ago".';
    return step.prompt(DATE_PROMPT, {
      prompt: `What date should I count from? That's ${COUNT_FROM[options.topic]}. ${examples} If you've already filed, tell me the day you filed, like "I filed on March 3".`,
      retryPrompt: `I couldn't read a date there. ${examples}`,
    });
  }

  private async answer(step: WaterfallStepContext) {
    const options = step.options as DeadlineOptions;
    const today = await memberToday(this.services, step.context);
    const reply = typeof step.result === 'string' ? readDeadlineQuestion(step.result, today) : undefined;
    const date = options.date ?? reply?.date?.date;
    if (!date) {
      const window = FILING_WINDOWS[options.topic];
      await sendAnswer(step.context, { text: `I still couldn't read a date, so here is the rule instead: ${window.rule} Member Services will confirm the standard for your plan.`, choices: [] });
      return step.endDialog();
    }
    const stage = reply?.stage === 'response' ? 'response' : options.stage;
    const region = await memberRegion(this.services, step.context);
    const text = composeDeadlineText({ topic: options.topic, stage, urgent: options.urgent || Boolean(reply?.urgent), date, today }, region);
    if (region) {
      await sendAnswer(step.context, await withFeedback(this.services, step.context, options.topic, { text, choices: [] }));
      return step.endDialog();
    }
    await sendAnswer(step.context, { text: `${text}\n\nTell me your region and I'll give you the number to call.`, choices: [] });
    return step.beginDialog(REGION_DIALOG, {});
  }

  private async confirmLine(step: WaterfallStepContext) {
    const options = step.options as DeadlineOptions;
    const { region: regionId } = (step.result ?? {}) as RegionDialogResult;
    const region = regionId ? this.services.kb.regions.get(regionId) : undefined;
    const answer = region ? { text: `To confirm your dates, call ${contactLine(region)}.`, choices: [] } : allLinesReply(this.services.kb);
    await sendAnswer(step.context, await withFeedback(this.services, step.context, options.topic, answer));
    return step.endDialog();
  }
}

/** True when the deadline dialog is waiting for a date and the message gives one: it answers the prompt, not a new question. */
export async function answersDatePrompt(services: MemberCareServices, dc: DialogContext): Promise<boolean> {
  if (dc.activeDialog?.id !== DEADLINE_DIALOG) return false;
  return findDate(dc.context.activity.text ?? '', await memberToday(services, dc.context)) !== undefined;
}
