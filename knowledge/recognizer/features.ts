import { isStopword, stem, tokenize } from './normalize';

export type Featurize = (words: readonly string[]) => string[];

/** A marker phrase as words, and which kind of phrase it marks. */
interface MarkerPhrase {
  kind: number;
  words: readonly string[];
}

/**
 * Marker phrases by their first word, so that a message is read once for all of them instead of
 * searched once per phrase (there are hundreds).
 */
function markerPhrasesByFirstWord(phraseLists: ReadonlyArray<readonly string[]>): Map<string, MarkerPhrase[]> {
  const byFirstWord = new Map<string, MarkerPhrase[]>();
  phraseLists.forEach((list, kind) => {
    for (const phrase of list) {
      const words = tokenize(phrase);
      if (words.length === 0) continue;
      const phrases = byFirstWord.get(words[0]);
      if (phrases) phrases.push({ kind, words });
      else byFirstWord.set(words[0], [{ kind, words }]);
    }
  });
  return byFirstWord;
}

const startsAt = (words: readonly string[], start: number, phrase: readonly string[]): boolean =>
  phrase.every((word, offset) => words[start + offset] === word);

/**
 * Unigram stems plus adjacent-pair features (not of two function words), which tell "out of pocket" from "pocket", plus one
 * marker feature per kind of phrase found (`__other-organisation` for "cigna", "blue cross", ...).
 */
export function createFeaturizer(markers: Readonly<Record<string, readonly string[]>>): Featurize {
  const kinds = Object.keys(markers);
  const markerFeatures = kinds.map((kind) => `__${kind}`);
  const phrasesByFirstWord = markerPhrasesByFirstWord(kinds.map((kind) => markers[kind]));

  return (words) => {
    const stems = words.map(stem);
    const result = [...stems];
    // A pair of function words ("from the") says nothing about the topic, and lets small talk win.
    for (let i = 1; i < stems.length; i++) {
      if (!isStopword(words[i - 1]) || !isStopword(words[i])) result.push(`${stems[i - 1]}_${stems[i]}`);
    }
    const found = new Array<boolean>(kinds.length).fill(false);
    for (let i = 0; i < words.length; i++) {
      for (const phrase of phrasesByFirstWord.get(words[i]) ?? []) if (startsAt(words, i, phrase.words)) found[phrase.kind] = true;
    }
    // In the kinds' order, as they were learnt.
    for (let kind = 0; kind < kinds.length; kind++) if (found[kind]) result.push(markerFeatures[kind]);
    return result;
  };
}
