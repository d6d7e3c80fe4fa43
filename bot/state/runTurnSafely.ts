import type { Activity, BotState, TurnContext } from 'botbuilder';
import { StateConflictError } from './stateConflictError';

/** Runs of one turn when another turn keeps saving the same state first: the first run and one retry. */
export const TURN_ATTEMPTS = 2;

export const CROSSED_MESSAGES_REPLY =
  "Sorry, that message crossed with another one and I lost track of it. Please send it again. " +
  '**For a life-threatening emergency, call 911.**';

/** Holds the turn's replies until its state is saved, so a run that loses a state race says nothing. */
function holdReplies(context: TurnContext) {
  const held: Partial<Activity>[] = [];
  let holding = true;
  context.onSendActivities(async (_context, activities, next) => {
    if (!holding) return next();
    held.push(...activities);
    return activities.map(() => ({ id: '' }));
  });
  return {
    discard: () => void held.splice(0),
    release: async () => {
      holding = false;
      if (held.length > 0) await context.sendActivities(held.splice(0));
    },
  };
}

/**
 * Runs a turn and saves its state so that no other turn's write is lost. If another instance
 * saved the same conversation or member first (StateConflictError), this run's replies are
 * dropped, the state is read again and the turn runs once more on it, as if the two messages
 * had come one after the other. If that loses too, the member is asked to send the message
 * again: never a silent loss, and never an apology that wipes the conversation (onTurnError).
 * States are saved in the order given; put user state first: it only holds the region, which
 * a retry sets to the same value, while the conversation's dialog must not advance twice.
 */
export async function runTurnSafely(context: TurnContext, states: readonly BotState[], turn: () => Promise<void>): Promise<void> {
  const replies = holdReplies(context);
  const originalText = context.activity.text;
  for (let attempt = 1; attempt <= TURN_ATTEMPTS; attempt++) {
    try {
      await turn();
      for (const state of states) await state.saveChanges(context, false);
      await replies.release();
      return;
    } catch (error) {
      if (!(error instanceof StateConflictError)) {
        await replies.release();
        throw error;
      }
      replies.discard();
      context.activity.text = originalText;
      for (const state of states) await state.load(context, true);
    }
  }
  await replies.release();
  await context.sendActivity(CROSSED_MESSAGES_REPLY);
}
