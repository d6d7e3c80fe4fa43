import { ConversationState, type TurnContext } from 'botbuilder';

/**
 * Conversation state kept per member in group conversations (Teams channels and group chats),
 * as in a personal chat: one member's region question is not answered by whoever speaks next,
 * and one member's off-topic messages do not count towards another's hand-off.
 */
export class MemberConversationState extends ConversationState {
  override getStorageKey(context: TurnContext): string | undefined {
    const key = super.getStorageKey(context);
    const { conversation, from } = context.activity;
    return key && conversation?.isGroup && from?.id ? `${key}members/${from.id}/` : key;
  }
}
