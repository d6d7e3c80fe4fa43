import {
  ActivityTypes,
  BotAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type ResourceResponse,
} from 'botbuilder';

/** Renders a bot activity as terminal text: the message, then its buttons as a numbered list. */
export function formatForTerminal(activity: Partial<Activity>): string | undefined {
  if (activity.type !== ActivityTypes.Message) return undefined;
  const buttons = [
    ...(activity.suggestedActions?.actions ?? []),
    ...(activity.attachments ?? []).flatMap((attachment) => (attachment.content as { buttons?: { title: string }[] })?.buttons ?? []),
  ];
  const lines = [(activity.text ?? '').replace(/\*\*/g, '')];
  if (buttons.length > 0) lines.push(buttons.map((button, index) => `  [${index + 1}] ${button.title}`).join('\n'));
  return lines.join('\n');
}

/** A Bot Framework adapter for the terminal: one conversation, replies written to `write`. */
export class ConsoleAdapter extends BotAdapter {
  private nextId = 0;
  private readonly reference: ConversationReference = {
    channelId: 'console',
    serviceUrl: 'http://localhost/console',
    conversation: { id: 'console', isGroup: false, conversationType: 'personal', name: 'console' },
    user: { id: 'member', name: 'Member' },
    bot: { id: 'member-care-bot', name: 'Member Care Bot' },
  };

  constructor(private readonly write: (text: string) => void) {
    super();
  }

  async receive(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const full = TurnContext.applyConversationReference({ id: String(this.nextId++), timestamp: new Date(), ...activity }, this.reference, true);
    await this.runMiddleware(new TurnContext(this, full), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    return activities.map((activity) => {
      const text = formatForTerminal(activity);
      if (text) this.write(`${text}\n`);
      return { id: String(this.nextId++) };
    });
  }

  async updateActivity(): Promise<void> {
    throw new Error('The terminal cannot update a sent message');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('The terminal cannot delete a sent message');
  }

  async continueConversation(): Promise<void> {
    throw new Error('The terminal has no proactive messages');
  }
}
