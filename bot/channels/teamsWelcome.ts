import type { Activity } from 'botbuilder';
import { TEAMS_CHANNEL } from './renderReply';

/** Installed in a member's personal chat (not an upgrade): the moment Teams expects a bot to introduce itself. */
export function isTeamsPersonalInstall(activity: Partial<Activity>): boolean {
  return activity.channelId === TEAMS_CHANNEL && activity.action === 'add' && activity.conversation?.conversationType === 'personal';
}

/**
 * Whether a conversationUpdate with new members gets the welcome. Not on Teams: it sends one
 * whenever someone joins a team, and a channel welcome for each would be noise; Teams members
 * are welcomed when they install the bot in personal chat instead.
 */
export function welcomesNewMembers(activity: Partial<Activity>): boolean {
  return activity.channelId !== TEAMS_CHANNEL;
}
