import { isStopword, stem, tokenize } from './normalize';

export type Featurize = (words: readonly string[]) => string[];

/**
 * Unigram stems plus adjacent-pair features (not of two function words), which tell "out of pocket" from "pocket", plus one
 * marker feature per kind of phrase found (`__other-organisation` for "cigna", "blue cross", ...).
 */
export function createFeaturizer(markers: Readonly<Record<string, readonly string[]>>): Featurize {
  const phrases = Object.entries(markers).map(([kind, list]) => ({
    feature: `__${kind}`,
    phrases: list.map((phrase) => ` ${tokenize(phrase).join(' ')} `),
  }));
  return (words) => {
    const stems = words.map(stem);
    const result = [...stems];
    // A pair of function words ("from the") says nothing about the topic, and lets small talk win.
    for (let i = 1; i < stems.length; i++) {
      if (!isStopword(words[i - 1]) || !isStopword(words[i])) result.push(`${stems[i - 1]}_${stems[i]}`);
    }
    const joined = ` ${words.join(' ')} `;
    for (const marker of phrases) if (marker.phrases.some((phrase) => joined.includes(phrase))) result.push(marker.feature);
    return result;
  };
}
