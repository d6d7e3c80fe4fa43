import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type BotState, type TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logging/logger';

export const APOLOGY =
  'Sorry, something went wrong on my side. You can call the Member Services number on your ID card (TTY 711), ' +
  'or sign in to kp.org to message Member Services. **For a life-threatening emergency, call 911.**';

/** CloudAdapter with Bot Framework authentication (off when no app id is set, as for the Emulator). */
export function createAdapter(config: Config, logger: Logger, conversationState: BotState): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { type: error.name, message: error.message, stack: error.stack }, channel: context.activity.channelId, activityType: context.activity.type },
      'turn failed',
    );
    try {
      await context.sendActivity(APOLOGY);
    } catch (sendError) {
      logger.error({ err: { message: (sendError as Error).message } }, 'could not send the apology');
    }
    try {
      // A broken dialog stack must not trap the member: the next message starts afresh.
      await conversationState.delete(context);
      await conversationState.saveChanges(context, true);
    } catch (stateError) {
      logger.error({ err: { message: (stateError as Error).message } }, 'could not clear conversation state');
    }
  };
  return adapter;
}
