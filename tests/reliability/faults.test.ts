import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import { APOLOGY } from '../../bot/adapter';
import { assembleBot } from '../../bot/assembleBot';
import { MemberCareBot } from '../../bot/memberCareBot';
import { ResilientStorage } from '../../bot/resilientStorage';
import { MainDialog } from '../../dialogs/mainDialog';
import { exchange, messageTexts, webChatActivity } from '../support/activities';
import { FaultyStorage, type Operation } from '../support/faultyStorage';
import { kb } from '../support/memberConversation';
import { startBot } from '../support/runningBot';

const HONOLULU_QUESTION = "I'm in Honolulu, what is the member services number?";
const HAWAII_LINE = 'Hawaii Member Services: 808-432-5955 or 1-800-966-5955 (TTY 711)';

function logRecords(lines: string[]): Array<Record<string, any>> {
  return lines.map((line) => JSON.parse(line));
}

describe('when state storage fails, the member still gets an answer and the failure is logged', () => {
  it.each<[string, Operation[]]>([
    ['reads', ['read']],
    ['writes', ['write']],
    ['reads, writes and deletes', ['read', 'write', 'delete']],
  ])('storage failing on %s', async (_name, failing) => {
    const storage = new FaultyStorage(new Set(failing));
    const bot = await startBot({ LOG_LEVEL: 'info' }, { storage: (logger) => new ResilientStorage(storage, logger) });
    try {
      const conversation = webChatActivity('faulty-storage');
      const first = await exchange(bot.url, { ...conversation, id: 'q1', text: HONOLULU_QUESTION });
      expect(first.status).toBe(200);
      expect(messageTexts(first.replies).join('\n')).toContain(HAWAII_LINE);
      // The region may be asked again (it could not be remembered), but the member is never stuck.
      const second = await exchange(bot.url, { ...conversation, id: 'q2', text: 'how do I reach member services' });
      expect(second.status).toBe(200);
      expect(messageTexts(second.replies).join('\n')).toMatch(/808-432-5955|Which Kaiser Permanente region are you in\?/);
      expect(storage.calls).toBeGreaterThan(0);
      const failures = logRecords(bot.logs).filter((record) => record.msg === 'state storage failed; the turn goes on without it');
      expect(failures.map((record) => record.operation)).toEqual(expect.arrayContaining(failing.filter((operation) => operation !== 'delete')));
      expect(failures.every((record) => record.level === 50 && record.error.type === 'Error')).toBe(true);
    } finally {
      await bot.close();
    }
  });
});

/** The real main dialog, except that a message containing "boom" makes it throw (quoting the member, as real errors do). */
class FaultyMainDialog extends MainDialog {
  override async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const text = dc.context.activity.text ?? '';
    if (text.includes('boom')) throw new Error(`could not route "${text}"`);
    return super.beginDialog(dc, options);
  }
}

describe('an exception in a dialog', () => {
  it('gets the member an apology with the general way to reach Member Services, and the bot goes on answering', async () => {
    const bot = await startBot(
      { LOG_LEVEL: 'info' },
      {
        assemble: (storage) => {
          const assembled = assembleBot(storage, kb);
          const dialog = new FaultyMainDialog(assembled.services);
          const bot = new MemberCareBot({ kb, recognize: assembled.services.recognize, dialog, conversationState: assembled.conversationState, userState: assembled.userState });
          return { ...assembled, dialog, bot };
        },
      },
    );
    try {
      const conversation = webChatActivity('faulty-dialog');
      const failed = await exchange(bot.url, { ...conversation, id: 'boom', text: 'boom, my member ID is 12345678' });
      expect(failed.status).toBe(200);
      expect(messageTexts(failed.replies)).toEqual([APOLOGY]);
      expect(APOLOGY).toContain('Member Services number on your ID card (TTY 711)');
      expect(APOLOGY).toContain('call 911');

      const next = await exchange(bot.url, { ...conversation, id: 'after', text: HONOLULU_QUESTION });
      expect(next.status).toBe(200);
      expect(messageTexts(next.replies).join('\n')).toContain(HAWAII_LINE);

      const turnFailed = logRecords(bot.logs).find((record) => record.msg === 'turn failed');
      expect(turnFailed?.error.message).toBe('could not route "boom, my member [id]"');
      expect(bot.logs.join('\n')).not.toContain('12345678');
    } finally {
      await bot.close();
    }
  });
});
