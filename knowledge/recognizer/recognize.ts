import type { Intent, RegionId } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import type { RegionMatch, RegionResolver } from '../regions/resolveRegion';
import { detectEmergency } from './emergency';
import { tokenize } from './normalize';
import { createSpellingCorrector } from './spelling';
import { features, VectorIndex, type LabelledText } from './vectorIndex';

export interface ScoredIntent {
  intent: Intent;
  score: number;
}

/** What the dialogs do with a message: answer it, ask which of two it is, or say what the bot covers. */
export type Outcome = 'answer' | 'clarify' | 'none';

export interface RecognizerResult {
  text: string;
  intent: Intent;
  score: number;
  /** Up to three candidates, best first. */
  intents: ScoredIntent[];
  region: RegionId | 'ambiguous' | null;
  regionMatch: RegionMatch;
  emergency: boolean;
  outcome: Outcome;
}

export interface RecognizerTuning {
  /** Below this, the message is out of scope. */
  answerThreshold: number;
  /** Two candidates closer than this are both offered. */
  clarifyMargin: number;
  /** Weight of a word the recognizer has never seen, as a share of the rarest known word's. */
  unknownWeightShare: number;
  /** Mix of nearest-example and centroid similarity. */
  nearestShare: number;
  /** A textual match to the emergency examples this strong counts as an emergency even if the detector missed it. */
  emergencyMatch: number;
}

export const DEFAULT_TUNING: RecognizerTuning = {
  answerThreshold: 0.4,
  clarifyMargin: 0.05,
  unknownWeightShare: 0.7,
  nearestShare: 0.65,
  emergencyMatch: 0.6,
};

/** Longest message the recognizer reads; the rest of a very long story adds cost, not meaning. */
export const MAX_RECOGNIZED_CHARS = 1000;

export type Recognize = (text: string) => RecognizerResult;

function trainingExamples(kb: KnowledgeBase): LabelledText<Intent>[] {
  const examples: LabelledText<Intent>[] = [];
  for (const topic of kb.topics.values()) {
    for (const text of [topic.title, ...topic.examples, ...topic.keywords]) examples.push({ label: topic.id, text });
  }
  for (const intent of kb.conversation) for (const text of intent.examples) examples.push({ label: intent.id, text });
  return examples;
}

const foldButton = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** The bot's own button titles (topics, "Something else") mean exactly one intent each. */
function buttonIntents(kb: KnowledgeBase): Map<string, Intent> {
  const buttons = new Map<string, Intent>([['something else', 'help']]);
  for (const topic of kb.topics.values()) buttons.set(foldButton(topic.title), topic.id);
  return buttons;
}

function regionField(match: RegionMatch): RecognizerResult['region'] {
  if (match.kind === 'region') return match.region;
  if (match.kind === 'ambiguous') return 'ambiguous';
  return null;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export function createRecognizer(
  kb: KnowledgeBase,
  resolveRegion: RegionResolver,
  tuning: RecognizerTuning = DEFAULT_TUNING,
): Recognize {
  const index = new VectorIndex(trainingExamples(kb), tuning.unknownWeightShare);
  const buttons = buttonIntents(kb);
  const correct = createSpellingCorrector(index.vocabulary());

  const score = (text: string): ScoredIntent[] => {
    const words = tokenize(text.slice(0, MAX_RECOGNIZED_CHARS)).map((word) => {
      if (index.hasFeature(word)) return word;
      return correct(word) ?? word;
    });
    const { vector } = index.weigh(features(words));
    const ranked: ScoredIntent[] = [];
    for (const [intent, similarity] of index.similarities(vector)) {
      const value = tuning.nearestShare * similarity.nearest + (1 - tuning.nearestShare) * similarity.centroid;
      ranked.push({ intent, score: Math.min(1, Math.max(0, value)) });
    }
    return ranked.sort((a, b) => b.score - a.score).slice(0, 3);
  };

  return (text: string): RecognizerResult => {
    const regionMatch = resolveRegion(text);
    const button = buttons.get(foldButton(text));
    if (button) {
      return { text, region: regionField(regionMatch), regionMatch, emergency: false, intent: button, score: 1, intents: [{ intent: button, score: 1 }], outcome: 'answer' };
    }
    const scored = score(text).map((candidate) => ({ ...candidate, score: round(candidate.score) }));
    const emergency =
      detectEmergency(text) || (scored[0]?.intent === 'emergency' && scored[0].score >= tuning.emergencyMatch);
    // Below that, resemblance to emergency wording is not enough to call one.
    const candidates = emergency ? scored : scored.filter((candidate) => candidate.intent !== 'emergency');
    const base = { text, region: regionField(regionMatch), regionMatch, emergency };

    if (emergency) {
      const rest = candidates.filter((candidate) => candidate.intent !== 'emergency').slice(0, 2);
      return { ...base, intent: 'emergency', score: 1, intents: [{ intent: 'emergency', score: 1 }, ...rest], outcome: 'answer' };
    }
    const [best, second] = candidates;
    if (!best || best.score < tuning.answerThreshold) {
      return { ...base, intent: 'none', score: round(best ? 1 - best.score : 1), intents: candidates, outcome: 'none' };
    }
    const close = second !== undefined && second.score >= tuning.answerThreshold && best.score - second.score < tuning.clarifyMargin;
    return { ...base, intent: best.intent, score: best.score, intents: candidates, outcome: close ? 'clarify' : 'answer' };
  };
}
