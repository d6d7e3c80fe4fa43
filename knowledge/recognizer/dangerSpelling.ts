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
  'vomiting', 'fentanyl', 'detergent', 'antifreeze', 'insulin', 'anaphylaxis', 'unconscious', 'emergency', 'hanging',
];

/**
 * Words that tell a danger word is about paperwork ("apeal for the heart attack stay"): mended the
 * same way, so that a slip in them does not turn a claim into a 911 call.
 */
const CONTEXT_WORDS: readonly string[] = [
  'appeal', 'appealed', 'claim', 'claims', 'billed', 'billing', 'covered', 'coverage', 'referral', 'copay', 'deductible',
  'insurance', 'records', 'refill', 'prescription', 'reimbursed', 'reimbursement', 'denied', 'appointment', 'hospital', 'support',
  'should', 'prevent', 'symptoms', 'forbid',
];
const TARGETS: readonly string[] = [...DANGER_WORDS, ...CONTEXT_WORDS];
/** Everyday words one slip from a danger word that training may not hold often enough to know: "stubbed my toe" is no stabbing. */
const EVERYDAY_WORDS: readonly string[] = ['stubbed', 'stubbing', 'attach', 'attached', 'purse', 'blond', 'blonde', 'fewer', 'cheat', 'breach', 'beach', 'hearth', 'collapse', 'scabbed', 'scabbing', 'cooking', 'crashing', 'heat', 'heats', 'heated'];
const TARGET_WORDS: ReadonlySet<string> = new Set(TARGETS);
/**
 * Danger words with no other English word within two slips: these take two ("uncontious"). Others
 * do not: "conversing" is two slips from "convulsing", "beating" from "breathing".
 */
const NO_NEIGHBOURS = new Set(['unconscious', 'unresponsive', 'anaphylaxis']);
const slipsAllowed = (target: string): number => (NO_NEIGHBOURS.has(target) ? 2 : 1);

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

/** A word's stem without an inflection: "collapses" and "collapsed" are one word in two tenses, not a slip. */
const stem = (word: string): string => word.replace(/(es|ed|s|ing)$/, '');

/** The target `word` is a slip of: same first letter, length within one, within the slips the target allows, not another form of it. */
const slipOf = (word: string, targets: readonly string[]): string | undefined =>
  targets.find(
    (target) =>
      target[0] === word[0] &&
      !word.startsWith(target) &&
      stem(word) !== stem(target) &&
      Math.abs(target.length - word.length) <= 1 &&
      editDistance(word, target) <= slipsAllowed(target),
  );

/** `commonWords`: words seen often in training; they are words, not typos. */
export function createDangerSpelling(commonWords: readonly string[]): (text: string) => string {
  const keep = new Set([...commonWords, ...TARGETS, ...EVERYDAY_WORDS]);
  const cache = new Map<string, string>();
  const correct = (word: string): string => {
    if (word.length < 4 || TARGET_WORDS.has(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    // A known word may still be a paperwork slip ("apeal": typos are learnt from too); an unknown one
    // may be any danger or paperwork word, with one slip (two in a long word), and never a word that
    // merely adds an ending ("strokes", "bloody", "attacked").
    const mended = keep.has(word)
      ? (word.length >= 5 ? slipOf(word, CONTEXT_WORDS) : undefined)
      : slipOf(word, TARGETS);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(word, mended ?? word);
    return mended ?? word;
  };
  return (text) => text.replace(/[a-z]+/g, correct);
}
