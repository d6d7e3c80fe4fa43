import { createInterface } from 'node:readline';
import { ActivityTypes, MemoryStorage, type Activity } from 'botbuilder';
import { assembleBot } from './assembleBot';
import { ConsoleAdapter, formatForTerminal } from './console/consoleAdapter';

/** `npm run chat`: the same bot in the terminal. A number picks a button from the last reply. */
async function chat(): Promise<void> {
  const { bot } = assembleBot(new MemoryStorage());
  let lastButtons: string[] = [];
  const adapter = new ConsoleAdapter((text) => process.stdout.write(`\nbot> ${text.replace(/\n/g, '\n     ')}\n`));
  adapter.onTurnError = async (context, error) => {
    process.stderr.write(`error: ${error.message}\n`);
    await context.sendActivity('Sorry, something went wrong on my side.');
  };
  const original = adapter.sendActivities.bind(adapter);
  adapter.sendActivities = async (context, activities) => {
    const buttons = activities.flatMap((activity) => buttonValues(activity));
    if (buttons.length > 0) lastButtons = buttons;
    return original(context, activities);
  };

  await adapter.receive(
    { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'member', name: 'Member' }] },
    (context) => bot.run(context),
  );
  const input = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) process.stdout.write('\n(type a question, a number to press a button, or Ctrl+D to quit)\n');
  for await (const line of input) {
    const choice = /^\s*(\d{1,2})\s*$/.exec(line);
    const text = choice && lastButtons[Number(choice[1]) - 1] ? lastButtons[Number(choice[1]) - 1] : line;
    if (!process.stdin.isTTY) process.stdout.write(`\nyou> ${text}\n`);
    await adapter.receive({ type: ActivityTypes.Message, text }, (context) => bot.run(context));
  }
}

function buttonValues(activity: Partial<Activity>): string[] {
  if (!formatForTerminal(activity)) return [];
  const suggested = activity.suggestedActions?.actions ?? [];
  const card = (activity.attachments ?? []).flatMap((attachment) => (attachment.content as { buttons?: { value: string }[] })?.buttons ?? []);
  return [...suggested, ...card].map((action) => String(action.value));
}

chat().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
