import { BlobsStorage } from 'botbuilder-azure-blobs';
import { BlobStateStorage } from '../../bot/state/blobStateStorage';
import { CROSSED_MESSAGES_REPLY } from '../../bot/state/runTurnSafely';
import { StateConflictError } from '../../bot/state/stateConflictError';
import { handoffReply, outOfScopeReply } from '../../dialogs/messages';
import { startAzurite, type Azurite } from '../support/azurite';
import { GatedStorage } from '../support/gatedStorage';
import { kb, memberConversation, textOf } from '../support/memberConversation';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(() => azurite?.stop());

let containers = 0;
/** A fresh container per test: Azurite keeps it in memory. */
const container = () => `state-${++containers}`;

describe('BlobStateStorage on Azurite', () => {
  it('keeps state written by one instance for another to read, in the layout BlobsStorage reads', async () => {
    const name = container();
    const first = new BlobStateStorage(azurite.connectionString, name);
    await first.write({ 'msteams/conversations/a:1/': { dialogState: { step: 2 } } });
    const plain = await new BlobsStorage(azurite.connectionString, name).read(['msteams/conversations/a:1/']);
    expect(plain['msteams/conversations/a:1/']).toMatchObject({ dialogState: { step: 2 } });
  });

  it('refuses a write based on a stale read, even with eTag "*" as BotState sends it', async () => {
    const name = container();
    const one = new BlobStateStorage(azurite.connectionString, name);
    const two = new BlobStateStorage(azurite.connectionString, name);
    await one.write({ key: { count: 0 } });
    const readByOne = (await one.read(['key'])).key!;
    const readByTwo = (await two.read(['key'])).key!;
    Object.assign(readByTwo, { count: 1, eTag: '*' });
    await two.write({ key: readByTwo });
    Object.assign(readByOne, { count: 2, eTag: '*' });
    await expect(one.write({ key: readByOne })).rejects.toBeInstanceOf(StateConflictError);
    expect((await one.read(['key'])).key).toMatchObject({ count: 1 });
  });

  it('refuses to create state that another instance created first', async () => {
    const name = container();
    await new BlobStateStorage(azurite.connectionString, name).write({ key: { by: 'one' } });
    await expect(new BlobStateStorage(azurite.connectionString, name).write({ key: { by: 'two' } })).rejects.toThrow(StateConflictError);
  });

  it('lets a turn save the same state twice', async () => {
    const storage = new BlobStateStorage(azurite.connectionString, container());
    await storage.write({ key: { count: 0 } });
    const state = (await storage.read(['key'])).key!;
    for (const count of [1, 2]) {
      Object.assign(state, { count, eTag: '*' });
      await storage.write({ key: state });
    }
    expect((await storage.read(['key'])).key).toMatchObject({ count: 2 });
  });
});

/** Two instances of the whole bot on one Azurite container; instance one's conversation writes can be held. */
function twoInstances() {
  const name = container();
  const gate = new GatedStorage(new BlobStateStorage(azurite.connectionString, name));
  return {
    gate,
    one: memberConversation('test', gate),
    two: memberConversation('test', new BlobStateStorage(azurite.connectionString, name)),
  };
}

// Two out-of-scope messages in a row hand off to Member Services: the second must see the first.
const OFF_TOPIC = "what's the weather on Mars";
const outOfScope = outOfScopeReply(kb).text;
const handoff = handoffReply(kb, undefined).text;

describe('two instances taking turns of one conversation at the same time', () => {
  it.each([
    ['a new conversation', false],
    ['a conversation already under way', true],
  ])('in %s, the turn that saves second runs again on the first one’s state', async (_, underWay) => {
    const { gate, one, two } = twoInstances();
    if (underWay) expect(textOf(await two.say('hi'))).toContain('What can I help you with');

    gate.hold(1);
    const slow = one.say(OFF_TOPIC);
    await gate.writeHeld();
    const fast = await two.say(OFF_TOPIC);
    gate.releaseOne();

    expect(textOf(fast)).toBe(outOfScope);
    // Without the retry, this would be a second "can't help with that" and the first miss would be lost.
    expect(textOf(await slow)).toBe(handoff);
    // The hand-off reset the count for both instances: the next miss is the first again.
    expect(textOf(await two.say(OFF_TOPIC))).toBe(outOfScope);
  });

  it('asks the member to send the message again when it loses the race twice', async () => {
    const { gate, one, two } = twoInstances();
    gate.hold(2);
    const slow = one.say(OFF_TOPIC);
    await gate.writeHeld();
    expect(textOf(await two.say(OFF_TOPIC))).toBe(outOfScope);
    gate.releaseOne();
    await gate.writeHeld();
    expect(textOf(await two.say(OFF_TOPIC))).toBe(handoff);
    gate.releaseOne();

    expect(textOf(await slow)).toBe(CROSSED_MESSAGES_REPLY);
  });
});
