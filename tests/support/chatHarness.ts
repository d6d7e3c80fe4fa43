import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryStorage, type Activity } from 'botbuilder';
import type { AssembledBot } from '../../bot/assembleBot';
import { JsonFileInsightsStore } from '../../bot/insights/insightsStore';
import { memberConversation } from './memberConversation';

export interface Chat {
  /** Sends one message (or activity) through the real bot and returns every reply of that turn. */
  say(message: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The same, reply texts joined. */
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
}

/** memberConversation with a fixed clock, insights in a fresh temporary folder and the stored state in view. */
export function startChat({ now, channelId = 'test' }: ChatOptions): Chat {
  const insightsFile = path.join(mkdtempSync(path.join(tmpdir(), 'insights-')), 'insights.json');
  const insights = new JsonFileInsightsStore(insightsFile, () => now);
  const memory: Record<string, string> = {};
  const conversation = memberConversation(channelId, new MemoryStorage(memory), { now: () => now, insights });
  const say = (message: string | Partial<Activity>) => conversation.send(typeof message === 'string' ? { type: 'message', text: message } : message);
  const text = async (message: string | Partial<Activity>) => (await say(message)).map((activity) => activity.text ?? '').join('\n\n');
  return { say, text, assembled: conversation.assembled, memory, insights, insightsFile };
}

/** Button values of a reply: suggested actions, or hero-card buttons on Teams. */
export function buttons(activity: Partial<Activity> | undefined): string[] {
  const suggested = activity?.suggestedActions?.actions ?? [];
  const card = (activity?.attachments ?? []).flatMap((attachment) => (attachment.content?.buttons ?? []) as Array<{ value: string }>);
  return [...suggested, ...card].map((action) => String(action.value));
}
