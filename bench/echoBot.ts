import { ActivityHandler, type BotState, type TurnContext } from 'botbuilder';

/**
 * The bench's floor: a bot that does no work of its own beyond the minimum any stateful bot does
 * (read and save its conversation state through the same storage) and echoes the message.
 */
export class EchoBot extends ActivityHandler {
  constructor(private readonly conversationState: BotState) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
  }
}
