import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { BOT_ACCOUNT, CHANNEL_ID } from './directLineRoutes';
import { ConversationFullError, type Conversation, type ConversationStore } from './conversationStore';
import { BotActivitySchema, type BotActivity } from './schema';

/**
 * The Bot Connector routes the bot's replies are posted to (the local Direct Line is their
 * serviceUrl): sendToConversation and replyToActivity. The unguessable conversation id is the
 * only key, as there are no app credentials to check in local mode.
 */
export function mountConnectorRoutes(server: Server, store: ConversationStore): void {
  const receive = async (req: Request, res: Response): Promise<void> => {
    const conversation = store.get(req.params.conversationId);
    const parsed = BotActivitySchema.safeParse(req.body);
    if (!conversation) {
      res.send(404, { error: { code: 'NotFound', message: 'No such conversation.' } });
    } else if (!parsed.success) {
      res.send(400, { error: { code: 'BadArgument', message: 'An activity needs a type.' } });
    } else if (parsed.data.type === 'trace') {
      // The Direct Line service does not pass trace activities on to clients.
      res.send(200, { id: randomUUID() });
    } else {
      deliver(conversation, parsed.data, res);
    }
  };
  const deliver = (conversation: Conversation, activity: BotActivity, res: Response): void => {
    try {
      const stored = store.append(conversation, { ...activity, channelId: CHANNEL_ID, from: activity.from ?? BOT_ACCOUNT });
      res.send(200, { id: stored.id });
    } catch (error) {
      if (!(error instanceof ConversationFullError)) throw error;
      res.send(429, { error: { code: 'TooManyRequests', message: error.message } });
    }
  };
  server.post('/v3/conversations/:conversationId/activities', receive);
  server.post('/v3/conversations/:conversationId/activities/:activityId', receive);
}
