import { MemoryStorage, ConversationState, UserState, AutoSaveStateMiddleware } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { JsonFileInsightsStore } from '../../bot/insights/insightsStore';
import { MainDialog } from '../../dialogs/mainDialog';
import { createMemberStateAccessors } from '../../dialogs/memberState';
import type { MemberCareServices } from '../../dialogs/services';
import { createRecognizer, DEFAULT_TUNING } from '../../knowledge/recognizer/recognize';
import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { kb } from '../support/memberConversation';

/** The real MainDialog under DialogTestClient, with the recognizer tuned so that any runner-up is offered. */
function clientWithWideClarifyMargin(): DialogTestClient {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const resolveRegion = createRegionResolver([...kb.regions.values()]);
  // The word models alone: with every threshold at zero there is no doubt for the encoder to settle.
  const recognizeWideClarify = createRecognizer(kb, resolveRegion, { ...DEFAULT_TUNING, answerThreshold: 0, clarifyMargin: 1 });
  const services: MemberCareServices = {
    kb,
    resolveRegion,
    recognize: async (text) => recognizeWideClarify(text),
    state: createMemberStateAccessors(userState, conversationState),
    now: () => new Date(),
    insights: new JsonFileInsightsStore(undefined),
  };
  return new DialogTestClient('test', new MainDialog(services), undefined, [new AutoSaveStateMiddleware(userState, conversationState)], conversationState);
}

describe('MainDialog "did you mean"', () => {
  it('offers the close candidates and "Something else" as buttons, then answers the one picked', async () => {
    const client = clientWithWideClarifyMargin();
    const ask = await client.sendActivity('appeal or complaint');
    expect(ask.text).toBe('Did you mean one of these?');
    const titles = ask.suggestedActions.actions.map((action: { title: string }) => action.title);
    expect(titles).toContain('Something else');
    expect(titles.length).toBeGreaterThanOrEqual(3);
    const picked = titles[0];
    const regionQuestion = await client.sendActivity(picked);
    expect(regionQuestion.text).toContain('Which Kaiser Permanente region are you in?');
    const answer = await client.sendActivity('Denver');
    expect(answer.text).toContain('303-338-3800 or 1-800-632-9700');
    const topic = [...kb.topics.values()].find((candidate) => candidate.title === picked)!;
    expect(answer.text ?? '').toContain(topic.answer.slice(0, 40));
  });

  it('treats "Something else" as a request for the menu', async () => {
    const client = clientWithWideClarifyMargin();
    const reply = await client.sendActivity('Something else');
    expect(reply.text).toContain('Ask me in your own words');
  });
});
