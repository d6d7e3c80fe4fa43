/**
 * Misspelt danger words ("uncoscious", "swalowed a batery", "chest presure"), corrected towards the
 * words the danger patterns read. A frightened member types fast; one slip must not hide a danger.
 * Only words the recognizer has not seen often are corrected, so real words ("heard", "bills") stay.
 */
const DANGER_WORDS: readonly string[] = [
  'breathe', 'breathing', 'breath', 'unconscious', 'conscious', 'unresponsive', 'responding', 'seizure', 'seizures',
  'seizing', 'convulsing', 'convulsions', 'swallowed', 'battery', 'batteries', 'bleach', 'pressure', 'fever',
  'suicidal', 'suicide', 'overdose', 'overdosed', 'overdosing', 'bleeding', 'choking', 'collapsed', 'drooping',
  'droopy', 'slurring', 'slurred', 'poison', 'poisoned', 'allergic', 'reaction', 'throat', 'closing', 'swelling',
  'swollen', 'ambulance', 'stroke', 'heart', 'attack', 'chest', 'blood', 'myself', 'himself', 'herself', 'confused',
  'drowning', 'gasping', 'wheezing', 'stabbed', 'crushing', 'tightness', 'pulse', 'turning', 'purple', 'fainted',
  'vomiting', 'fentanyl', 'detergent', 'antifreeze', 'insulin', 'anaphylaxis', 'unconscious', 'emergency',
];

/** Edit distance with adjacent swaps counted as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

const CACHE_LIMIT = 2000;

/** `commonWords`: words seen often in training; they are words, not typos. */
export function createDangerSpelling(commonWords: readonly string[]): (text: string) => string {
  const keep = new Set([...commonWords, ...DANGER_WORDS]);
  const cache = new Map<string, string>();
  const correct = (word: string): string => {
    if (word.length < 4 || keep.has(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    // One slip only, and never a word that merely adds an ending ("strokes", "bloody", "attacked").
    const match = DANGER_WORDS.find((danger) => danger[0] === word[0] && !word.startsWith(danger) && Math.abs(danger.length - word.length) <= 1 && editDistance(word, danger) <= 1);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(word, match ?? word);
    return match ?? word;
  };
  return (text) => text.replace(/[a-z]+/g, correct);
}
