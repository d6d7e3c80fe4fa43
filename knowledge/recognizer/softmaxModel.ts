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
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything a trained model is besides its feature index: what `toWeights` gives and `fromWeights` takes. */
export interface ModelWeights<L extends string> {
  labels: readonly L[];
  /** One row of `labels.length` weights per feature of the index, each row in steps of its `rowScales` entry. */
  weights: Int8Array;
  /** Per feature: the weight one step of its row stands for. */
  rowScales: Float32Array;
  bias: Float64Array;
}

/** A message's known features, as ids, and the scale that keeps long messages from shouting. */
export interface EncodedFeatures {
  ids: number[];
  scale: number;
}

/**
 * Feature names and their ids. Models trained on the same rows share one index, so that a message is
 * looked up once for all of them and the names are held once.
 */
export class FeatureIndex {
  /** Per feature id, the `encode` call that last took it: a repeated feature is skipped without a Set per message. */
  private readonly takenBy: Uint32Array;
  private encodeCalls = 0;

  private constructor(private readonly ids: Map<string, number>) {
    this.takenBy = new Uint32Array(ids.size);
  }

  /** Every feature of the rows, numbered in order of first appearance. */
  static of(rows: Iterable<readonly string[]>): FeatureIndex {
    const ids = new Map<string, number>();
    for (const features of rows) for (const feature of features) if (!ids.has(feature)) ids.set(feature, ids.size);
    return new FeatureIndex(ids);
  }

  /** An index saved before: `names[i]` has id `i`. */
  static fromNames(names: readonly string[]): FeatureIndex {
    const index = FeatureIndex.of([names]);
    if (index.size !== names.length) throw new Error('duplicate feature names');
    return index;
  }

  get size(): number {
    return this.ids.size;
  }

  /** Feature names in id order. */
  names(): string[] {
    return [...this.ids.keys()];
  }

  /** The known features' ids, each once, in the order they first appear. */
  encode(features: readonly string[]): EncodedFeatures {
    if (++this.encodeCalls === 2 ** 32) {
      // Past what a Uint32 holds (billions of messages): start counting again from a clean slate.
      this.takenBy.fill(0);
      this.encodeCalls = 1;
    }
    const ids: number[] = [];
    for (const feature of features) {
      const id = this.ids.get(feature);
      if (id === undefined || this.takenBy[id] === this.encodeCalls) continue;
      this.takenBy[id] = this.encodeCalls;
      ids.push(id);
    }
    return { ids, scale: 1 / Math.sqrt(Math.max(1, ids.length)) };
  }
}

/** A class this unlikely for a training row has next to nothing to learn from it. */
const NEGLIGIBLE = 1e-3;
const INT8_STEPS = 127;

/** Turns scores into probabilities, in place. */
export function softmax(out: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) max = Math.max(max, out[c]);
  let sum = 0;
  for (let c = 0; c < out.length; c++) sum += out[c] = Math.exp(out[c] - max);
  for (let c = 0; c < out.length; c++) out[c] /= sum;
  return out;
}

/** Fisher-Yates, in place: each epoch visits the rows in a new order. */
export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** SGD on full-precision weights: only training needs them. */
function fit(width: number, labelIndex: ReadonlyMap<string, number>, index: FeatureIndex, rows: ReadonlyArray<TrainingRow<string>>, options: TrainingOptions) {
  const weights = new Float32Array(index.size * width);
  const bias = new Float64Array(width);
  const encoded = rows.map((row) => ({ ...index.encode(row.features), target: labelIndex.get(row.label)!, weight: row.weight }));
  const order = encoded.map((_, index) => index);
  const next = seededRandom(options.seed);
  const p = new Float64Array(width);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, next);
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const index of order) {
      const { ids, scale, target, weight } = encoded[index];
      p.set(bias);
      for (const id of ids) for (let c = 0, offset = id * width; c < width; c++) p[c] += weights[offset + c] * scale;
      softmax(p);
      for (let c = 0; c < width; c++) {
        // Of many classes, most get almost no probability for a row: skipping them makes training several times faster.
        if (c !== target && p[c] < NEGLIGIBLE) continue;
        const gradient = (p[c] - (c === target ? 1 : 0)) * weight * rate;
        bias[c] -= gradient;
        for (const id of ids) {
          const k = id * width + c;
          weights[k] -= gradient * scale + rate * options.l2 * weights[k];
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * One byte a weight, each feature's row scaled to its largest weight: a quarter of the memory of
 * 32-bit floats (the model has about 150 classes), and the scores move by well under a thousandth.
 */
function quantize(weights: Float32Array, width: number): { weights: Int8Array; rowScales: Float32Array } {
  const rows = weights.length / width;
  const steps = new Int8Array(weights.length);
  const rowScales = new Float32Array(rows);
  for (let row = 0; row < rows; row++) {
    let largest = 0;
    for (let c = row * width; c < (row + 1) * width; c++) largest = Math.max(largest, Math.abs(weights[c]));
    rowScales[row] = largest / INT8_STEPS;
    if (largest === 0) continue;
    for (let c = row * width; c < (row + 1) * width; c++) steps[c] = Math.round(weights[c] / rowScales[row]);
  }
  return { weights: steps, rowScales };
}

export class SoftmaxModel<L extends string> {
  private constructor(
    readonly labels: readonly L[],
    private readonly weights: Int8Array,
    private readonly rowScales: Float32Array,
    private readonly bias: Float64Array,
  ) {}

  /**
   * Trained in full precision, kept in bytes: a model trained now scores exactly as the same model saved
   * and loaded. `index` must hold every feature of the rows (FeatureIndex.of them).
   */
  static train<L extends string>(labels: readonly L[], index: FeatureIndex, rows: ReadonlyArray<TrainingRow<L>>, options: TrainingOptions): SoftmaxModel<L> {
    const labelIndex = new Map<string, number>(labels.map((label, position) => [label, position]));
    const { weights, bias } = fit(labels.length, labelIndex, index, rows, options);
    const quantized = quantize(weights, labels.length);
    return new SoftmaxModel(labels, quantized.weights, quantized.rowScales, bias);
  }

  /** A model trained before on `index`'s features, from its weights (they are used as they are, not copied). */
  static fromWeights<L extends string>(index: FeatureIndex, { labels, weights, rowScales, bias }: ModelWeights<L>): SoftmaxModel<L> {
    if (weights.length !== index.size * labels.length) throw new Error(`expected ${index.size * labels.length} weights, got ${weights.length}`);
    if (rowScales.length !== index.size) throw new Error(`expected ${index.size} row scales, got ${rowScales.length}`);
    if (bias.length !== labels.length) throw new Error(`expected ${labels.length} biases, got ${bias.length}`);
    return new SoftmaxModel(labels, weights, rowScales, bias);
  }

  toWeights(): ModelWeights<L> {
    return { labels: this.labels, weights: this.weights, rowScales: this.rowScales, bias: this.bias };
  }

  /**
   * Probability of each label, in the order of `labels`: the per-message call, so no map is built. A caller that
   * reads them at once can pass its own `out` to fill, so that no array is allocated per message.
   */
  probabilities({ ids, scale }: EncodedFeatures, out = new Float64Array(this.labels.length)): Float64Array {
    const { weights, rowScales } = this;
    const width = this.labels.length;
    out.set(this.bias);
    for (const id of ids) {
      const step = scale * rowScales[id];
      for (let c = 0, offset = id * width; c < width; c++) out[c] += weights[offset + c] * step;
    }
    return softmax(out);
  }
}
