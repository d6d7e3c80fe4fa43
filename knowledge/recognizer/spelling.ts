import Fuse from 'fuse.js';

const MIN_LENGTH = 4;
/** Longer "words" are pasted codes or keyboard mashing: not worth a fuzzy search. */
const MAX_LENGTH = 20;
const CACHE_LIMIT = 5000;

/**
 * Maps a misspelt word to the closest word the recognizer knows ("perscription" → "prescription").
 * fuse.js does the fuzzy match; answers are cached because members repeat the same typos.
 */
export function createSpellingCorrector(vocabulary: Iterable<string>): (word: string) => string | undefined {
  const known = new Set(vocabulary);
  // A correction starts with the same letter (below), so each letter gets its own, much smaller, index.
  const byInitial = new Map<string, string[]>();
  for (const word of known) {
    if (word.length < MIN_LENGTH) continue;
    const words = byInitial.get(word[0]);
    if (words) words.push(word);
    else byInitial.set(word[0], [word]);
  }
  const indexes = new Map([...byInitial].map(([initial, words]) => [initial, new Fuse(words, { includeScore: true, threshold: 0.25, distance: 8, minMatchCharLength: 3 })]));
  const cache = new Map<string, string | undefined>();

  return (word: string): string | undefined => {
    if (known.has(word)) return word;
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || /\d/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    const best = indexes.get(word[0])?.search(word, { limit: 1 })[0];
    // A correction must be about as long as the word: fuse also matches substrings.
    const correction = best && Math.abs(best.item.length - word.length) <= 2 ? best.item : undefined;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(word, correction);
    return correction;
  };
}

export interface SpellingOptions {
  /** A word seen fewer times than this in all the training data is treated as a possible typo. */
  rareBelow: number;
  /** A correction must be a knowledge-base word seen at least this often. */
  commonFrom: number;
}

/** What the spelling normaliser needs: words left as they are, and the words typos are corrected towards. */
export interface SpellingVocabulary {
  /** Seen often enough in the training data, off-topic data included, not to be taken for a typo. */
  common: readonly string[];
  /** Knowledge-base words seen often enough to be what a typo meant. */
  targets: readonly string[];
}

export function spellingVocabulary(texts: ReadonlyArray<{ words: readonly string[]; inScope: boolean }>, options: SpellingOptions): SpellingVocabulary {
  const seen = new Map<string, number>();
  const seenInScope = new Map<string, number>();
  for (const { words, inScope } of texts) {
    for (const word of words) {
      seen.set(word, (seen.get(word) ?? 0) + 1);
      if (inScope) seenInScope.set(word, (seenInScope.get(word) ?? 0) + 1);
    }
  }
  const atLeast = (counts: Map<string, number>, least: number): string[] => [...counts].filter(([, count]) => count >= least).map(([word]) => word);
  return { common: atLeast(seen, options.rareBelow), targets: atLeast(seenInScope, options.commonFrom) };
}

/**
 * Rewrites rare words as the common knowledge-base word they are a typo of ("deductable" → "deductible"),
 * the same way for training examples and for members' messages, so a typo and its word meet as one feature.
 * Words common anywhere, off-topic ones included, are left alone: off-topic words stay off-topic.
 */
export function createSpellingNormalizer({ common, targets }: SpellingVocabulary): (words: readonly string[]) => string[] {
  const keep = new Set(common);
  const correct = createSpellingCorrector(targets);
  return (words) => words.map((word) => (keep.has(word) ? word : (correct(word) ?? word)));
}
