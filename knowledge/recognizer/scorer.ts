import type { Intent } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import { createFeaturizer } from './features';
import { tokenize } from './normalize';
import { FeatureIndex, SoftmaxModel, type TrainingOptions } from './softmaxModel';
import { createSpellingNormalizer, spellingVocabulary, type SpellingOptions, type SpellingVocabulary } from './spelling';
import { trainingExamples, type LabelledText, type RecognizerData } from './trainingData';

export interface ScorerOptions {
  /** Total weight of the out-of-scope examples against the in-scope ones when learning the scope. */
  outOfScopeWeight: number;
  training: TrainingOptions;
  spelling: SpellingOptions;
}

export interface Scores {
  /** The three likeliest of our intents, best first, with the intent model's probabilities. */
  candidates: Array<{ intent: Intent; score: number }>;
  /** The scope model's probability that the message is one the bot covers. */
  inScope: number;
}

/** The intent model's classes: our intents, and each kind of "not ours" (CLINC150's "translate", our "other-insurers", ...). */
export type ScorerLabel = Intent | `none:${string}`;
export const isOutOfScopeLabel = (label: string): label is `none:${string}` => label.startsWith('none:');
/** A training example's class: its intent, or for a negative the kind of "not ours" it is. */
export const scorerLabel = (example: Pick<LabelledText, 'label' | 'kind'>): ScorerLabel =>
  example.label === 'none' ? `none:${example.kind ?? 'other'}` : example.label;

const round = (value: number): number => Math.round(value * 1000) / 1000;

export interface ScorerModels {
  /** The features both models were trained on: a message is looked up once for both. */
  features: FeatureIndex;
  /** Which intent or kind of "not ours": learning "translate" for what it is leaves our intents to ours. */
  intent: SoftmaxModel<ScorerLabel>;
  /** Whether the bot covers a message at all: in-scope against out-of-scope examples. */
  scope: SoftmaxModel<'in' | 'out'>;
  /** Which words are typos of which: learnt with the models, so that they are read as they were learnt. */
  spelling: SpellingVocabulary;
}

/** Trains the intent and scope models on the knowledge base and borrowed data (a few seconds; `npm run build` does it once). */
export function trainScorerModels(kb: KnowledgeBase, data: RecognizerData, options: ScorerOptions): ScorerModels {
  const features = createFeaturizer(data.markers);
  const labelled = trainingExamples(kb, data).map((example) => ({ ...example, words: tokenize(example.text) }));
  const spelling = spellingVocabulary(labelled.map(({ words, label }) => ({ words, inScope: label !== 'none' })), options.spelling);
  // Typos are rewritten the same way in training examples and in members' messages.
  const spell = createSpellingNormalizer(spelling);
  const examples = labelled.map((example) => ({
    label: scorerLabel(example),
    features: features(spell(example.words)),
  }));
  const index = FeatureIndex.of(examples.map((example) => example.features));
  const inScopeCount = examples.filter((example) => !isOutOfScopeLabel(example.label)).length;
  const outOfScopeCount = examples.length - inScopeCount;
  const intent = SoftmaxModel.train<ScorerLabel>(
    [...new Set(examples.map((example) => example.label))],
    index,
    examples.map((example) => ({ ...example, weight: 1 })),
    options.training,
  );
  // Both sides weighed equally in total.
  const scope = SoftmaxModel.train<'in' | 'out'>(
    ['in', 'out'],
    index,
    examples.map((example) => ({
      label: isOutOfScopeLabel(example.label) ? 'out' : 'in',
      features: example.features,
      weight: isOutOfScopeLabel(example.label) ? (options.outOfScopeWeight * inScopeCount) / outOfScopeCount : 1,
    })),
    options.training,
  );
  return { features: index, intent, scope, spelling };
}

/** Scores texts with the models trained (or loaded: modelFiles.ts) on the same data, markers included. */
export function createScorer(markers: RecognizerData['markers'], models: ScorerModels): (text: string) => Scores {
  const features = createFeaturizer(markers);
  const { features: index, intent: intentModel, scope: scopeModel } = models;
  const spell = createSpellingNormalizer(models.spelling);

  // Our intents' places among the intent model's classes, and the scope model's "in": found once, read every message.
  const ourIntents = intentModel.labels.flatMap((label, index) => (isOutOfScopeLabel(label) ? [] : [{ intent: label, index }]));
  const inIndex = scopeModel.labels.indexOf('in');
  // Filled and read within each call: no arrays allocated per message.
  const intentProbabilities = new Float64Array(intentModel.labels.length);
  const scopeProbabilities = new Float64Array(scopeModel.labels.length);

  return (text) => {
    const encoded = index.encode(features(spell(tokenize(text))));
    const candidates = bestIntents(intentModel.probabilities(encoded, intentProbabilities), ourIntents, CANDIDATES);
    return { candidates, inScope: scopeModel.probabilities(encoded, scopeProbabilities)[inIndex] };
  };
}

const CANDIDATES = 3;

/**
 * Our `count` likeliest intents, best first, by rounded probability; among equals the earlier intent, as a stable
 * sort would give. Only the few kept are made into objects: a message is scored against about a hundred intents.
 */
function bestIntents(p: Float64Array, ourIntents: ReadonlyArray<{ intent: Intent; index: number }>, count: number): Scores['candidates'] {
  const best: Scores['candidates'] = [];
  for (const { intent, index } of ourIntents) {
    const score = round(p[index]);
    if (best.length === count && score <= best[count - 1].score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1].score < score) at--;
    best.splice(at, 0, { intent, score });
    if (best.length > count) best.pop();
  }
  return best;
}
