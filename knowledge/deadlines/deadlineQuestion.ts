import type { CalendarDate } from '../dates/calendarDate';
import { findDate, type FoundDate } from './findDate';
import type { DeadlineTopic } from './timelines';

/** Which date the member gives: the event or decision (when to file), or the day they filed (when to hear back). */
export type DeadlineStage = 'file' | 'response';

export interface DeadlineQuestion {
  topic?: DeadlineTopic;
  stage: DeadlineStage;
  urgent: boolean;
  date?: FoundDate;
}

const MEDICARE = /\b(medicare|senior advantage|senior plan)\b/i;
const APPEAL = /\b(appeal\w*|denial|denied|deny|denies|coverage decision|not approved|refused to cover|reconsider\w*)\b/i;
const GRIEVANCE = /\b(grievance\w*|complain\w*)\b/i;
/** An external review has no timeline in the source: those questions get the topic answer instead. */
const EXTERNAL_REVIEW = /\b(external|independent) (review|appeal)\b/i;
const FILED = /\b(filed|submitted|sent (it|in|my|the)|mailed|lodged|hear back|heard back|hear from|response|respond|resolved|get an answer|decision (by|come))\b/i;
const URGENT = /\b(urgent\w*|expedit\w*|fast[- ]track|can'?t wait|cannot wait)\b/i;

/** The deadline topic the message names, if any. */
export function deadlineTopicIn(text: string): DeadlineTopic | undefined {
  if (EXTERNAL_REVIEW.test(text)) return undefined;
  if (MEDICARE.test(text)) return 'medicare-appeal';
  if (APPEAL.test(text)) return 'appeal';
  if (GRIEVANCE.test(text)) return 'grievance';
  return undefined;
}

/** Reads what a deadline question says: the topic, whether the date is a filing date, urgency, and the date. */
export function readDeadlineQuestion(text: string, today: CalendarDate): DeadlineQuestion {
  return {
    topic: deadlineTopicIn(text),
    stage: FILED.test(text) ? 'response' : 'file',
    urgent: URGENT.test(text),
    date: findDate(text, today),
  };
}

/** The member asks how long they have, until when, or when they will hear back. */
const DEADLINE_WORDING =
  /\b(how long do i have|how long have i got|deadline|time limit|too late|how much time|how many days|last day|by when|until when|when will (i|it|they|my \w+)|hear back|how long (will|does) it take)\b/i;

/** "Work out my deadline" (the button) or the same in the member's words. */
const DEADLINE_REQUEST = /\b(work out|calculate|compute|figure out|count)\b.*\b(deadline|dates?|window)\b/i;

export function asksHowLong(text: string): boolean {
  return DEADLINE_WORDING.test(text);
}

export function isDeadlineRequest(text: string): boolean {
  return DEADLINE_REQUEST.test(text);
}
