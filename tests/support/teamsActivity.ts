import type { Activity } from 'botbuilder';

export const BOT = { id: '28:member-care-bot', name: 'Member Care' };
export const MEMBER = { id: '29:member-1', name: 'Pat Member', aadObjectId: '6c1b1f0a-8f7e-4a43-9f55-2d3b1c0e9a11' };
export const MENTION = `<at>${BOT.name}</at>`;

export type TeamsScope = 'personal' | 'groupChat' | 'channel';

/** An activity shaped like the ones Teams sends: Teams ids, tenant, conversation type, and a real mention entity. */
export function teamsActivity(scope: TeamsScope, conversationId: string, extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    id: `1${Math.floor(Math.random() * 1e12)}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/teams/',
    from: MEMBER,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: scope, tenantId: 'tenant-1', isGroup: scope !== 'personal', name: '' },
    channelData: {
      tenant: { id: 'tenant-1' },
      ...(scope === 'channel' ? { team: { id: '19:team-1@thread.skype' }, channel: { id: '19:channel-1@thread.skype' } } : {}),
    },
    locale: 'en-US',
    ...extra,
  };
}

/** A message that @mentions the bot, as Teams sends it: the <at> tag in the text and a mention entity. */
export function mentionMessage(scope: TeamsScope, conversationId: string, text: string): Partial<Activity> {
  return teamsActivity(scope, conversationId, {
    text: `${MENTION} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', mentioned: BOT, text: MENTION }],
  });
}
