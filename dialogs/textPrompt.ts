import { ActivityTypes, InputHints, type TurnContext } from 'botbuilder';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from './botbuilderDialogs';

/** What a prompt keeps in its dialog instance: the library's layout, so conversations in progress carry over. */
interface PromptInstanceState {
  options: PromptOptions;
  state: { attemptCount?: number };
}

/**
 * botbuilder-dialogs' TextPrompt, behaving the same, without its base class: `Prompt` loads the
 * library's choice helpers and with them the number recognizer (about 3.5 MB of heap for the life of
 * the process), for choice lists this bot renders itself (bot/channels). Asks with `prompt`, takes any
 * non-empty text, asks again with `retryPrompt` while the validator says no, and asks again after an
 * interruption ends (resumeDialog).
 */
export class TextPrompt extends Dialog {
  constructor(
    dialogId: string,
    private readonly validator?: PromptValidator<string>,
  ) {
    super(dialogId);
  }

  override async beginDialog(dc: DialogContext, options?: PromptOptions): Promise<DialogTurnResult> {
    const opt: PromptOptions = { ...options };
    for (const activity of [opt.prompt, opt.retryPrompt]) {
      if (activity && typeof activity === 'object' && typeof activity.inputHint !== 'string') activity.inputHint = InputHints.ExpectingInput;
    }
    const instance = dc.activeDialog!.state as PromptInstanceState;
    instance.options = opt;
    instance.state = {};
    await this.ask(dc.context, opt, false);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    // A waterfall step already ran this turn (the prompt began mid-turn): ask again rather than read this message.
    const stepCount: unknown = dc.state.getValue('turn.stepCount');
    if (typeof stepCount === 'number' && stepCount > 0) {
      await this.repromptDialog(dc.context, dc.activeDialog!);
      return Dialog.EndOfTurn;
    }
    const instance = dc.activeDialog!.state as PromptInstanceState;
    const text = dc.context.activity.text;
    const recognized: PromptRecognizerResult<string> = typeof text === 'string' && text.length > 0 ? { succeeded: true, value: text } : { succeeded: false };
    let valid = recognized.succeeded;
    if (this.validator) {
      instance.state.attemptCount ??= 0;
      valid = await this.validator({
        context: dc.context,
        recognized,
        state: instance.state,
        options: instance.options,
        attemptCount: ++instance.state.attemptCount,
      });
    }
    if (valid) return dc.endDialog(recognized.value);
    if (!dc.context.responded) await this.ask(dc.context, instance.options, true);
    return Dialog.EndOfTurn;
  }

  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.repromptDialog(dc.context, dc.activeDialog!);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.ask(context, (instance.state as PromptInstanceState).options, false);
  }

  private async ask(context: TurnContext, options: PromptOptions, isRetry: boolean): Promise<void> {
    const activity = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (activity) await context.sendActivity(activity, undefined, InputHints.ExpectingInput);
  }
}
