import type { Activity, Attachment, CardAction } from 'botbuilder';
import { composeAnswer } from '../../knowledge/answers/composeAnswer';
import { TEAMS_BUTTON_TITLE_MAX } from '../../bot/channels/renderReply';
import { helpReply, outOfScopeReply } from '../../dialogs/messages';
import { readPackageSettings, renderManifest } from '../../scripts/teams/teamsPackage';
import { kb, phoneNumbersIn } from '../support/memberConversation';
import { startBot, type RunningBot } from '../support/runningBot';
import { BOT, MEMBER, mentionMessage, teamsActivity } from '../support/teamsActivity';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(() => bot.close());

let conversations = 0;
const newConversation = (scope: string) => `${scope}:conv-${++conversations}-${Date.now()}`;

/** Posts one activity with deliveryMode expectReplies and returns the bot's replies from the response body. */
async function send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, deliveryMode: 'expectReplies' }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities?: Partial<Activity>[] };
  const replies = body.activities ?? [];
  expectTeamsShaped(replies);
  return replies;
}

function buttons(reply: Partial<Activity>): CardAction[] {
  return (reply.attachments ?? []).flatMap((attachment) => (attachment.content as { buttons?: CardAction[] })?.buttons ?? []);
}

function textOf(replies: Partial<Activity>[]): string {
  return replies.map((reply) => reply.text ?? '').join('\n');
}

function adaptiveVersion(attachment: Attachment): number {
  return Number((attachment.content as { version?: string }).version ?? 'NaN');
}

/** What every turn's replies on Teams must look like, whatever the member asked. */
function expectTeamsShaped(replies: Partial<Activity>[]): void {
  for (const reply of replies) {
    expect(reply.suggestedActions).toBeUndefined();
    for (const attachment of reply.attachments ?? []) {
      expect(['application/vnd.microsoft.card.hero', 'application/vnd.microsoft.card.adaptive']).toContain(attachment.contentType);
      if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') expect(adaptiveVersion(attachment)).toBeLessThanOrEqual(1.5);
    }
    for (const button of buttons(reply)) expect(button.title!.length).toBeLessThanOrEqual(TEAMS_BUTTON_TITLE_MAX);
  }
  // tel: links do not work on every Teams client: a number on a card must also be in the turn's text.
  const onCards = phoneNumbersIn(JSON.stringify(replies.map((reply) => reply.attachments ?? [])));
  expect(onCards.filter((phone) => !textOf(replies).includes(phone))).toEqual([]);
}

describe('a member in Teams', () => {
  it('@mentioning the bot gets the same answer as without the mention', async () => {
    const billing = composeAnswer(kb, 'billing', 'georgia').text;
    const from = { id: '29:member-in-atlanta', name: 'Sam Member' };
    const mentioned = await send({ ...mentionMessage('personal', newConversation('a'), 'I live in Atlanta, how do I pay my bill?'), from });
    expect(textOf(mentioned)).toContain(billing);
    const plain = await send(teamsActivity('personal', newConversation('a'), { text: 'I live in Atlanta, how do I pay my bill?', from }));
    expect(textOf(plain)).toBe(textOf(mentioned));
  });

  it('can use every command in the manifest, which Teams sends with the @mention in front', async () => {
    const manifest = renderManifest(readPackageSettings({ MicrosoftAppId: '3f2a9c4e-1b7d-4e8f-9a6c-5d0e1f2a3b4c' })) as {
      bots: { commandLists: { commands: { title: string }[] }[] }[];
    };
    const commands = manifest.bots[0]!.commandLists.flatMap((list) => list.commands.map((command) => command.title));
    expect(commands).toContain('Help');
    for (const command of commands) {
      const replies = await send(mentionMessage('channel', `19:channel-1@thread.skype;messageid=${command}`, command));
      expect(textOf(replies)).not.toContain(outOfScopeReply(kb).text);
      if (command === 'Help') expect(textOf(replies)).toContain(helpReply(kb).text);
    }
  });

  it('gets choices on hero-card buttons; a shortened title still sends the full choice', async () => {
    const [welcome] = await send(teamsActivity('personal', newConversation('a'), { type: 'installationUpdate', action: 'add', text: undefined }));
    const contact = buttons(welcome!).find((button) => button.value === 'Contact Member Services');
    expect(contact).toMatchObject({ type: 'imBack', title: 'Contact Member…' });
    expect(welcome!.attachments).toHaveLength(1);
    expect(welcome!.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.hero');
  });

  it('in a group chat, asks for the region on buttons and gives that region’s number in the text', async () => {
    const conversation = newConversation('19:group');
    const ask = await send(mentionMessage('groupChat', conversation, 'I need to talk to member services'));
    expect(textOf(ask)).toContain('Which Kaiser Permanente region are you in?');
    expect(buttons(ask[0]!).map((button) => button.value)).toEqual([...[...kb.regions.values()].map((region) => region.name), 'Not sure']);
    expect(phoneNumbersIn(textOf(ask))).toEqual([]);
    const answer = await send(teamsActivity('groupChat', conversation, { text: 'Mid-Atlantic States' }));
    expect(phoneNumbersIn(textOf(answer))).toEqual(kb.regions.get('mid-atlantic')!.phones);
    expect(textOf(answer)).toContain('TTY 711');
  });

  it('in a group chat, keeps each member’s question to themselves: one member’s reply does not answer another’s prompt', async () => {
    const conversation = newConversation('19:group');
    const pat = { id: '29:pat-in-group', name: 'Pat' };
    const sam = { id: '29:sam-in-group', name: 'Sam' };
    const ask = await send({ ...mentionMessage('groupChat', conversation, 'I need to talk to member services'), from: pat });
    expect(textOf(ask)).toContain('Which Kaiser Permanente region are you in?');
    // Sam only says where he is: that is not Pat's answer, and Pat gets no Georgia number.
    const samSays = await send({ ...mentionMessage('groupChat', conversation, 'Georgia'), from: sam });
    expect(textOf(samSays)).not.toContain(composeAnswer(kb, 'contact-member-services', 'georgia').text);
    const patAnswers = await send({ ...mentionMessage('groupChat', conversation, 'Hawaii'), from: pat });
    expect(textOf(patAnswers)).toContain(composeAnswer(kb, 'contact-member-services', 'hawaii').text);
  });

  it('in a team channel, answers the @mention in the thread', async () => {
    const conversation = `19:channel-1@thread.skype;messageid=${Date.now()}`;
    const replies = await send(mentionMessage('channel', conversation, 'my medication was denied, what can I do?'));
    expect(textOf(replies)).toContain(composeAnswer(kb, 'medication-denied').text.split('\n')[0]);
    expect(replies.every((reply) => reply.conversation?.id === conversation)).toBe(true);
  });

  it('gets the call sheet as an Adaptive Card Teams can show, with the number in the text too', async () => {
    const conversation = newConversation('a');
    const from = { id: '29:member-call-sheet', name: 'Jo Member' };
    await send(teamsActivity('personal', conversation, { text: 'I live in Denver', from }));
    const replies = await send(teamsActivity('personal', conversation, { text: 'Call sheet for a bill or claim', from }));
    const cards = replies.flatMap((reply) => reply.attachments ?? []).filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(cards).toHaveLength(1);
    expect(phoneNumbersIn(JSON.stringify(cards))).toEqual(kb.regions.get('colorado')!.phones);
  });

  it('hears 911 first, even with the mention', async () => {
    const replies = await send(mentionMessage('personal', newConversation('a'), "my husband isn't breathing"));
    expect(textOf(replies)).toMatch(/^\*\*If this is a life-threatening emergency, call 911 now\.\*\*/);
  });
});

describe('installing the bot in Teams', () => {
  const install = (scope: 'personal' | 'groupChat' | 'channel', action: string) =>
    teamsActivity(scope, newConversation(scope), { type: 'installationUpdate', action, text: undefined });

  it('in personal chat, welcomes the member: what it does, 911, and topic buttons', async () => {
    const replies = await send(install('personal', 'add'));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("I'm the Member Care assistant");
    expect(replies[0]!.text).toContain('call 911');
    expect(buttons(replies[0]!).length).toBeGreaterThanOrEqual(4);
  });

  it('stays quiet on an upgrade, on a team or group install, and when people join a team', async () => {
    expect(await send(install('personal', 'add-upgrade'))).toEqual([]);
    expect(await send(install('channel', 'add'))).toEqual([]);
    expect(await send(install('groupChat', 'add'))).toEqual([]);
    const joined = teamsActivity('channel', newConversation('19:channel'), { type: 'conversationUpdate', membersAdded: [MEMBER], text: undefined });
    expect(await send(joined)).toEqual([]);
    const botAdded = teamsActivity('personal', newConversation('a'), { type: 'conversationUpdate', membersAdded: [BOT], text: undefined });
    expect(await send(botAdded)).toEqual([]);
  });
});
