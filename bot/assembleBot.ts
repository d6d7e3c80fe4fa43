import { UserState, type ConversationState, type Storage } from 'botbuilder';
import { createMemberStateAccessors } from '../dialogs/memberState';
import { MainDialog } from '../dialogs/mainDialog';
import type { MemberCareServices } from '../dialogs/services';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/loadKnowledge';
import { createRecognizer } from '../knowledge/recognizer/recognize';
import { createRegionResolver } from '../knowledge/regions/resolveRegion';
import { JsonFileInsightsStore, type InsightsStore } from './insights/insightsStore';
import { MemberCareBot, type UnmatchedLogging } from './memberCareBot';
import { MemberConversationState } from './state/memberConversationState';

export interface AssembledBot {
  bot: MemberCareBot;
  dialog: MainDialog;
  services: MemberCareServices;
  conversationState: ConversationState;
  userState: UserState;
}

export interface AssembleOptions {
  /** Where ratings and unmatched questions go; in memory only unless given. */
  insights?: InsightsStore;
  /** The clock; tests fix it. */
  now?: () => Date;
}

/** Builds the knowledge base, recognizer, state and dialogs once, at start-up. */
export function assembleBot(
  storage: Storage,
  kb: KnowledgeBase = loadKnowledge(),
  unmatched?: UnmatchedLogging,
  options: AssembleOptions = {},
): AssembledBot {
  const resolveRegion = createRegionResolver([...kb.regions.values()]);
  const recognize = createRecognizer(kb, resolveRegion);
  const conversationState = new MemberConversationState(storage);
  const userState = new UserState(storage);
  const services: MemberCareServices = {
    kb,
    recognize,
    resolveRegion,
    state: createMemberStateAccessors(userState, conversationState),
    now: options.now ?? (() => new Date()),
    insights: options.insights ?? new JsonFileInsightsStore(undefined),
  };
  const dialog = new MainDialog(services);
  const bot = new MemberCareBot({ kb, recognize, dialog, conversationState, userState, unmatched });
  return { bot, dialog, services, conversationState, userState };
}
