import { buttons, startChat } from './support/chatHarness';

// Friday 20 March 2026, 10:00 AM in California (17:00 UTC).
const NOW = new Date('2026-03-20T17:00:00Z');
const CALIFORNIA_LINE = 'California Member Services: 1-800-464-4000 (TTY 711)';
const CAVEAT = 'Exact timelines can vary by state regulations and plan type';

async function chatInCalifornia() {
  const chat = startChat({ now: NOW });
  await chat.say('I live in Oakland');
  return chat;
}

describe('deadline calculator, asked directly', () => {
  test('a denial letter on March 3 gives an appeal window ending August 30, 2026, with the caveat and the number', async () => {
    const chat = await chatInCalifornia();
    const replies = await chat.say('I got a denial letter on March 3, how long do I have?');
    expect(replies).toHaveLength(1);
    const text = replies[0]?.text ?? '';
    expect(text).toContain('the usual last day is Sunday, August 30, 2026');
    expect(text).toContain('180 days from Tuesday, March 3, 2026');
    expect(text).toContain('163 days from today');
    expect(text).toContain(CAVEAT);
    expect(text).toContain(CALIFORNIA_LINE);
    expect(buttons(replies[0])).toEqual(['👍 Helpful', '👎 Not helpful']);
  });

  test('with the region unknown, the date comes first, then the region question, then the number', async () => {
    const chat = startChat({ now: NOW });
    const first = await chat.say('I want to file a complaint about something that happened on 3/3/2026, what is the deadline?');
    expect(first[0]?.text).toContain('To file a grievance (complaint), the usual last day is Sunday, August 30, 2026');
    expect(first[1]?.text).toContain('Which Kaiser Permanente region are you in?');
    expect(await chat.text('Denver')).toContain('To confirm your dates, call Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711).');
  });

  test('a region named in the same message is used, without asking', async () => {
    const chat = startChat({ now: NOW });
    const replies = await chat.say("I'm in Denver and got a denial letter on March 3, how long do I have?");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toContain('Sunday, August 30, 2026');
    expect(replies[0]?.text).toContain('Colorado Member Services: 303-338-3800 or 1-800-632-9700 (TTY 711)');
  });

  test('"two weeks ago" and "last Tuesday" are read against the fixed clock', async () => {
    const chat = await chatInCalifornia();
    expect(await chat.text('my claim was denied two weeks ago, how long do I have to appeal?')).toContain(
      '180 days from Friday, March 6, 2026',
    );
    expect(await chat.text('I got the denial last Tuesday, how long do I have?')).toContain('180 days from Tuesday, March 17, 2026');
  });

  test('a Medicare Advantage decision counts 60 days', async () => {
    const chat = await chatInCalifornia();
    const text = await chat.text('my medicare advantage plan denied my wheelchair on February 2');
    expect(text).toContain('To file a Medicare Advantage appeal, the usual last day is Friday, April 3, 2026');
    expect(text).toContain('Medicare Advantage filing windows are usually 60 days from the decision.');
  });

  test('a filing date gives the typical response date: 30 days for a grievance, 60 for an appeal, 72 hours expedited', async () => {
    const chat = await chatInCalifornia();
    expect(await chat.text('I filed my complaint on 3/3/2026, when will I hear back?')).toContain('by about **Thursday, April 2, 2026**');
    expect(await chat.text('I submitted my appeal on March 3, when will it be resolved?')).toContain('by about **Saturday, May 2, 2026**');
    expect(await chat.text('I filed an urgent appeal yesterday, when will I get an answer?')).toContain(
      'often within 72 hours. Counted from that day, that is around **Sunday, March 22, 2026**',
    );
  });

  test('a window already past says so and sends the member to Member Services to ask', async () => {
    const chat = await chatInCalifornia();
    const text = await chat.text('I got a denial letter on 3/3/2025, how long do I have?');
    expect(text).toContain('The usual window to file an appeal ended on **Saturday, August 30, 2025**');
    expect(text).toContain('Ask Member Services whether you can still file');
    expect(text).toContain(CALIFORNIA_LINE);
  });

  test('a date in the future gets the window it would open', async () => {
    const chat = await chatInCalifornia();
    const text = await chat.text('what is the deadline to appeal a decision dated 3/3/2027?');
    expect(text).toContain('Wednesday, March 3, 2027 is still to come');
    expect(text).toContain('until **Monday, August 30, 2027**');
  });

  test('today as the last day says so', async () => {
    const chat = await chatInCalifornia();
    expect(await chat.text('my grievance is about a visit on September 21, 2025, how long do I have?')).toContain(
      'Today, Friday, March 20, 2026, is the usual last day to file a grievance (complaint)',
    );
  });

  test('the member device time zone decides "today" near midnight', async () => {
    // 23:30 on March 20 in Hawaii is already March 21 in UTC.
    const chat = startChat({ now: new Date('2026-03-21T09:30:00Z') });
    const text = await chat.text({ type: 'message', text: 'denied yesterday, how long do I have to appeal?', localTimezone: 'Pacific/Honolulu' });
    expect(text).toContain('180 days from Thursday, March 19, 2026');
  });

  test('a dated denial that asks nothing about time gets its topic answer', async () => {
    const chat = await chatInCalifornia();
    const text = await chat.text('my pharmacy denied my refill on March 3, is there another medication I can take?');
    expect(text).not.toContain('usual last day');
  });

  test('an external review question is not turned into a filing deadline', async () => {
    const chat = await chatInCalifornia();
    const text = await chat.text('my internal appeal was denied on March 3, how do I get an independent external review?');
    expect(text).not.toContain('usual last day');
    expect(text).toContain('external review');
  });
});

describe('deadline calculator, from an answer', () => {
  test('the appeal answer offers "Work out my deadline", which asks for the date and counts from it', async () => {
    const chat = await chatInCalifornia();
    const answer = await chat.say('how do i appeal a denied claim');
    expect(buttons(answer[0])[0]).toBe('Work out my deadline');
    expect(await chat.text('Work out my deadline')).toContain('What date should I count from?');
    const text = await chat.text('March 3');
    expect(text).toContain('To file an appeal, the usual last day is Sunday, August 30, 2026');
    expect(text).toContain(CALIFORNIA_LINE);
  });

  test('a reply that is not a date is asked again, and after three tries the rule is given instead', async () => {
    const chat = await chatInCalifornia();
    await chat.say('file a complaint');
    await chat.say('Work out my deadline');
    expect(await chat.text('the letter from the clinic')).toContain("I couldn't read a date there.");
    await chat.say('not sure');
    expect(await chat.text('no idea')).toContain('here is the rule instead: In most regions and plan types, you generally have up to 180 days');
  });

  test('"I filed on ..." in reply to the date question gives the response date', async () => {
    const chat = await chatInCalifornia();
    await chat.say('medicare advantage appeal');
    await chat.say('Work out my deadline');
    const text = await chat.text('I filed on March 3');
    expect(text).toContain('You filed on Tuesday, March 3, 2026.');
    expect(text).toContain("I don't have a standard response time for Medicare Advantage reconsiderations");
  });

  test('"work out my deadline" with no topic yet asks which one, with buttons that work', async () => {
    const chat = await chatInCalifornia();
    const replies = await chat.say('work out my deadline');
    expect(replies[0]?.text).toBe('Which deadline should I work out?');
    expect(buttons(replies[0])).toEqual(['Work out my complaint deadline', 'Work out my appeal deadline', 'Work out my Medicare appeal deadline']);
    expect(await chat.text('Work out my Medicare appeal deadline')).toContain('That\'s the date of the decision.');
    expect(await chat.text('2/2/2026')).toContain('Friday, April 3, 2026');
  });
});
