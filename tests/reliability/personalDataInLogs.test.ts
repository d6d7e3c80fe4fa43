import { maskPersonalData } from '../../bot/logging/maskPersonalData';
import { exchange, messageTexts, webChatActivity } from '../support/activities';
import { startBot } from '../support/runningBot';

/** What members type, and the personal data in it that must never reach a log. */
const PERSONAL: Array<[string, string]> = [
  ['My member ID is 1234567890, can you look up my claim?', '1234567890'],
  ['member number 12-345-678 why was I billed twice', '12-345-678'],
  ['MRN: 000123456 I need my lab results', '000123456'],
  ['my medical record number is 11223344', '11223344'],
  ['refill Rx #7654321 please', '7654321'],
  ['prescription number 1234567-12345 is not ready', '1234567-12345'],
  ['call me back at (555) 123-4567 tomorrow', '123-4567'],
  ['my cell is 555.987.6543', '987.6543'],
  ['reach me on +1 555 222 3333', '222 3333'],
  ['I was born 04/12/1961 does that matter', '04/12/1961'],
  ['DOB 1961-04-12 for the form', '1961-04-12'],
  ['my birthday is April 12, 1961', 'April 12, 1961'],
  ['born 12 April 1961 in Oakland', '12 April 1961'],
  ['email me at jane.doe+kp@example.co.uk thanks', 'jane.doe+kp@example.co.uk'],
  ['my social is 123-45-6789 do you need it', '123-45-6789'],
  ['the card number says W123456789 on it', 'W123456789'],
];

describe('maskPersonalData', () => {
  it.each(PERSONAL)('masks "%s"', (text, secret) => {
    const masked = maskPersonalData(text);
    expect(masked).not.toContain(secret);
    expect(masked).toMatch(/\[(id|phone|date|email|ssn|number)\]/);
  });

  it('keeps the words, so that an unmatched question can still be read', () => {
    expect(maskPersonalData('can I get a refill of Rx 7654321 sent to my house')).toBe('can I get a refill of [id] sent to my house');
    expect(maskPersonalData('how do I pay my bill')).toBe('how do I pay my bill');
  });
});

describe('a conversation full of personal data', () => {
  it('leaves none of it in the logs, even at LOG_LEVEL=trace with unmatched questions logged', async () => {
    const consoleLines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleLines.push(args.map(String).join(' '))),
    );
    const bot = await startBot({ LOG_LEVEL: 'trace', LOG_UNMATCHED_TEXT: 'true' });
    try {
      const conversation = webChatActivity('pii-conversation');
      for (const [index, [text]] of PERSONAL.entries()) {
        const { status, replies } = await exchange(bot.url, { ...conversation, id: `m${index}`, text });
        expect(status).toBe(200);
        expect(messageTexts(replies).length).toBeGreaterThan(0);
      }
      const everything = [...bot.logs, ...consoleLines].join('\n');
      for (const [, secret] of PERSONAL) expect(everything).not.toContain(secret);
      // The control: unmatched questions were logged, masked, so the check above had text to look at.
      const unmatched = bot.logs.map((line) => JSON.parse(line)).filter((record) => record.msg === 'unmatched question');
      expect(unmatched.length).toBeGreaterThan(0);
      expect(unmatched.some((record) => /\[(id|phone|date|email|ssn|number)\]/.test(record.text))).toBe(true);
    } finally {
      await bot.close();
      spies.forEach((spy) => spy.mockRestore());
    }
  });

  it('by default logs that a question went unmatched, never its text', async () => {
    const bot = await startBot({ LOG_LEVEL: 'trace' });
    try {
      await exchange(bot.url, webChatActivity('pii-default', { text: 'purple elephants 1234567890' }));
      const unmatched = bot.logs.map((line) => JSON.parse(line)).filter((record) => record.msg === 'unmatched question');
      expect(unmatched).toHaveLength(1);
      expect(unmatched[0]).not.toHaveProperty('text');
      expect(unmatched[0].chars).toBeGreaterThan(0);
      expect(bot.logs.join('\n')).not.toContain('purple elephants');
    } finally {
      await bot.close();
    }
  });

  it('does not count a member saying where they live as unmatched', async () => {
    const bot = await startBot({ LOG_LEVEL: 'trace' });
    try {
      const { replies } = await exchange(bot.url, webChatActivity('region-only', { text: 'I live in Oakland' }));
      expect(messageTexts(replies).join('\n')).toMatch(/California/);
      expect(bot.logs.map((line) => JSON.parse(line)).filter((record) => record.msg === 'unmatched question')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
