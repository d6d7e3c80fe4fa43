import { stem, tokenize } from './normalize';

/** Sparse vector: feature → weight. */
export type Vector = Map<string, number>;

export interface LabelledText<L extends string> {
  label: L;
  text: string;
}

/** Unigram stems plus adjacent-pair features, which tell "out of pocket" from "pocket". */
export function features(words: readonly string[]): string[] {
  const stems = words.map(stem);
  const result = [...stems];
  for (let i = 1; i < stems.length; i++) result.push(`${stems[i - 1]}_${stems[i]}`);
  return result;
}

function normalise(vector: Vector): Vector {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  const norm = Math.sqrt(sum) || 1;
  for (const [key, weight] of vector) vector.set(key, weight / norm);
  return vector;
}

interface Posting {
  example: number;
  weight: number;
}

/**
 * A TF-IDF index over example utterances, where a "document" for IDF is a whole label: a word
 * used by every intent ("my", "how") weighs almost nothing, one used by a single intent a lot.
 */
export class VectorIndex<L extends string> {
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, Posting[]>();
  private readonly exampleLabels: L[] = [];
  private readonly centroids = new Map<L, Vector>();
  readonly labels: readonly L[];
  readonly unknownWeight: number;

  constructor(examples: ReadonlyArray<LabelledText<L>>, unknownWeightShare: number) {
    const labels = [...new Set(examples.map((example) => example.label))];
    this.labels = labels;
    const featureLists = examples.map((example) => features(tokenize(example.text)));

    const labelsByFeature = new Map<string, Set<L>>();
    featureLists.forEach((list, index) => {
      for (const feature of list) {
        let set = labelsByFeature.get(feature);
        if (!set) labelsByFeature.set(feature, (set = new Set()));
        set.add(examples[index].label);
      }
    });
    const documents = labels.length;
    for (const [feature, set] of labelsByFeature) this.idf.set(feature, Math.log((documents + 1) / (set.size + 0.5)));
    this.unknownWeight = Math.log((documents + 1) / 0.5) * unknownWeightShare;

    featureLists.forEach((list, index) => {
      const label = examples[index].label;
      const vector = this.weigh(list).vector;
      this.exampleLabels.push(label);
      let centroid = this.centroids.get(label);
      if (!centroid) this.centroids.set(label, (centroid = new Map()));
      for (const [feature, weight] of vector) {
        let list = this.postings.get(feature);
        if (!list) this.postings.set(feature, (list = []));
        list.push({ example: index, weight });
        centroid.set(feature, (centroid.get(feature) ?? 0) + weight);
      }
    });
    for (const centroid of this.centroids.values()) normalise(centroid);
  }

  vocabulary(): Set<string> {
    const words = new Set<string>();
    for (const feature of this.idf.keys()) if (!feature.includes('_')) words.add(feature);
    return words;
  }

  hasFeature(feature: string): boolean {
    return this.idf.has(feature);
  }

  /** TF-IDF vector of a feature list; unknown features still count in the norm, so off-topic words dilute. */
  weigh(list: readonly string[]): { vector: Vector; unknownMass: number } {
    const vector: Vector = new Map();
    let unknownMass = 0;
    for (const feature of list) {
      const idf = this.idf.get(feature);
      if (idf === undefined) {
        if (!feature.includes('_')) unknownMass += this.unknownWeight * this.unknownWeight;
        continue;
      }
      vector.set(feature, (vector.get(feature) ?? 0) + idf);
    }
    let sum = unknownMass;
    for (const weight of vector.values()) sum += weight * weight;
    const norm = Math.sqrt(sum) || 1;
    for (const [key, weight] of vector) vector.set(key, weight / norm);
    return { vector, unknownMass };
  }

  /** Per label: best cosine with one example, and cosine with the label's centroid. */
  similarities(query: Vector): Map<L, { nearest: number; centroid: number }> {
    const dots = new Map<number, number>();
    for (const [feature, weight] of query) {
      for (const posting of this.postings.get(feature) ?? []) {
        dots.set(posting.example, (dots.get(posting.example) ?? 0) + weight * posting.weight);
      }
    }
    const result = new Map<L, { nearest: number; centroid: number }>();
    for (const [example, dot] of dots) {
      const label = this.exampleLabels[example];
      const entry = result.get(label);
      if (!entry) result.set(label, { nearest: dot, centroid: 0 });
      else if (dot > entry.nearest) entry.nearest = dot;
    }
    for (const [label, entry] of result) {
      const centroid = this.centroids.get(label);
      let dot = 0;
      if (centroid) for (const [feature, weight] of query) dot += weight * (centroid.get(feature) ?? 0);
      entry.centroid = dot;
    }
    return result;
  }
}
