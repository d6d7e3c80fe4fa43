import { addDays, daysBetween, formatLongDate } from '../knowledge/dates/calendarDate';
import { findDate } from '../knowledge/deadlines/findDate';
import { readDeadlineQuestion } from '../knowledge/deadlines/deadlineQuestion';
import { FILING_WINDOWS, RESPONSE_TIMES } from '../knowledge/deadlines/timelines';
import { loadKnowledge } from '../knowledge/loadKnowledge';

const TODAY = { year: 2026, month: 11, day: 28 }; // a Saturday

test('the 180-day window from 2026-03-03 ends on 2026-08-30, across month and year ends and a leap day', () => {
  expect(addDays({ year: 2026, month: 3, day: 3 }, 180)).toEqual({ year: 2026, month: 8, day: 30 });
  expect(addDays({ year: 2027, month: 12, day: 31 }, 60)).toEqual({ year: 2028, month: 2, day: 29 });
  expect(daysBetween({ year: 2026, month: 3, day: 3 }, { year: 2026, month: 8, day: 30 })).toBe(180);
  expect(formatLongDate({ year: 2026, month: 8, day: 30 })).toBe('Sunday, August 30, 2026');
});

test.each([
  ['I got a denial letter on March 3', { year: 2026, month: 3, day: 3 }],
  ['3/3/2026', { year: 2026, month: 3, day: 3 }],
  ['2026-03-03', { year: 2026, month: 3, day: 3 }],
  ['last Tuesday', { year: 2026, month: 11, day: 24 }],
  ['two weeks ago', { year: 2026, month: 11, day: 14 }],
  ['yesterday', { year: 2026, month: 11, day: 27 }],
  // No year, and this year's would be ahead of today: last year's.
  ['Dec 1', { year: 2025, month: 12, day: 1 }],
  ['3/3/2027', { year: 2027, month: 3, day: 3 }],
  ['next Friday', { year: 2026, month: 12, day: 4 }],
])('findDate reads "%s"', (text, expected) => {
  expect(findDate(text, TODAY)?.date).toEqual(expected);
});

test.each(['8:00', 'in March', '180 days', 'how long do I have to appeal'])('"%s" is not a day to count from', (text) => {
  expect(findDate(text, TODAY)).toBeUndefined();
});

test('the question says which topic and which date it is', () => {
  expect(readDeadlineQuestion('my medicare plan denied it on March 3', TODAY)).toMatchObject({ topic: 'medicare-appeal', stage: 'file' });
  expect(readDeadlineQuestion('I filed my complaint on March 3', TODAY)).toMatchObject({ topic: 'grievance', stage: 'response' });
  expect(readDeadlineQuestion('appeal my emergency room bill from March 3', TODAY)).toMatchObject({ topic: 'appeal', urgent: false });
  expect(readDeadlineQuestion('I want an independent external review of the March 3 denial', TODAY).topic).toBeUndefined();
});

test('the calculator counts with the same numbers the topic answers state', () => {
  const kb = loadKnowledge();
  const answer = (id: 'grievance' | 'appeal' | 'medicare-appeal') => kb.topics.get(id)?.answer ?? '';
  expect(answer('grievance')).toContain(`${FILING_WINDOWS.grievance.days} days from the event`);
  expect(answer('grievance')).toContain(`${RESPONSE_TIMES.grievance?.days} calendar days`);
  expect(answer('appeal')).toContain(`${FILING_WINDOWS.appeal.days} days from the event`);
  expect(answer('appeal')).toContain(`${RESPONSE_TIMES.appeal?.days} calendar days`);
  expect(answer('medicare-appeal')).toContain(`${FILING_WINDOWS['medicare-appeal'].days} days from the decision`);
});
