import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Answer, Choice } from '../../knowledge/answers/composeAnswer';

export const TEAMS_CHANNEL = 'msteams';
/** Teams cuts longer button titles off mid-word. */
export const TEAMS_BUTTON_TITLE_MAX = 20;

/** A title that fits: cut at a word boundary with an ellipsis ("Appeal a coverage…"); the button still sends the full value. */
export function shortenTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const room = title.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace >= max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:&(-]+$/, '')}…`;
}

function actions(choices: readonly Choice[], maxTitle = Infinity): CardAction[] {
  return choices.map((choice) => ({
    type: ActionTypes.ImBack,
    title: shortenTitle(choice.title, maxTitle),
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
