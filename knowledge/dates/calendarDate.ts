import { dateTimeFormat } from './dateTimeFormat';

/**
 * Calendar dates (a day, no time, no zone) and the local time in a region: deadline and
 * call-window arithmetic is done on days as the member counts them, never on UTC instants.
 */
export interface CalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  day: number;
}

export interface LocalTime {
  date: CalendarDate;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;

function toUtcMs(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtcMs(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function weekdayOf(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The date, weekday and time on the clock in `timeZone` at the instant `now`. */
export function localTimeIn(now: Date, timeZone: string): LocalTime {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const date = { year: part('year'), month: part('month'), day: part('day') };
  return { date, weekday: weekdayOf(date), hour: part('hour'), minute: part('minute') };
}

export function todayIn(now: Date, timeZone: string): CalendarDate {
  return localTimeIn(now, timeZone).date;
}

/** "Sunday, August 30, 2026". */
export function formatLongDate(date: CalendarDate, locale = 'en-US'): string {
  return dateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(toUtcMs(date)),
  );
}
