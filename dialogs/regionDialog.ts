import { ComponentDialog, WaterfallDialog, type PromptValidatorContext, type WaterfallStepContext } from './botbuilderDialogs';
import type { Activity } from 'botbuilder';
import { renderReply } from '../bot/channels/renderReply';
import type { Choice } from '../knowledge/answers/composeAnswer';
import type { RegionId } from '../knowledge/intents';
import type { RegionMatch } from '../knowledge/regions/resolveRegion';
import { unservedReply } from './messages';
import { sendAnswer } from './sendAnswer';
import type { MemberCareServices } from './services';
import { TextPrompt } from './textPrompt';

export const REGION_DIALOG = 'regionDialog';
const REGION_PROMPT = 'regionPrompt';
const WASHINGTON_PROMPT = 'washingtonPrompt';
const STEPS = 'regionSteps';

export const NOT_SURE: Choice = { title: 'Not sure', value: 'Not sure' };
const NOT_SURE_PATTERN = /\b(not sure|no idea|don'?t know|dont know|idk|unsure|which region|no clue)\b/i;
/** After this many answers that name no region, the bot stops asking and lists every line. */
const MAX_ATTEMPTS = 3;

export const WASHINGTON_CHOICES: Choice[] = [
  { title: 'Washington State', value: 'Washington State' },
  { title: 'SW Washington', value: 'Southwest Washington' },
  { title: 'Washington, DC', value: 'Washington, DC' },
];

export interface RegionDialogOptions {
  askWhichWashington?: boolean;
}

/** The dialog's result: the region, or nothing when the member is not sure or lives elsewhere. */
export interface RegionDialogResult {
  region?: RegionId;
}

/**
 * Asks for the member's home region (buttons, or a typed city, state or ZIP code), asks again
 * which Washington for a bare "Washington", and remembers the answer in user state.
 */
export class RegionDialog extends ComponentDialog {
  constructor(private readonly services: MemberCareServices) {
    super(REGION_DIALOG);
    const validate = async (prompt: PromptValidatorContext<string>): Promise<boolean> =>
      prompt.recognized.succeeded &&
      (this.match(prompt.recognized.value ?? '').kind !== 'none' || NOT_SURE_PATTERN.test(prompt.recognized.value ?? '') || prompt.attemptCount >= MAX_ATTEMPTS);
    this.addDialog(new TextPrompt(REGION_PROMPT, validate));
    this.addDialog(new TextPrompt(WASHINGTON_PROMPT, validate));
    this.addDialog(
      new WaterfallDialog(STEPS, [
        (step) => this.askRegion(step),
        (step) => this.askWhichWashington(step),
        (step) => this.finish(step),
      ]),
    );
    this.initialDialogId = STEPS;
  }

  private match(text: string): RegionMatch {
    return this.services.resolveRegion(text);
  }

  private prompt(step: WaterfallStepContext, text: string, choices: Choice[]): Partial<Activity> {
    return renderReply(step.context.activity.channelId, { text, choices });
  }

  private async askRegion(step: WaterfallStepContext) {
    if ((step.options as RegionDialogOptions | undefined)?.askWhichWashington) return step.next('Washington');
    const choices = [...this.services.kb.regions.values()].map((region) => ({ title: region.name, value: region.name }));
    return step.prompt(REGION_PROMPT, {
      prompt: this.prompt(step, 'Which Kaiser Permanente region are you in? Pick one, or type your city, state or ZIP code.', [...choices, NOT_SURE]),
      retryPrompt: this.prompt(step, "I didn't catch a region. Pick one of the buttons, or type your city, state or ZIP code.", [...choices, NOT_SURE]),
    });
  }

  private async askWhichWashington(step: WaterfallStepContext) {
    const match = this.match(step.result as string);
    if (match.kind !== 'ambiguous') return step.next(step.result);
    return step.prompt(WASHINGTON_PROMPT, {
      prompt: this.prompt(
        step,
        'Which Washington do you mean? Washington State (Seattle, Spokane, Tacoma), southwest Washington (Vancouver, Longview), or Washington, DC?',
        WASHINGTON_CHOICES,
      ),
    });
  }

  private async finish(step: WaterfallStepContext) {
    const match = this.match(step.result as string);
    if (match.kind === 'unserved') await sendAnswer(step.context, unservedReply(match.state));
    if (match.kind !== 'region') return step.endDialog({} satisfies RegionDialogResult);
    const profile = await this.services.state.profile.get(step.context, {});
    await this.services.state.profile.set(step.context, { ...profile, region: match.region });
    return step.endDialog({ region: match.region } satisfies RegionDialogResult);
  }
}
