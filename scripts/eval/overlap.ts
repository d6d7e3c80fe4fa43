import type { KnowledgeBase } from '../../knowledge/loadKnowledge';
import { tokenize } from '../../knowledge/recognizer/normalize';
import { trainingExamples, type RecognizerData } from '../../knowledge/recognizer/trainingData';
import type { EvalSets } from './datasets';

const key = (text: string): string => tokenize(text).join(' ');

/**
 * Evaluation rows whose words are exactly those of a training example: a check that we never
 * measure on what the recognizer was built from. Should be zero (or a handful of one-word greetings).
 */
export function overlapWithTraining(kb: KnowledgeBase, data: RecognizerData, sets: EvalSets): string[] {
  const trained = new Set(trainingExamples(kb, data).map((example) => key(example.text)));
  const rows = [...sets.member, ...sets.nearDomain, ...sets.emergency, ...sets.clincOutOfScope, ...sets.clincConversation];
  return rows.map((row) => row.text).filter((text) => trained.has(key(text)));
}
