import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { assembleBot, type AssembledBot } from '../../bot/assembleBot';
import { JsonFileInsightsStore } from '../../bot/insights/insightsStore';
import { loadKnowledge } from '../../knowledge/loadKnowledge';

const kb = loadKnowledge();

export interface Chat {
  /** Sends one message through the real bot and returns every reply of that turn. */
  say(message: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The same, joined reply text. */
  text(message: string | Partial<Activity>): Promise<string>;
  assembled: AssembledBot;
  /** Everything the bot stored (conversation and user state), as MemoryStorage keeps it. */
  memory: Record<string, string>;
  insights: JsonFileInsightsStore;
  insightsFile: string;
}

export interface ChatOptions {
  /** The fixed clock. */
  now: Date;
  channelId?: string;
  /** Folder for insights.json; a fresh temporary one by default. */
  insightsDir?: string;
}

/** The assembled bot (real recognizer, dialogs and state) behind botbuilder's TestAdapter, with a fixed clock. */
export function startChat({ now, channelId = 'test', insightsDir }: ChatOptions): Chat {
  const dir = insightsDir ?? mkdtempSync(path.join(tmpdir(), 'insights-'));
  const insightsFile = path.join(dir, 'insights.json');
  const insights = new JsonFileInsightsStore(insightsFile, () => now);
  const memory: Record<string, string> = {};
  const storage = new MemoryStorage(memory);
  const assembled = assembleBot(storage, kb, { now: () => now, insights });
  const adapter = new TestAdapter(async (context) => assembled.bot.run(context), { channelId });
  const say = async (message: string | Partial<Activity>) => {
    await adapter.processActivity(message);
    return adapter.activeQueue.splice(0);
  };
  const text = async (message: string | Partial<Activity>) =>
    (await say(message)).map((activity) => activity.text ?? '').join('\n\n');
  return { say, text, assembled, memory, insights, insightsFile };
}

/** Button values of a reply: suggested actions, or hero-card buttons on Teams. */
export function buttons(activity: Partial<Activity> | undefined): string[] {
  const suggested = activity?.suggestedActions?.actions ?? [];
  const card = (activity?.attachments ?? []).flatMap((attachment) => (attachment.content?.buttons ?? []) as Array<{ value: string }>);
  return [...suggested, ...card].map((action) => String(action.value));
}
