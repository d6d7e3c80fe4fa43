import { addDays, localTimeIn, weekdayOf, type CalendarDate, type LocalTime } from '../dates/calendarDate';

/**
 * The source's tip: "Call during off-peak times (often early morning local time, Tue–Thu)".
 * It gives no hour, so "early morning" is read conservatively as 8 to 10 AM: late enough that a
 * line open "business hours" is likely open, early enough to be ahead of the day's queue. These hours
 * only decide "now or later"; answers never state them, since the source does not.
 */
export const EARLY_MORNING = { startHour: 8, endHour: 10 } as const;
/** Tuesday, Wednesday, Thursday (0 = Sunday). */
export const OFF_PEAK_WEEKDAYS: readonly number[] = [2, 3, 4];

export interface CallWindowStatus {
  local: LocalTime;
  /** Now is early morning on a Tuesday, Wednesday or Thursday in the region. */
  goodNow: boolean;
  /** The day the next off-peak window opens (after the current one, when in one). */
  nextWindow: CalendarDate;
}

function isOffPeakDay(date: CalendarDate): boolean {
  return OFF_PEAK_WEEKDAYS.includes(weekdayOf(date));
}

function nextOffPeakDay(after: CalendarDate): CalendarDate {
  let date = addDays(after, 1);
  while (!isOffPeakDay(date)) date = addDays(date, 1);
  return date;
}

export function callWindowStatus(now: Date, timeZone: string): CallWindowStatus {
  const local = localTimeIn(now, timeZone);
  const offPeakToday = isOffPeakDay(local.date);
  const goodNow = offPeakToday && local.hour >= EARLY_MORNING.startHour && local.hour < EARLY_MORNING.endHour;
  const laterToday = offPeakToday && local.hour < EARLY_MORNING.startHour;
  return { local, goodNow, nextWindow: laterToday ? local.date : nextOffPeakDay(local.date) };
}
