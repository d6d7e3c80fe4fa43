import type { Activity } from 'botbuilder';
import { contactLine } from '../../knowledge/answers/composeAnswer';
import { APOLOGY } from '../../bot/adapter';
import { CROSSED_MESSAGES_REPLY } from '../../bot/state/runTurnSafely';
import { handoffReply, outOfScopeReply } from '../../dialogs/messages';
import { startAzurite, type Azurite } from '../support/azurite';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { kb, phoneNumbersIn } from '../support/memberConversation';
import { mentionMessage, teamsActivity } from '../support/teamsActivity';

let azurite: Azurite;
let instances: BotProcess[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'member-care-state' };
  instances = await Promise.all([startBotProcess(env), startBotProcess(env)]);
}, 90_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await azurite?.stop();
}, 30_000);

const textOf = (replies: Partial<Activity>[]) =>
  replies
    .filter((reply) => reply.type === 'message')
    .map((reply) => reply.text ?? '')
    .join('\n');
let conversations = 0;
const newConversation = () => `a:two-instances-${++conversations}-${Date.now()}`;

describe('two bot processes sharing Azure Blob Storage (Azurite)', () => {
  it('carry one Teams conversation between them: its place in the dialog, the region and the miss count', async () => {
    const [one, two] = instances as [BotProcess, BotProcess];
    const conversation = newConversation();
    const from = { id: '29:member-two-instances', name: 'Alex Member' };
    const say = (instance: BotProcess, text: string) => instance.send({ ...mentionMessage('personal', conversation, text), from });

    expect(textOf(await say(one, 'I need to talk to member services'))).toContain('Which Kaiser Permanente region are you in?');
    // The answer to that question goes to the other process, which continues the same region prompt.
    const answer = textOf(await say(two, 'Georgia'));
    expect(answer).toContain(contactLine(kb.regions.get('georgia')!));
    // The region is remembered for the member, whichever process answers.
    expect(phoneNumbersIn(textOf(await say(one, 'I want to file a complaint')))).toEqual(kb.regions.get('georgia')!.phones);
    expect(textOf(await say(two, "what's the weather on Mars"))).toBe(outOfScopeReply(kb).text);
    // The second miss in a row, on the other process, hands off with the remembered region's number.
    const region = kb.regions.get('georgia');
    expect(textOf(await say(one, "what's the weather on Mars"))).toContain(handoffReply(kb, region).text);
  });

  it('lose no turn when both get one of the same conversation at the same moment', async () => {
    const [one, two] = instances as [BotProcess, BotProcess];
    const outOfScope = outOfScopeReply(kb).text;
    const handoff = handoffReply(kb, undefined).text;
    // Bounded: ten pairs of simultaneous messages, each pair in its own conversation.
    for (let pair = 0; pair < 10; pair++) {
      const conversation = newConversation();
      const message = teamsActivity('personal', conversation, { text: "what's the weather on Mars", from: { id: `29:pair-${pair}`, name: 'Member' } });
      const replies = (await Promise.all([one.send(message), two.send(message)])).map(textOf).sort();
      expect(replies.join('\n')).not.toContain(APOLOGY);
      // One saw the other's miss (hand-off), or, having lost twice, asked for the message again; never two first misses.
      expect([
        [handoff, outOfScope].sort(),
        [CROSSED_MESSAGES_REPLY, outOfScope].sort(),
      ]).toContainEqual(replies);
    }
  });
});
