import { contactLine } from '../answers/composeAnswer';
import { addDays, daysBetween, formatLongDate, type CalendarDate } from '../dates/calendarDate';
import type { Region } from '../schema';
import type { DeadlineStage } from './deadlineQuestion';
import { EXPEDITED_HOURS, EXPEDITED_RULE, FILING_WINDOWS, RESPONSE_TIMES, TIMELINE_CAVEAT, type DeadlineTopic } from './timelines';

export interface DeadlineRequest {
  topic: DeadlineTopic;
  stage: DeadlineStage;
  urgent: boolean;
  /** The event or decision date (stage "file") or the filing date (stage "response"). */
  date: CalendarDate;
  today: CalendarDate;
}

const FILE_WHAT: Record<DeadlineTopic, string> = {
  grievance: 'file a grievance (complaint)',
  appeal: 'file an appeal',
  'medicare-appeal': 'file a Medicare Advantage appeal',
};

const day = formatLongDate;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** "in 95 days", "today", "12 days ago". */
function fromToday(today: CalendarDate, date: CalendarDate): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  return days > 0 ? `${plural(days, 'day')} from today` : `${plural(-days, 'day')} ago`;
}

function filingLines({ topic, date, today }: DeadlineRequest): string[] {
  const window = FILING_WINDOWS[topic];
  const deadline = addDays(date, window.days);
  const counted = `${window.days} days from ${day(date)}`;
  if (daysBetween(today, date) > 0) {
    return [`${day(date)} is still to come. The window counts from the ${window.from}: if it is on ${day(date)}, you would usually have until **${day(deadline)}** to ${FILE_WHAT[topic]}.`];
  }
  const left = daysBetween(today, deadline);
  if (left > 0) return [`**To ${FILE_WHAT[topic]}, the usual last day is ${day(deadline)}** (${counted}; that is ${fromToday(today, deadline)}).`];
  if (left === 0) return [`**Today, ${day(deadline)}, is the usual last day to ${FILE_WHAT[topic]}** (${counted}). If you can, file today.`];
  return [
    `The usual window to ${FILE_WHAT[topic]} ended on **${day(deadline)}** (${counted}; ${fromToday(today, deadline)}).`,
    'Ask Member Services whether you can still file: timelines can vary.',
  ];
}

function afterFilingLines(topic: DeadlineTopic): string[] {
  const response = RESPONSE_TIMES[topic];
  return [`After you file: ${response ? `${response.rule} ` : ''}${EXPEDITED_RULE[topic]}`];
}

function responseLines({ topic, date, today, urgent }: DeadlineRequest): string[] {
  const response = RESPONSE_TIMES[topic];
  const future = daysBetween(today, date) > 0;
  const filed = future ? `If you file on ${day(date)}` : `You filed on ${day(date)}`;
  const lines: string[] = [];
  if (urgent && topic !== 'medicare-appeal') {
    const expedited = addDays(date, EXPEDITED_HOURS / 24);
    lines.push(`${filed}. ${EXPEDITED_RULE[topic]} Counted from that day, that is around **${day(expedited)}**.`);
  } else if (response) {
    const expected = addDays(date, response.days);
    const due = `${filed}. ${response.rule} That is by about **${day(expected)}** (${fromToday(today, expected)}).`;
    lines.push(due);
    if (!future && daysBetween(today, expected) < 0) {
      lines.push("If you haven't heard back, call Member Services with your reference or case number and ask for an update.");
    }
  } else {
    lines.push(`${filed}. I don't have a standard response time for Medicare Advantage reconsiderations; Member Services can confirm yours.`);
  }
  if (!urgent || topic === 'medicare-appeal') lines.push(EXPEDITED_RULE[topic]);
  return lines;
}

/** The member's own dates for a grievance or appeal, with the source's rule, its caveat and the number to confirm. */
export function composeDeadlineText(request: DeadlineRequest, region: Region | undefined): string {
  const { topic, stage } = request;
  const lines = stage === 'file' ? [...filingLines(request), FILING_WINDOWS[topic].rule, ...afterFilingLines(topic)] : responseLines(request);
  lines.push(TIMELINE_CAVEAT);
  if (region) lines.push(`**To confirm your dates, call ${contactLine(region)}.**`);
  return lines.join('\n\n');
}
