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
  const candidates = [...known].filter((word) => word.length >= MIN_LENGTH);
  const fuse = new Fuse(candidates, { includeScore: true, threshold: 0.25, distance: 8, minMatchCharLength: 3 });
  const cache = new Map<string, string | undefined>();

  return (word: string): string | undefined => {
    if (known.has(word)) return word;
    if (word.length < MIN_LENGTH || word.length > MAX_LENGTH || /\d/.test(word)) return undefined;
    if (cache.has(word)) return cache.get(word);
    const best = fuse.search(word, { limit: 1 })[0];
    // A correction must be about as long as the word: fuse also matches substrings.
    const correction =
      best && Math.abs(best.item.length - word.length) <= 2 && best.item[0] === word[0] ? best.item : undefined;
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(word, correction);
    return correction;
  };
}
