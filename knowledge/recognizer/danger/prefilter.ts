import { requiredText } from './requiredText';

/**
 * Patterns run only on texts that hold a string they need (requiredText.ts): the same answers as
 * running them all, for a fraction of the time.
 */

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Entries that need the string ending here. */
  entries: number[];
}

function addToTrie(root: TrieNode, text: string, entry: number): void {
  let node = root;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    let next = node.next.get(code);
    if (!next) node.next.set(code, (next = { next: new Map(), entries: [] }));
    node = next;
  }
  node.entries.push(entry);
}

/**
 * For a list of entries each needing one of some strings (undefined: nothing known), a function that
 * marks, in one pass over a text, the entries whose needs the text meets; entries with unknown needs
 * are always marked. The returned array is reused by the next call.
 */
export function createNeedsFinder(needsOfEach: ReadonlyArray<readonly string[] | undefined>): (text: string) => Uint8Array {
  const root: TrieNode = { next: new Map(), entries: [] };
  const always = new Uint8Array(needsOfEach.length);
  needsOfEach.forEach((needs, index) => {
    if (needs === undefined) always[index] = 1;
    for (const text of needs ?? []) addToTrie(root, text, index);
  });
  const met = new Uint8Array(needsOfEach.length);
  return (text) => {
    met.set(always);
    for (let start = 0; start < text.length; start++) {
      for (let node = root.next.get(text.charCodeAt(start)), at = start + 1; node; node = node.next.get(text.charCodeAt(at++))) {
        for (const entry of node.entries) met[entry] = 1;
      }
    }
    return met;
  };
}

/**
 * `patterns.some((pattern) => pattern.test(text))`, with the same result, but a pattern runs only if the
 * text holds a string it needs: one pass over the text finds them all. Patterns whose needs are not
 * known always run.
 */
export function anyPatternMatches(patterns: readonly RegExp[]): (text: string) => boolean {
  // A global pattern's test() moves its lastIndex: skipping one would change what it does next.
  const mayMatch = createNeedsFinder(patterns.map((pattern) => (pattern.global ? undefined : requiredText(pattern))));
  return (text) => {
    const met = mayMatch(text);
    // In the patterns' order, as `some` would run them (a loop: no closure made per message).
    for (let index = 0; index < patterns.length; index++) {
      if (met[index] === 1 && patterns[index].test(text)) return true;
    }
    return false;
  };
}

/** How many alternations, each of the alternatives one message could match, are kept compiled. */
const ALTERNATION_CACHE_LIMIT = 256;

/**
 * `text.replace(new RegExp(String.raw`\b(${alternatives.join('|')})\b`, 'g'), replacement)`, with the
 * same result, but the alternation is built of only the alternatives whose needed text the message
 * holds: one that cannot match anywhere in it cannot change which matches first. Most messages hold
 * none, and nothing runs; a long alternation tried at every position was the detector's costliest step.
 */
export function replaceWordAlternatives(alternatives: readonly string[], replacement: string): (text: string) => string {
  const candidates = createNeedsFinder(alternatives.map((source) => requiredText(new RegExp(source))));
  const compiled = new Map<string, RegExp>();
  const alternationOf = (key: string, chosen: readonly string[]): RegExp => {
    let pattern = compiled.get(key);
    if (!pattern) {
      if (compiled.size >= ALTERNATION_CACHE_LIMIT) compiled.clear();
      pattern = new RegExp(String.raw`\b(${chosen.join('|')})\b`, 'g');
      compiled.set(key, pattern);
    }
    return pattern;
  };
  return (text) => {
    const met = candidates(text);
    const chosen: string[] = [];
    let key = '';
    for (let index = 0; index < alternatives.length; index++) {
      if (met[index] === 1) {
        chosen.push(alternatives[index]);
        key += `${index},`;
      }
    }
    return chosen.length === 0 ? text : text.replace(alternationOf(key, chosen), replacement);
  };
}
