import { buttons, startChat } from './support/chatHarness';

async function chatIn(region: string, now: Date) {
  const chat = startChat({ now });
  await chat.say(`I live in ${region}`);
  return chat;
}

const SOURCE_TIP = 'often early morning local time, Tuesday to Thursday';

describe('best time to call, by the region local time', () => {
  test('Tuesday 9:30 AM in Colorado is a good time; the next window is Wednesday morning', async () => {
    const chat = await chatIn('Denver', new Date('2026-03-24T15:30:00Z'));
    const replies = await chat.say('best time to call');
    const text = replies[0]?.text ?? '';
    expect(text).toContain("**It's Tuesday 9:30 AM Mountain Time in Colorado now: a good time to call.**");
    expect(text).toContain('Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)');
    expect(text).toContain('Next off-peak window after this one: Wednesday, March 25, 2026, early morning Mountain Time');
    expect(text).toContain(SOURCE_TIP);
    expect(buttons(replies[0])).toContain('👍 Helpful');
  });

  test('the same instant is 7 AM in Hawaii (window opens later today) and 1 PM in Maryland (window opens tomorrow)', async () => {
    const now = new Date('2026-03-24T17:00:00Z');
    const hawaii = await chatIn('Honolulu', now);
    expect(await hawaii.text('when is the best time to call?')).toContain(
      "It's Tuesday 7 AM Hawaii-Aleutian Standard Time in Hawaii now. Today is one of the off-peak days: call early this morning.",
    );
    const maryland = await chatIn('Baltimore', now);
    expect(await maryland.text('when is the best time to call?')).toContain(
      "It's Tuesday 1 PM Eastern Time in Mid-Atlantic States now, which isn't one of the off-peak times. The next one starts Wednesday, March 25, 2026",
    );
  });

  test('Saturday in California points to Tuesday, with the source note on California hours and no invented hours', async () => {
    const chat = await chatIn('Sacramento', new Date('2026-03-28T20:15:00Z'));
    const text = await chat.text('best day of the week to call kaiser');
    expect(text).toContain("It's Saturday 1:15 PM Pacific Time in California now, which isn't one of the off-peak times. The next one starts Tuesday, March 31, 2026");
    expect(text).toContain('California: Nurse advice available 24/7; Member Services typically Mon–Fri business hours.');
    expect(text).toContain("I don't have the line's opening hours");
    // Only the member's own clock is stated: the source gives no hour for the window.
    expect(text.match(/\b\d{1,2}(:\d{2})? (AM|PM)\b/g)).toEqual(['1:15 PM']);
  });

  test('Thursday 10 AM has just left the window: next is Tuesday', async () => {
    const chat = await chatIn('Seattle', new Date('2026-03-26T17:00:00Z'));
    expect(await chat.text('best time to call')).toContain('The next one starts Tuesday, March 31, 2026');
  });

  test('a task that can be done online is suggested online', async () => {
    const chat = await chatIn('Portland', new Date('2026-03-24T15:30:00Z'));
    expect(await chat.text('what time should i call about a refill?')).toContain(
      'You can also refill prescriptions on kp.org or in the Kaiser Permanente app, without waiting on hold.',
    );
    expect(await chat.text('is now a good time to call about paying my bill?')).toContain('You can also pay bills on kp.org');
  });

  test('with the region unknown it asks first, then answers for the region named', async () => {
    const chat = startChat({ now: new Date('2026-03-24T15:30:00Z') });
    expect(await chat.text('best time to call')).toContain('Which Kaiser Permanente region are you in?');
    expect(await chat.text('Atlanta')).toContain("It's Tuesday 11:30 AM Eastern Time in Georgia now");
  });
});
