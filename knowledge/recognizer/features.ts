import { isStopword, stem, tokenize } from './normalize';

export type Featurize = (words: readonly string[]) => string[];

/**
 * Unigram stems plus adjacent-pair features (not of two function words), which tell "out of pocket" from "pocket", plus one
 * marker feature per kind of phrase found (`__other-organisation` for "cigna", "blue cross", ...).
 */
export function createFeaturizer(markers: Readonly<Record<string, readonly string[]>>): Featurize {
  // One-word phrases (most: medicine and company names) are looked up; longer ones are searched for.
  const kinds = Object.entries(markers).map(([kind, list]) => {
    const phrases = list.map((phrase) => tokenize(phrase).join(' '));
    return {
      feature: `__${kind}`,
      words: new Set(phrases.filter((phrase) => !phrase.includes(' '))),
      phrases: phrases.filter((phrase) => phrase.includes(' ')).map((phrase) => ` ${phrase} `),
    };
  });
  return (words) => {
    const stems = words.map(stem);
    const result = [...stems];
    // A pair of function words ("from the") says nothing about the topic, and lets small talk win.
    for (let i = 1; i < stems.length; i++) {
      if (!isStopword(words[i - 1]) || !isStopword(words[i])) result.push(`${stems[i - 1]}_${stems[i]}`);
    }
    const joined = ` ${words.join(' ')} `;
    for (const kind of kinds) {
      if (words.some((word) => kind.words.has(word)) || kind.phrases.some((phrase) => joined.includes(phrase))) result.push(kind.feature);
    }
    return result;
  };
}
