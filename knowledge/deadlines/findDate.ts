import type * as Chrono from 'chrono-node';
import { addDays, daysBetween, type CalendarDate } from '../dates/calendarDate';

export interface FoundDate {
  date: CalendarDate;
  /** The words the date was read from, e.g. "two weeks ago". */
  text: string;
}

/** chrono-node takes about 100 ms and 6 MB to load; only date questions need it, so the first one loads it. */
let chrono: typeof Chrono | undefined;
const loadChrono = (): typeof Chrono => (chrono ??= require('chrono-node') as typeof Chrono);

/** Words that put a date ahead on purpose: "next Friday", "in 2 weeks". */
const FORWARD = /\b(next|coming|in)\b/i;

/** "March 3" or "Tuesday" that chrono placed ahead of today: the one before it. */
function lastOccurrence(date: CalendarDate, monthGiven: boolean): CalendarDate {
  return monthGiven ? { ...date, year: date.year - 1 } : addDays(date, -7);
}

/**
 * The first calendar date in a message ("March 3", "3/3/2026", "last Tuesday", "two weeks ago"),
 * read relative to the member's today. A date without a year that would fall after today is
 * taken as last year's: members ask about letters and visits they already had.
 */
export function findDate(text: string, today: CalendarDate): FoundDate | undefined {
  // Noon on "today" in the process's own zone: chrono reads relative words from it, and only the
  // day is used, so neither the server's time zone nor daylight saving can shift the answer.
  const reference = new Date(today.year, today.month - 1, today.day, 12, 0, 0);
  for (const result of loadChrono().en.parse(text, reference)) {
    const start = result.start;
    // A bare time ("8:00") or month ("in March") is not a day to count from.
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const date = { year: start.get('year') ?? today.year, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
    const guessedAhead = !start.isCertain('year') && daysBetween(today, date) > 0 && !FORWARD.test(result.text);
    return { date: guessedAhead ? lastOccurrence(date, start.isCertain('month')) : date, text: result.text };
  }
  return undefined;
}
