/**
 * The timelines knowledge-source.txt gives ("Grievances, Coverage Decisions, and Appeals"),
 * as numbers the deadline calculator counts with. Nothing here that the source does not say.
 */
export const DEADLINE_TOPICS = ['grievance', 'appeal', 'medicare-appeal'] as const;
export type DeadlineTopic = (typeof DEADLINE_TOPICS)[number];

export interface FilingWindow {
  days: number;
  /** What the window counts from. */
  from: 'event' | 'decision';
  /** The source's own sentence, as the member reads it. */
  rule: string;
}

export const FILING_WINDOWS: Record<DeadlineTopic, FilingWindow> = {
  grievance: { days: 180, from: 'event', rule: 'In most regions and plan types, you generally have up to 180 days from the event to file a grievance.' },
  appeal: { days: 180, from: 'event', rule: 'In most regions and plan types, you generally have up to 180 days from the event to file an appeal.' },
  'medicare-appeal': { days: 60, from: 'decision', rule: 'Medicare Advantage filing windows are usually 60 days from the decision.' },
};

export interface ResponseTime {
  days: number;
  rule: string;
}

/** Standard response times; the source gives none for Medicare Advantage reconsiderations. */
export const RESPONSE_TIMES: Partial<Record<DeadlineTopic, ResponseTime>> = {
  grievance: { days: 30, rule: 'Standard grievance responses typically arrive within 30 calendar days.' },
  appeal: { days: 60, rule: 'Appeals about services you already received are usually resolved within 60 calendar days.' },
};

/** Urgent requests tied to your health: "often within 72 hours". */
export const EXPEDITED_HOURS = 72;

export const EXPEDITED_RULE: Record<DeadlineTopic, string> = {
  grievance: `Urgent requests tied to your health are handled on an expedited basis, often within ${EXPEDITED_HOURS} hours.`,
  appeal: `Urgent requests tied to your health are handled on an expedited basis, often within ${EXPEDITED_HOURS} hours.`,
  'medicare-appeal': 'Expedited review is available when a delay could seriously jeopardize your health.',
};

export const TIMELINE_CAVEAT = 'Exact timelines can vary by state regulations and plan type; Member Services will confirm the standard for your plan.';

export function isDeadlineTopic(value: string): value is DeadlineTopic {
  return (DEADLINE_TOPICS as readonly string[]).includes(value);
}
