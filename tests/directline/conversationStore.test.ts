import {
  ConversationFullError,
  ConversationStore,
  MAX_ACTIVITIES,
  MAX_CONVERSATIONS,
  TOKEN_LIFETIME_SECONDS,
} from '../../bot/directline/conversationStore';

describe('ConversationStore', () => {
  it('lets a token open its conversation until it expires; a refreshed token lives on', () => {
    let now = 0;
    const store = new ConversationStore(() => now);
    const { token, conversationId } = store.create();
    const conversation = store.conversationFor(token);
    expect(conversation?.id).toBe(conversationId);

    now = (TOKEN_LIFETIME_SECONDS - 60) * 1000;
    const refreshed = store.refresh(conversation!);
    now = TOKEN_LIFETIME_SECONDS * 1000;
    expect(store.conversationFor(token)).toBeUndefined();
    expect(store.conversationFor(refreshed.token)?.id).toBe(conversationId);
  });

  it('forgets the least recently used conversation, and its tokens, when full', () => {
    const store = new ConversationStore();
    const oldest = store.create();
    const active = store.create();
    for (let index = 2; index < MAX_CONVERSATIONS; index += 1) store.create();
    store.conversationFor(oldest.token);
    store.create();
    expect(store.conversationFor(oldest.token)?.id).toBe(oldest.conversationId);
    expect(store.conversationFor(active.token)).toBeUndefined();
    expect(store.get(active.conversationId)).toBeUndefined();
  });

  it('stops a conversation from growing without bound', () => {
    const store = new ConversationStore();
    const conversation = store.conversationFor(store.create().token)!;
    for (let index = 0; index < MAX_ACTIVITIES; index += 1) store.append(conversation, { type: 'message', text: `${index}` });
    expect(() => store.append(conversation, { type: 'message', text: 'one more' })).toThrow(ConversationFullError);
  });
});
