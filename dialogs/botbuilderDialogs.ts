/**
 * The parts of botbuilder-dialogs the bot uses, from their own modules. The package's index also
 * loads every prompt, the choice and date recognizers and the adaptive runtime: about 300 ms and
 * 30 MB at start-up for nothing the bot serves. Import dialog classes from here, not the package
 * (TextPrompt from ./textPrompt: the library's loads the choice and number recognizers too).
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export type {
  DialogContext,
  DialogInstance,
  DialogState,
  DialogTurnResult,
  PromptOptions,
  PromptRecognizerResult,
  PromptValidator,
  PromptValidatorContext,
  WaterfallStepContext,
} from 'botbuilder-dialogs';
