import type { TurnContext } from 'botbuilder';
import { renderReply } from '../bot/channels/renderReply';
import type { Answer } from '../knowledge/answers/composeAnswer';

export async function sendAnswer(context: TurnContext, answer: Answer): Promise<void> {
  await context.sendActivity(renderReply(context.activity.channelId, answer));
}
