import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import { assembleBot, type AssembledBot, type AssembleOptions } from '../../bot/assembleBot';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

/** Loaded once per test file: the real knowledge base. */
export const kb = loadKnowledge();

export interface MemberConversation {
  assembled: AssembledBot;
  /** Sends one message and returns what the bot sent back in that turn. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Sends any activity (conversationUpdate, an attachment ...). */
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** A conversation with the whole bot (MemberCareBot + dialogs + state) through botbuilder's TestAdapter. */
export function memberConversation(channelId = 'test', storage: Storage = new MemoryStorage(), options: AssembleOptions = {}): MemberConversation {
  const assembled = assembleBot(storage, kb, undefined, options);
  const adapter = new TestAdapter(undefined, { channelId }, true);
  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    await adapter.processActivity(activity, (context) => assembled.bot.run(context));
    const replies: Partial<Activity>[] = [];
    while (adapter.activeQueue.length > 0) replies.push(adapter.activeQueue.shift() as Partial<Activity>);
    return replies;
  };
  return {
    assembled,
    send,
    say: (text, extra = {}) => send({ type: ActivityTypes.Message, text, ...extra }),
  };
}

export function messages(replies: Partial<Activity>[]): Partial<Activity>[] {
  return replies.filter((reply) => reply.type === ActivityTypes.Message);
}

/** All message text of a turn, joined. */
export function textOf(replies: Partial<Activity>[]): string {
  return messages(replies)
    .map((reply) => reply.text ?? '')
    .join('\n');
}

/** Button titles of a turn's messages (suggested actions and card buttons). */
export function buttonsOf(replies: Partial<Activity>[]): string[] {
  return messages(replies).flatMap((reply) => [
    ...(reply.suggestedActions?.actions ?? []).map((action) => action.title ?? ''),
    ...(reply.attachments ?? []).flatMap((attachment) =>
      ((attachment.content as { buttons?: { title: string }[] })?.buttons ?? []).map((button) => button.title),
    ),
  ]);
}

/** Every phone number in a text, as written. */
export function phoneNumbersIn(text: string): string[] {
  return text.match(/\b(?:1-)?\d{3}-\d{3}-\d{4}\b/g) ?? [];
}
