/**
 * Multinomial logistic regression over sparse binary features, trained by SGD (at build time for
 * `npm start`, see modelFiles.ts; at start-up wherever no matching saved model exists).
 * Chosen over nearest-example matching because it learns which words separate close topics
 * (appeal vs external review) and, with a `none` class trained on off-topic messages, which
 * words mean "not for us". Prediction is a few hundred multiply-adds.
 */

export interface TrainingRow<L extends string> {
  label: L;
  features: readonly string[];
  /** How much this row counts in the loss. */
  weight: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update on the weights a row touches. */
  l2: number;
  seed: number;
}

/** Small deterministic PRNG (mulberry32): the same data always trains the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything a trained model is: what `toWeights` gives and `fromWeights` takes. */
export interface ModelWeights<L extends string> {
  labels: readonly L[];
  /** Feature names in id order: row `i` of `weights` belongs to `features[i]`. */
  features: readonly string[];
  /** `features.length` rows of `labels.length` weights. */
  weights: Float32Array;
  bias: Float64Array;
}

/** A class this unlikely for a training row has next to nothing to learn from it. */
const NEGLIGIBLE = 1e-3;

export class SoftmaxModel<L extends string> {
  private constructor(
    readonly labels: readonly L[],
    private readonly featureIds: Map<string, number>,
    private readonly weights: Float32Array,
    private readonly bias: Float64Array,
  ) {}

  static train<L extends string>(labels: readonly L[], rows: ReadonlyArray<TrainingRow<L>>, options: TrainingOptions): SoftmaxModel<L> {
    const featureIds = new Map<string, number>();
    for (const row of rows) for (const feature of row.features) if (!featureIds.has(feature)) featureIds.set(feature, featureIds.size);
    const model = new SoftmaxModel(labels, featureIds, new Float32Array(featureIds.size * labels.length), new Float64Array(labels.length));
    model.fit(rows, options);
    return model;
  }

  /** A model trained before, from its weights (they are used as they are, not copied). */
  static fromWeights<L extends string>({ labels, features, weights, bias }: ModelWeights<L>): SoftmaxModel<L> {
    const featureIds = new Map<string, number>();
    features.forEach((feature, id) => featureIds.set(feature, id));
    if (featureIds.size !== features.length) throw new Error('duplicate feature names');
    if (weights.length !== features.length * labels.length) throw new Error(`expected ${features.length * labels.length} weights, got ${weights.length}`);
    if (bias.length !== labels.length) throw new Error(`expected ${labels.length} biases, got ${bias.length}`);
    return new SoftmaxModel(labels, featureIds, weights, bias);
  }

  toWeights(): ModelWeights<L> {
    return { labels: this.labels, features: [...this.featureIds.keys()], weights: this.weights, bias: this.bias };
  }

  hasFeature(feature: string): boolean {
    return this.featureIds.has(feature);
  }

  /** Known feature ids of a list, scaled so that long messages do not shout. */
  private encode(features: readonly string[]): { ids: number[]; scale: number } {
    const ids: number[] = [];
    for (const feature of new Set(features)) {
      const id = this.featureIds.get(feature);
      if (id !== undefined) ids.push(id);
    }
    return { ids, scale: 1 / Math.sqrt(Math.max(1, ids.length)) };
  }

  private probabilities(ids: readonly number[], scale: number, out: Float64Array): Float64Array {
    const width = this.labels.length;
    out.set(this.bias);
    for (const id of ids) {
      const offset = id * width;
      for (let c = 0; c < width; c++) out[c] += this.weights[offset + c] * scale;
    }
    let max = -Infinity;
    for (let c = 0; c < width; c++) max = Math.max(max, out[c]);
    let sum = 0;
    for (let c = 0; c < width; c++) sum += out[c] = Math.exp(out[c] - max);
    for (let c = 0; c < width; c++) out[c] /= sum;
    return out;
  }

  private fit(rows: ReadonlyArray<TrainingRow<L>>, options: TrainingOptions): void {
    const width = this.labels.length;
    const labelIndex = new Map(this.labels.map((label, index) => [label, index]));
    const encoded = rows.map((row) => ({ ...this.encode(row.features), target: labelIndex.get(row.label)!, weight: row.weight }));
    const order = encoded.map((_, index) => index);
    const next = random(options.seed);
    const p = new Float64Array(width);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const rate = options.learningRate / (1 + epoch * 0.5);
      for (const index of order) {
        const { ids, scale, target, weight } = encoded[index];
        this.probabilities(ids, scale, p);
        for (let c = 0; c < width; c++) {
          // Of many classes, most get almost no probability for a row: skipping them makes training several times faster.
          if (c !== target && p[c] < NEGLIGIBLE) continue;
          const gradient = (p[c] - (c === target ? 1 : 0)) * weight * rate;
          this.bias[c] -= gradient;
          for (const id of ids) {
            const k = id * width + c;
            this.weights[k] -= gradient * scale + rate * options.l2 * this.weights[k];
          }
        }
      }
    }
  }

  /** Probability of every label for a feature list. */
  predict(features: readonly string[]): Map<L, number> {
    const { ids, scale } = this.encode(features);
    const p = this.probabilities(ids, scale, new Float64Array(this.labels.length));
    return new Map(this.labels.map((label, index) => [label, p[index]]));
  }
}
