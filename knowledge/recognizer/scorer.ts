import type { Intent } from '../intents';
import type { KnowledgeBase } from '../loadKnowledge';
import { createFeaturizer } from './features';
import { stem, tokenize } from './normalize';
import { SoftmaxModel, type TrainingOptions } from './softmaxModel';
import { createSpellingCorrector } from './spelling';
import { trainingExamples, type RecognizerData } from './trainingData';

export interface ScorerOptions {
  /** Total weight of the out-of-scope examples against the in-scope ones when learning the scope. */
  outOfScopeWeight: number;
  training: TrainingOptions;
}

export interface Scores {
  /** The three likeliest intents, best first, with the intent model's probabilities. */
  candidates: Array<{ intent: Intent; score: number }>;
  /** The scope model's probability that the message is one the bot covers. */
  inScope: number;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

export interface ScorerModels {
  /** Which intent: learnt from the in-scope examples only. */
  intent: SoftmaxModel<Intent>;
  /** Whether the bot covers a message at all: in-scope against out-of-scope examples. */
  scope: SoftmaxModel<'in' | 'out'>;
  /** The in-scope examples' words, towards which typos are corrected (off-topic words stay off-topic). */
  vocabulary: readonly string[];
}

/** Trains the intent and scope models on the knowledge base and borrowed data (about a second). */
export function trainScorerModels(kb: KnowledgeBase, data: RecognizerData, options: ScorerOptions): ScorerModels {
  const features = createFeaturizer(data.markers);
  const examples = trainingExamples(kb, data).map((example) => ({
    ...example,
    features: features(tokenize(example.text)),
  }));
  const inScope = examples.filter((example) => example.label !== 'none');
  const outOfScopeCount = examples.length - inScope.length;
  const intent = SoftmaxModel.train<Intent>(
    [...new Set(inScope.map((example) => example.label))],
    inScope.map((example) => ({ label: example.label, features: example.features, weight: 1 })),
    options.training,
  );
  // Both sides weighed equally in total.
  const scope = SoftmaxModel.train<'in' | 'out'>(
    ['in', 'out'],
    examples.map((example) => ({
      label: example.label === 'none' ? 'out' : 'in',
      features: example.features,
      weight: example.label === 'none' ? (options.outOfScopeWeight * inScope.length) / outOfScopeCount : 1,
    })),
    options.training,
  );
  return { intent, scope, vocabulary: [...new Set(inScope.flatMap((example) => tokenize(example.text)))] };
}

/** Scores texts with the two models: trained here unless models trained on the same data and options are given. */
export function createScorer(
  kb: KnowledgeBase,
  data: RecognizerData,
  options: ScorerOptions,
  models: ScorerModels = trainScorerModels(kb, data, options),
): (text: string) => Scores {
  const features = createFeaturizer(data.markers);
  const { intent: intentModel, scope: scopeModel } = models;
  const correct = createSpellingCorrector(models.vocabulary);

  return (text) => {
    const words = tokenize(text).map((word) => (scopeModel.hasFeature(stem(word)) ? word : (correct(word) ?? word)));
    const list = features(words);
    const candidates: Scores['candidates'] = [];
    for (const [intent, probability] of intentModel.predict(list)) candidates.push({ intent, score: round(probability) });
    candidates.sort((a, b) => b.score - a.score);
    return { candidates: candidates.slice(0, 3), inScope: scopeModel.predict(list).get('in') ?? 0 };
  };
}
