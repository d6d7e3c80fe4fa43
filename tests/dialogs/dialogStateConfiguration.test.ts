import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from '../../dialogs/botbuilderDialogs';
import { createDialogStateConfiguration, useDialogStateConfiguration } from '../../dialogs/dialogStateConfiguration';

// botbuilder-dialogs reads the configuration from turn state under an internal key: if an upgrade renames it, this fails.
describe('the dialog state configuration built once', () => {
  it('is the one every dialog context of every turn uses, with the scopes the dialogs read', async () => {
    const configuration = createDialogStateConfiguration();
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogState'));
    const used: unknown[] = [];
    const texts: unknown[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      useDialogStateConfiguration(context, configuration);
      const dc = await dialogs.createContext(context);
      used.push(dc.state.configuration);
      texts.push(dc.state.getValue('turn.activity.text'));
    });
    await adapter.send('first');
    await adapter.send('second');
    expect(used).toEqual([configuration, configuration]);
    expect(used[0]).toBe(configuration);
    expect(used[1]).toBe(configuration);
    expect(texts).toEqual(['first', 'second']);
    expect(configuration.memoryScopes.map((scope) => scope.name)).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user', 'settings']));
  });
});
