import { UserState, type ConversationState, type Storage } from 'botbuilder';
import { createMemberStateAccessors } from '../dialogs/memberState';
import { MainDialog } from '../dialogs/mainDialog';
import type { MemberCareServices } from '../dialogs/services';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/loadKnowledge';
import { recognizerModels } from '../knowledge/recognizer/modelFiles';
import { createRecognizer, DEFAULT_TUNING } from '../knowledge/recognizer/recognize';
import { lazySecondOpinion, type SecondOpinion } from '../knowledge/recognizer/secondOpinion/secondOpinion';
import { withSecondOpinion } from '../knowledge/recognizer/secondOpinion/withSecondOpinion';
import { loadRecognizerData } from '../knowledge/recognizer/trainingData';
import { createRegionResolver } from '../knowledge/regions/resolveRegion';
import { JsonFileInsightsStore, type InsightsStore } from './insights/insightsStore';
import type { Logger } from './logging/logger';
import { MemberCareBot, type UnmatchedLogging } from './memberCareBot';
import { MemberConversationState } from './state/memberConversationState';

export interface AssembledBot {
  bot: MemberCareBot;
  dialog: MainDialog;
  services: MemberCareServices;
  conversationState: ConversationState;
  userState: UserState;
  /** The sentence encoder the recognizer asks when in doubt: the server loads it ahead with `ready()`. */
  secondOpinion: SecondOpinion;
}

export interface AssembleOptions {
  /** Where ratings and unmatched questions go; in memory only unless given. */
  insights?: InsightsStore;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** Where start-up says whether the recognizer's models were loaded or trained. */
  logger?: Logger;
  /** Where `npm run build` saved the trained recognizer (modelFiles.ts); tests point elsewhere. */
  recognizerModelDir?: string;
}

/** Builds the knowledge base, recognizer, state and dialogs once, at start-up. */
export function assembleBot(
  storage: Storage,
  kb: KnowledgeBase = loadKnowledge(),
  unmatched?: UnmatchedLogging,
  options: AssembleOptions = {},
): AssembledBot {
  const resolveRegion = createRegionResolver([...kb.regions.values()]);
  const recognizerData = loadRecognizerData();
  const models = recognizerModels(kb, recognizerData, DEFAULT_TUNING, options.recognizerModelDir);
  if (models.source === 'loaded') options.logger?.info('recognizer models loaded');
  else options.logger?.info({ reason: models.reason }, 'recognizer models trained at start-up');
  const secondOpinion = lazySecondOpinion(kb, recognizerData, {
    onTrained: (reason) => options.logger?.warn({ reason }, 'sentence encoder head trained at run time (npm run build trains it ahead)'),
  });
  const recognize = withSecondOpinion(createRecognizer(kb, resolveRegion, DEFAULT_TUNING, recognizerData, models.models), secondOpinion.inScope);
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
  return { bot, dialog, services, conversationState, userState, secondOpinion };
}
