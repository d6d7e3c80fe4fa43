import { isTopicIntent } from '../knowledge/intents';
import type { Utterance } from './utterances';

/** One member's messages, in order. */
export type Script = readonly string[];

/** Members saying where they are, in the ways they do; each names a served region. */
const REGION_MESSAGES = [
  'I live in Oakland',
  "I'm in Honolulu",
  'I moved to Denver',
  'we are in Atlanta, Georgia',
  'I live in Seattle',
  "I'm in Portland, Oregon",
  'I am in Silver Spring, Maryland',
  'my zip is 94612',
];

/**
 * Three-turn conversations: the member's region, then two topic questions from the held-out set.
 * Deterministic, so every run and both bots get the same messages in the same order.
 */
export function conversationScripts(utterances: readonly Utterance[]): Script[] {
  const questions = utterances.filter((utterance) => isTopicIntent(utterance.intent)).map((utterance) => utterance.text);
  if (questions.length < 2) throw new Error('need at least two topic questions for the load');
  const scripts: Script[] = [];
  for (let index = 0; index + 1 < questions.length; index += 2) {
    scripts.push([REGION_MESSAGES[scripts.length % REGION_MESSAGES.length], questions[index], questions[index + 1]]);
  }
  return scripts;
}
