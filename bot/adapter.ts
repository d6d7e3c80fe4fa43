import { CloudAdapter, type BotState, type TurnContext } from 'botbuilder';
import { AUTH_TIMEOUT_MS, createBotAuthentication } from './authentication';
import type { Config } from './config';
import type { Logger } from './logging/logger';
import { maskPersonalData } from './logging/maskPersonalData';

export const APOLOGY =
  'Sorry, something went wrong on my side. You can call the Member Services number on your ID card (TTY 711), ' +
  'or sign in to kp.org to message Member Services. **For a life-threatening emergency, call 911.**';

/** CloudAdapter with Bot Framework authentication (off when no app id is set, as for the Emulator). */
export function createAdapter(config: Config, logger: Logger, conversationState: BotState, authTimeoutMs = AUTH_TIMEOUT_MS): CloudAdapter {
  const adapter = new CloudAdapter(createBotAuthentication(config, logger, authTimeoutMs));

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // An error's message can quote the member's words: masked like any logged text.
    const err = { type: error.name, message: maskPersonalData(String(error.message)), stack: maskPersonalData(String(error.stack)) };
    logger.error({ error: err, channel: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      await context.sendActivity(APOLOGY);
    } catch (sendError) {
      logger.error({ error: { message: maskPersonalData(String((sendError as Error).message)) } }, 'could not send the apology');
    }
    try {
      // A broken dialog stack must not trap the member: the next message starts afresh.
      await conversationState.delete(context);
      await conversationState.saveChanges(context, true);
    } catch (stateError) {
      logger.error({ error: { message: maskPersonalData(String((stateError as Error).message)) } }, 'could not clear conversation state');
    }
  };
  return adapter;
}
