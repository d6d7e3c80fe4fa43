import { foldText } from './normalize';

/**
 * Life-threatening situations, tuned for recall: a miss can cost a life, a false alarm costs a
 * sentence. Billing and paperwork about a past emergency ("appeal my ER bill") does not fire.
 */
const DANGER_PATTERNS: readonly RegExp[] = [
  /\b(not|isnt|isn't|stopped|can ?not|cant|can't|cannot|trouble|difficulty|hard(ly)?|struggling( to)?|barely) (be )?breath(e|ing)\b/,
  /\bno(t)? breathing\b/,
  /\b(short(ness)? of breath|gasping|choking|turning blue|lips (are )?blue)\b/,
  /\bchest (pain|pains|pressure|tightness|hurts?|is (tight|hurting))\b/,
  /\b(heart attack|cardiac arrest|stroke|seizure|seizing|convulsing|anaphyla\w*)\b/,
  /\b(face|mouth|smile) (is )?(drooping|droopy|numb)\b/,
  /\bslurr(ed|ing)( (his|her|their|my))? (speech|words)\b/,
  /\b(unconscious|unresponsive|not responding|wont wake|won't wake|will not wake|can't wake|cant wake|cannot wake|passed out|collapsed|fainted and)\b/,
  /\b(overdos\w*|od'?d|took too many|swallowed (a bottle|too many|pills|poison|bleach)|poison(ed|ing))\b/,
  /\b(suicid\w*|kill (myself|himself|herself|themselves)|end (my|his|her) life|want to die|wanna die|don't want to live|dont want to live|hurt (myself|himself|herself)|cut(ting)? myself)\b/,
  /\b(bleeding (heavily|badly|a lot|everywhere|won'?t stop|that won'?t stop|profusely)|won'?t stop bleeding|lots of blood|blood everywhere|severe bleeding|bleeding out)\b/,
  /\b(throat (is )?(closing|swelling|swollen)|can'?t swallow|tongue (is )?swelling)\b/,
  /\b(gunshot|been shot|got shot|stabbed|car (accident|crash)|hit by a car|fell and (hit|can'?t|cannot)|head injury|broken neck)\b/,
  /\b(dying|going to die|life threatening|life-threatening)\b/,
  /\b(call(ing)? 911|need an ambulance|send an ambulance|call an ambulance)\b/,
  /\b(baby|infant|child|kid|toddler) (is )?(not breathing|turning blue|unresponsive|choking)\b/,
  /\b(severe|extreme|worst|crushing) (head ?ache|pain in (my|his|her) chest)\b/,
];

/** Talk about money or paperwork: a sign the emergency is in the past. */
const PAPERWORK = /\b(bill(ed|s|ing)?|claim|charged?|invoice|appeal|copay|covered|coverage|reimburs\w*|eob|paid|pay|cost|denied|statement|insurance)\b/;
const PAST = /\b(last (week|month|year|night|time)|ago|yesterday|was|were|had|earlier this|previous|history of|back in)\b/;
const NEGATED = /\b(not an emergency|no emergency|isn'?t an emergency|not life threatening|not urgent)\b/;

export function detectEmergency(text: string): boolean {
  const folded = foldText(text).replace(/\s+/g, ' ');
  if (NEGATED.test(folded)) return false;
  if (!DANGER_PATTERNS.some((pattern) => pattern.test(folded))) return false;
  return !(PAPERWORK.test(folded) && PAST.test(folded));
}
