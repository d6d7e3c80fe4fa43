import { TurnContext, type Activity } from 'botbuilder';

/** Longest message the bot reads: a 10,000-character paste is answered from its start, quickly. */
export const MAX_MESSAGE_CHARS = 2000;

/** Removes the bot's own @mention (Teams), trims, and caps the length, in place. */
export function normalizeIncoming(activity: Activity): void {
  if (typeof activity.text !== 'string') return;
  let text = activity.text;
  if (activity.recipient?.id) text = TurnContext.removeRecipientMention(activity) ?? text;
  text = text.replace(/<at>[^<]*<\/at>/gi, ' ').replace(/\s+/g, ' ').trim();
  activity.text = text.length > MAX_MESSAGE_CHARS ? text.slice(0, MAX_MESSAGE_CHARS) : text;
}
