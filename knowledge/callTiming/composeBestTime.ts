import { contactLine } from '../answers/composeAnswer';
import { daysBetween, formatLongDate } from '../dates/calendarDate';
import { dateTimeFormat } from '../dates/dateTimeFormat';
import type { Region } from '../schema';
import { callWindowStatus } from './callWindow';

/** "Is now a good time to call?", "what time should I call about my refill": asked with a task, the recognizer may hear only the task. */
const BEST_TIME_QUESTION =
  /\b((best|good|right|better|quiet\w*|least busy) (time|day|hour)s? (to|for) (call|phone|ring)\w*|(when|what time|what day) (should|do|can) i (call|phone)|is (now|this|it) a good time to call)\b/i;

export function asksBestTimeToCall(text: string): boolean {
  return BEST_TIME_QUESTION.test(text);
}

/** Tasks the source sends to kp.org instead of the phone queue. */
const ONLINE_TASKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(id card|member card|insurance card|card)\b/i, 'get your digital ID card or request a physical one'],
  [/\b(refill\w*|prescription\w*|rx|meds?|medication\w*)\b/i, 'refill prescriptions'],
  [/\b(pay|payment\w*|bill\w*|balance)\b/i, 'pay bills'],
  [/\b(appointment\w*|appt\w*|schedul\w*|reschedul\w*)\b/i, 'schedule appointments'],
];

const GENERAL_ONLINE = 'To skip the queue altogether, use kp.org for tasks like ID cards, refills, payments and appointment scheduling.';

function clock(hour: number, minute: number): string {
  const suffix = hour < 12 ? 'AM' : 'PM';
  const minutes = minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`;
  return `${hour % 12 === 0 ? 12 : hour % 12}${minutes} ${suffix}`;
}

/** "Pacific Time", "Hawaii-Aleutian Time". */
export function zoneName(timeZone: string, now: Date): string {
  const part = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(now).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Suggests kp.org where the member's task can be done there. */
export function onlineAlternative(question: string): string {
  const task = ONLINE_TASKS.find(([pattern]) => pattern.test(question));
  return task ? `You can also ${task[1]} on kp.org or in the Kaiser Permanente app, without waiting on hold.` : GENERAL_ONLINE;
}

/** Whether now is a good time to call the region's Member Services, and when the next good window starts. */
export function composeBestTimeText(region: Region, now: Date, question: string): string {
  const status = callWindowStatus(now, region.timeZone);
  const zone = zoneName(region.timeZone, now);
  const weekday = formatLongDate(status.local.date).split(',')[0];
  const nowLine = `It's ${weekday} ${clock(status.local.hour, status.local.minute)} ${zone} in ${region.name} now`;
  const today = daysBetween(status.local.date, status.nextWindow) === 0 ? 'today, ' : '';
  // The source gives no hour for "early morning": the member hears the day, never an invented clock time.
  const next = `${today}${formatLongDate(status.nextWindow)}, early morning ${zone}`;
  const lines = [
    status.goodNow
      ? `**${nowLine}: a good time to call.** Early morning, Tuesday to Thursday, is off-peak. Call ${contactLine(region)}.`
      : today
        ? `**${nowLine}. Today is one of the off-peak days: call early this morning.**`
        : `**${nowLine}, which isn't one of the off-peak times. The next one starts ${next}.**`,
    "Kaiser Permanente's member-care guide suggests calling during off-peak times, often early morning local time, Tuesday to Thursday, to reduce hold times. " +
      "The guide gives no exact hours, and I don't have the line's opening hours.",
  ];
  if (region.notes) lines.push(`${region.sourceLabel}: ${region.notes}`);
  if (status.goodNow) lines.push(`Next off-peak window after this one: ${next}.`);
  else lines.push(`When you call: ${contactLine(region)}.`);
  lines.push(onlineAlternative(question));
  return lines.join('\n\n');
}
