import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Answer, Choice } from '../../knowledge/answers/composeAnswer';

export const TEAMS_CHANNEL = 'msteams';
/** Teams truncates longer button titles. */
export const TEAMS_BUTTON_TITLE_MAX = 20;

function actions(choices: readonly Choice[], maxTitle = Infinity): CardAction[] {
  return choices.map((choice) => ({
    type: ActionTypes.ImBack,
    title: choice.title.length > maxTitle ? `${choice.title.slice(0, maxTitle - 1)}…` : choice.title,
    value: choice.value,
  }));
}

/**
 * One reply for the channel it goes to. Teams shows suggested actions unreliably, so its
 * choices go on a hero card under the text; elsewhere they are suggested actions. The text
 * always carries the full answer, phone numbers included, so it reads well on its own.
 */
export function renderReply(channelId: string, answer: Answer): Partial<Activity> {
  if (answer.choices.length === 0) return MessageFactory.text(answer.text);
  if (channelId === TEAMS_CHANNEL) {
    const card = CardFactory.heroCard('', undefined, actions(answer.choices, TEAMS_BUTTON_TITLE_MAX));
    return MessageFactory.attachment(card, answer.text);
  }
  return MessageFactory.suggestedActions(actions(answer.choices), answer.text);
}
