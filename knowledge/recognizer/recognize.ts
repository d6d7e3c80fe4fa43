import { isTopicIntent, type Intent, type RegionId } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import type { RegionMatch, RegionResolver } from '../regions/resolveRegion';
import { createDangerSpelling } from './dangerSpelling';
import { detectEmergency } from './emergency';
import { recognizerModels } from './modelFiles';
import { createScorer, type ScorerModels, type ScorerOptions } from './scorer';
import { tellsSymptom } from './symptoms';
import { loadRecognizerData, type RecognizerData } from './trainingData';

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
  /** How sure the recognizer is that the message is one it covers (scopeConfidence); 1 for a button or an emergency. */
  confidence: number;
}

export interface RecognizerTuning extends ScorerOptions {
  /** Below this probability, the message is out of scope. */
  answerThreshold: number;
  /** The same for "start over", which ends whatever the member was in the middle of. */
  startOverThreshold: number;
  /** A runner-up that also clears answerThreshold and is within this of the best is offered too. */
  clarifyMargin: number;
  /** A health problem told (symptoms.ts) outweighs a topic below this probability: "my mom's feet are itchy" read as proxy access. */
  symptomOutweighsBelow: number;
  /** The model's emergency probability this high, with a soft sign of trouble, counts as an emergency. */
  emergencyMatch: number;
  /** Below this confidence (scope and intent probabilities, mixed by scopeShare), the message is out of scope. */
  scopeThreshold: number;
  /** How much the scope model counts against the intent model's confidence (0..1). */
  scopeShare: number;
  /** From this confidence the word models are sure enough alone; below it, down to what the encoder could lift over scopeThreshold, it is asked too. */
  sureFrom: number;
  /** How much the sentence encoder's in-scope probability counts in the confidence of a doubtful message (0..1). */
  encoderShare: number;
}

/** Chosen on the dev split (our dev-*.jsonl, CLINC150 val lines): never on the test files. */
export const DEFAULT_TUNING: RecognizerTuning = {
  answerThreshold: 0.25,
  startOverThreshold: 0.5,
  clarifyMargin: 0.1,
  symptomOutweighsBelow: 0.5,
  emergencyMatch: 0.5,
  scopeThreshold: 0.45,
  scopeShare: 0.5,
  sureFrom: 0.9,
  encoderShare: 0.35,
  outOfScopeWeight: 1,
  spelling: { rareBelow: 3, commonFrom: 5 },
  training: { epochs: 15, learningRate: 5, l2: 1e-4, seed: 7 },
};

/** Longest message the recognizer reads; the rest of a very long story adds cost, not meaning. */
export const MAX_RECOGNIZED_CHARS = 1000;

export type Recognize = (text: string) => RecognizerResult;

const foldButton = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The bot's own button titles (topics, "Something else") and the commands it tells members to type
 * ("help", "start over") mean exactly one intent each, whatever the model makes of a single word.
 */
function buttonIntents(kb: KnowledgeBase): Map<string, Intent> {
  const buttons = new Map<string, Intent>([
    ['something else', 'help'],
    ['help', 'help'],
    ['start over', 'start-over'],
  ]);
  for (const topic of kb.topics.values()) buttons.set(foldButton(topic.title), topic.id);
  return buttons;
}

function regionField(match: RegionMatch): RecognizerResult['region'] {
  if (match.kind === 'region') return match.region;
  if (match.kind === 'ambiguous') return 'ambiguous';
  return null;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Confidence that a message is for us and which topic it is: the scope and intent models' geometric mix, as the scope threshold reads it. */
export function scopeConfidence(inScope: number, bestScore: number, tuning: Pick<RecognizerTuning, 'scopeShare'>): number {
  return inScope ** tuning.scopeShare * bestScore ** (1 - tuning.scopeShare);
}

export function createRecognizer(
  kb: KnowledgeBase,
  resolveRegion: RegionResolver,
  tuning: RecognizerTuning = DEFAULT_TUNING,
  data: RecognizerData = loadRecognizerData(),
  /** Models trained on the same kb, data and tuning: by default saved ones if they match (modelFiles.ts), else trained. */
  models: ScorerModels = recognizerModels(kb, data, tuning).models,
): Recognize {
  const score = createScorer(data.markers, models);
  const correctDangerSpelling = createDangerSpelling(models.spelling.common);
  const buttons = buttonIntents(kb);

  return (text: string): RecognizerResult => {
    const regionMatch = resolveRegion(text);
    const button = buttons.get(foldButton(text));
    if (button) {
      return { text, region: regionField(regionMatch), regionMatch, emergency: false, intent: button, score: 1, intents: [{ intent: button, score: 1 }], outcome: 'answer', confidence: 1 };
    }
    const { candidates: scored, inScope } = score(text.slice(0, MAX_RECOGNIZED_CHARS));
    const emergencyScore = scored.find((candidate) => candidate.intent === 'emergency')?.score ?? 0;
    // Not gated by scope: the scope model reads symptoms as off-topic; the detector asks for a sign of trouble instead.
    const emergency = detectEmergency(text, emergencyScore >= tuning.emergencyMatch, correctDangerSpelling);
    // Below that, resemblance to emergency wording is not enough to call one.
    const candidates = emergency ? scored : scored.filter((candidate) => candidate.intent !== 'emergency');
    const base = { text, region: regionField(regionMatch), regionMatch, emergency };

    if (emergency) {
      const rest = candidates.filter((candidate) => candidate.intent !== 'emergency').slice(0, 2);
      return { ...base, intent: 'emergency', score: 1, intents: [{ intent: 'emergency', score: 1 }, ...rest], outcome: 'answer', confidence: 1 };
    }
    const best = candidates[0];
    const confidence = best ? scopeConfidence(inScope, best.score, tuning) : 0;
    return decide({ ...base, confidence }, candidates, round(1 - Math.min(inScope, best?.score ?? 0)), tuning);
  };
}

type Undecided = Omit<RecognizerResult, 'intent' | 'score' | 'intents' | 'outcome'>;

/** The probability an intent needs to be answered. "Start over" must be clear: it drops what the member was doing. */
const thresholdFor = (intent: Intent, tuning: RecognizerTuning): number =>
  intent === 'start-over' ? tuning.startOverThreshold : tuning.answerThreshold;

/** Answer, ask which of two, or say what the bot covers: from the candidates and the confidence that the message is ours. */
function decide(base: Undecided, candidates: ScoredIntent[], noneScore: number, tuning: RecognizerTuning): RecognizerResult {
  const [best, second] = candidates;
  const unanswered = !best || best.score < thresholdFor(best.intent, tuning) || base.confidence < tuning.scopeThreshold;
  const placed = !unanswered && isTopicIntent(best.intent) && best.score >= tuning.symptomOutweighsBelow;
  if (!placed && tellsSymptom(base.text.slice(0, MAX_RECOGNIZED_CHARS))) return forTheNurseLine(base, candidates);
  if (unanswered) return { ...base, intent: 'none', score: noneScore, intents: candidates, outcome: 'none' };
  const close = second !== undefined && second.score >= tuning.answerThreshold && best.score - second.score < tuning.clarifyMargin;
  return { ...base, intent: best.intent, score: best.score, intents: candidates, outcome: close ? 'clarify' : 'answer' };
}

/**
 * Someone's health problem that neither the detector (not an emergency) nor the models (no topic, or
 * small talk: "i have a bad headache" read as goodbye) placed: the nurse advice line is its answer.
 * It takes the first place, with at least the best probability the models gave, so the trace stays best first.
 */
function forTheNurseLine(base: Undecided, candidates: ScoredIntent[]): RecognizerResult {
  const score = Math.max(candidates[0]?.score ?? 0, candidates.find((candidate) => candidate.intent === 'nurse-advice')?.score ?? 0);
  const intents = [{ intent: 'nurse-advice' as const, score }, ...candidates.filter((candidate) => candidate.intent !== 'nurse-advice')].slice(0, 3);
  return { ...base, intent: 'nurse-advice', score, intents, outcome: 'answer' };
}

/**
 * Whether the word models are unsure enough that the sentence encoder should be asked: a candidate clears
 * its threshold, and the confidence is below `sureFrom` but high enough that the encoder could lift it over
 * the scope threshold. Emergencies and buttons are never in doubt.
 */
export function isDoubtful(result: RecognizerResult, tuning: RecognizerTuning = DEFAULT_TUNING): boolean {
  const best = result.intents[0];
  if (result.emergency || !best || best.intent === 'emergency') return false;
  const lowestLiftable = tuning.scopeThreshold ** (1 / (1 - tuning.encoderShare));
  return best.score >= thresholdFor(best.intent, tuning) && result.confidence < tuning.sureFrom && result.confidence >= lowestLiftable;
}

/** The same message decided again with the encoder's in-scope probability mixed into the confidence. */
export function reconsider(result: RecognizerResult, encoderInScope: number, tuning: RecognizerTuning = DEFAULT_TUNING): RecognizerResult {
  const confidence = result.confidence ** (1 - tuning.encoderShare) * encoderInScope ** tuning.encoderShare;
  const { intent: _intent, score: _score, intents, outcome: _outcome, ...base } = result;
  return decide({ ...base, confidence }, intents, round(1 - confidence), tuning);
}
