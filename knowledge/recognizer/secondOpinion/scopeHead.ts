import { isOutOfScopeLabel } from '../scorer';
import { seededRandom, shuffle, softmax } from '../softmaxModel';
import { EMBEDDING_SIZE } from './sentenceEncoder';

/**
 * A softmax over the recognizer's own classes (our intents and each kind of "not ours"), read from the
 * sentence encoder's vectors. Learning every kind of "not ours" for what it is, as the word model does,
 * scored better on dev than one line between in and out. What the recognizer asks of it is the share
 * of probability on our intents: how much the message means something we cover.
 */
export interface ScopeHeadWeights {
  labels: readonly string[];
  /** EMBEDDING_SIZE weights per label, label after label. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface HeadTraining {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const HEAD_TRAINING: HeadTraining = { epochs: 12, learningRate: 0.05, l2: 1e-5, seed: 7 };

/** The encoder's vectors have length 1: scaled up, a linear model can be sure of itself. */
const INPUT_SCALE = 16;

/** The head's probability of each label for one vector, into `out`. */
function probabilities(head: ScopeHeadWeights, vector: Float32Array, out: Float64Array): Float64Array {
  const { weights, bias } = head;
  for (let c = 0; c < out.length; c++) {
    let sum = bias[c];
    for (let d = 0, offset = c * EMBEDDING_SIZE; d < EMBEDDING_SIZE; d++) sum += weights[offset + d] * vector[d];
    out[c] = sum;
  }
  return softmax(out);
}

/** SGD over the rows, each class's weights in one block so that a row's update runs along memory. */
export function trainScopeHead(rows: ReadonlyArray<{ label: string; vector: Float32Array }>, options: HeadTraining = HEAD_TRAINING): ScopeHeadWeights {
  const labels = [...new Set(rows.map((row) => row.label))].sort();
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  const head: ScopeHeadWeights = { labels, weights: new Float32Array(labels.length * EMBEDDING_SIZE), bias: new Float32Array(labels.length) };
  const inputs = rows.map((row) => ({ vector: row.vector.map((value) => value * INPUT_SCALE), target: labelIndex.get(row.label)! }));
  const order = inputs.map((_, index) => index);
  const next = seededRandom(options.seed);
  const p = new Float64Array(labels.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const index of order) {
      const { vector, target } = inputs[index];
      probabilities(head, vector, p);
      for (let c = 0; c < labels.length; c++) {
        // Classes the row gives next to no probability have next to nothing to learn from it.
        if (c !== target && p[c] < 1e-3) continue;
        const gradient = (p[c] - (c === target ? 1 : 0)) * rate;
        head.bias[c] -= gradient;
        for (let d = 0, offset = c * EMBEDDING_SIZE; d < EMBEDDING_SIZE; d++) {
          head.weights[offset + d] -= gradient * vector[d] + rate * options.l2 * head.weights[offset + d];
        }
      }
    }
  }
  // Folded into the weights, so that reading a message needs no scaling.
  for (let k = 0; k < head.weights.length; k++) head.weights[k] *= INPUT_SCALE;
  return head;
}

/** The share of the head's probability on our intents (the labels that are not `none:` kinds). */
export function createInScope(head: ScopeHeadWeights): (vector: Float32Array) => number {
  const ours = head.labels.map((label) => !isOutOfScopeLabel(label));
  const p = new Float64Array(head.labels.length);
  return (vector) => {
    probabilities(head, vector, p);
    let inScope = 0;
    for (let c = 0; c < p.length; c++) if (ours[c]) inScope += p[c];
    return inScope;
  };
}
