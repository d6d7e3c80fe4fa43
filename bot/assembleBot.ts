import { ConversationState, UserState, type Storage } from 'botbuilder';
import { createMemberStateAccessors } from '../dialogs/memberState';
import { MainDialog } from '../dialogs/mainDialog';
import type { MemberCareServices } from '../dialogs/services';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/loadKnowledge';
import { createRecognizer } from '../knowledge/recognizer/recognize';
import { createRegionResolver } from '../knowledge/regions/resolveRegion';
import { MemberCareBot, type UnmatchedLogging } from './memberCareBot';

export interface AssembledBot {
  bot: MemberCareBot;
  dialog: MainDialog;
  services: MemberCareServices;
  conversationState: ConversationState;
  userState: UserState;
}

/** Builds the knowledge base, recognizer, state and dialogs once, at start-up. */
export function assembleBot(storage: Storage, kb: KnowledgeBase = loadKnowledge(), unmatched?: UnmatchedLogging): AssembledBot {
  const resolveRegion = createRegionResolver([...kb.regions.values()]);
  const recognize = createRecognizer(kb, resolveRegion);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const services: MemberCareServices = {
    kb,
    recognize,
    resolveRegion,
    state: createMemberStateAccessors(userState, conversationState),
  };
  const dialog = new MainDialog(services);
  const bot = new MemberCareBot({ kb, recognize, dialog, conversationState, userState, unmatched });
  return { bot, dialog, services, conversationState, userState };
}
