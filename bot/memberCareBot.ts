import {
  ActivityHandler,
  ActivityTypes,
  type Activity,
  type BotState,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from '../dialogs/botbuilderDialogs';
import { createDialogStateConfiguration, useDialogStateConfiguration } from '../dialogs/dialogStateConfiguration';
import type { KnowledgeBase } from '../knowledge/loadKnowledge';
import type { RecognizerResult } from '../knowledge/recognizer/recognize';
import type { RecognizeMessage } from '../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { welcomeReply } from '../dialogs/messages';
import { sendAnswer } from '../dialogs/sendAnswer';
import { recognizeTurn } from '../dialogs/services';
import { isTeamsPersonalInstall, welcomesNewMembers } from './channels/teamsWelcome';
import { normalizeIncoming } from './normalizeIncoming';
import type { Logger } from './logging/logger';
import { maskPersonalData } from './logging/maskPersonalData';
import { runTurnSafely } from './state/runTurnSafely';

export const TRACE_NAME = 'MemberCareRecognizer';

export interface MemberCareBotOptions {
  kb: KnowledgeBase;
  recognize: RecognizeMessage;
  dialog: Dialog;
  conversationState: BotState;
  userState: BotState;
  unmatched?: UnmatchedLogging;
}

/** Questions the bot could not match are logged (to improve the knowledge base); their text only when asked for, masked. */
export interface UnmatchedLogging {
  logger: Logger;
  withText: boolean;
}

/** The recognizer trace the Emulator shows, exactly as intents.md specifies. */
export function recognizerTrace(rawText: string, result: RecognizerResult): Partial<Activity> {
  return {
    type: ActivityTypes.Trace,
    name: TRACE_NAME,
    label: 'Member care recognizer',
    valueType: 'MemberCareRecognizerResult',
    value: {
      text: rawText,
      intent: result.intent,
      score: result.score,
      intents: result.intents.map(({ intent, score }) => ({ intent, score })),
      region: result.region,
      emergency: result.emergency,
    },
  };
}

/** Thin glue: welcome, normalise, trace, run the dialog tree, save state. */
export class MemberCareBot extends ActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly dialogStateConfiguration = createDialogStateConfiguration();

  constructor(private readonly options: MemberCareBotOptions) {
    super();
    const dialogState: StatePropertyAccessor<DialogState> = options.conversationState.createProperty('dialogState');
    this.dialogs = new DialogSet(dialogState).add(options.dialog);

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const newcomers = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
      if (newcomers.length > 0 && welcomesNewMembers(context.activity)) await sendAnswer(context, welcomeReply(options.kb));
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      if (isTeamsPersonalInstall(context.activity)) await sendAnswer(context, welcomeReply(options.kb));
      await next();
    });

    // The channel ended the conversation: nothing about it needs keeping.
    this.onEndOfConversation(async (context, next) => {
      await options.conversationState.delete(context);
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const rawText = context.activity.text ?? '';
    normalizeIncoming(context.activity);
    if (!context.activity.text) {
      await this.handleNoText(context);
      return;
    }
    const result = await recognizeTurn(context, this.options.recognize);
    // "I live in Oakland" matches no topic but is understood: only what the bot could not place is unmatched.
    if (result.outcome === 'none' && result.regionMatch.kind === 'none') this.logUnmatched(context);
    if (context.activity.channelId === 'emulator') await context.sendActivity(recognizerTrace(rawText, result));
    await this.runDialog(context);
  }

  /** Continues the active dialog or starts the main one (runDialog() would add a second trace on the Emulator). */
  private async runDialog(context: TurnContext): Promise<void> {
    useDialogStateConfiguration(context, this.dialogStateConfiguration);
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.options.dialog.id);
  }

  private logUnmatched(context: TurnContext): void {
    const { unmatched } = this.options;
    const text = context.activity.text ?? '';
    const masked = unmatched?.withText ? { text: maskPersonalData(text) } : {};
    unmatched?.logger.info({ channel: context.activity.channelId, chars: text.length, ...masked }, 'unmatched question');
  }

  /** An attachment, a card submit or an empty message: say what the bot can read. */
  private async handleNoText(context: TurnContext): Promise<void> {
    const hasAttachment = (context.activity.attachments ?? []).length > 0;
    const text = hasAttachment
      ? "I can't open attachments here. Please type your question. To send documents to Member Services, use secure messaging on kp.org."
      : "I didn't get any text. Type your question, or pick a topic.";
    await sendAnswer(context, { ...welcomeReply(this.options.kb), text });
  }

  /** Runs the turn and saves state, retrying on fresh state if another instance saved it first. */
  override async run(context: TurnContext): Promise<void> {
    await runTurnSafely(context, [this.options.userState, this.options.conversationState], () => super.run(context));
  }
}
