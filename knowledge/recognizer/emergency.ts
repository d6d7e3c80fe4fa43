import { foldText } from './normalize';

/**
 * Life-threatening situations, tuned for recall: a miss can cost a life, a false alarm costs a
 * sentence. Talk about a past emergency, its paperwork, or general health facts does not fire
 * ("appeal my ER bill", "I had a stroke in 2019", "signs of a stroke"), unless the message also
 * says it is happening now.
 */
const SOMEONE = String.raw`(baby|infant|newborn|child|kid|toddler|son|daughter|he|she|husband|wife|mom|dad|mother|father|grandma|grandmother|grandpa|grandfather|brother|sister|friend|partner|someone|i|im)`;

const DANGER_PATTERNS: readonly RegExp[] = [
  // Breathing
  /\b(not|isnt|stopped|can ?not|cant|cannot|trouble|difficulty|hard(ly)?|struggling( to)?|barely|unable to|fighting to) (be )?breath(e|ing)\b/,
  /\bno(t)? breathing\b|\bcant (catch|get) (my|his|her|their) breath\b/,
  /\b(short(ness)? of breath|gasping|choking|wheezing (so|really|very) (bad|badly|hard)|inhaler (isnt|is not|not) (working|helping))\b/,
  new RegExp(String.raw`\b(${SOMEONE}|lips|face|skin) (is |are |looks? |has )?(turning|turned|gone|going) (blue|purple|gray|grey)\b`),
  /\b(lips|face|skin) (is|are|looks?) (blue|purple|gray|grey)\b/,
  /\b(stuck in (my|his|her|the|their) (baby'?s? |sons? |daughters? )?(throat|windpipe|airway))\b/,
  // Heart
  /\bchest (pain|pains|pressure|tightness|hurts?|is (tight|hurting)|feels (tight|heavy|like))\b/,
  /\b(squeezing|crushing|stabbing|heavy|tight) (pain|pressure|feeling) in (my|his|her|the) chest\b/,
  /\b(heart attack|cardiac arrest|no pulse|doing cpr|giving cpr|heart (has )?stopped)\b/,
  /\b(heart is racing|heart racing)\b.*\b(pass out|faint|dizzy|chest)\b/,
  // Stroke
  /\b(stroke|seizure|seizing|convulsing|convulsions|fitting|anaphyla\w*)\b/,
  /\b(face|mouth|smile) (is )?(drooping|droopy|numb)\b|\bdrooping on one side\b/,
  /\bslurr(ed|ing)( (his|her|their|my))? (speech|words)\b|\bspeech is slurred\b/,
  /\b(numb(ness)?|weak(ness)?|paralyzed|cant move) (on )?(one|the (left|right)) side\b/,
  /\b(suddenly|sudden) (cant|cannot|unable to) (talk|speak|see|walk|move)\b/,
  /\b(arm|leg|face) (went|is|has gone) (numb|limp|weak)\b.*\b(cant|confused|speak|talk)\b/,
  /\bworst headache (of|in) (my|his|her) life\b/,
  // Consciousness
  /\b(unconscious|unresponsive|not (responding|responsive)|not moving|isnt moving|wont wake|will not wake|cant wake|cannot wake|passed out|collapsed|blacked out|fainted and|not waking up|went limp|is limp)\b/,
  // Poisoning and overdose
  /\b(overdos\w*|od'?d|took (too many|a (whole )?bottle|all (of )?(my|his|her|the)|a bunch of|a handful of|fentanyl|heroin)|swallowed (a (whole )?bottle|too many|a bunch of|some|all|a handful of|pills|poison|rat poison|bleach|batteries|a battery)|poison(ed|ing)|drank (some )?(bleach|poison|antifreeze|cleaning|cleaner|chemicals?|lighter fluid))\b/,
  /\b(ate|swallowed|drank|got into) (a |some |the )?(detergent|laundry pod|tide pod|cleaning product|rat poison|pesticide|weed killer|medicine cabinet)\b/,
  /\bcarbon monoxide\b/,
  // Self-harm and violence
  /\b(suicid\w*|kill (myself|himself|herself|themselves)|end (my|his|her|their) (own )?life|ending (my|his|her) life|take my (own )?life|want to die|wanna die|(dont|do not) want to (live|be alive)|end it all|better off dead|no reason to live|hurt (myself|himself|herself)|cut(ting)? (myself|himself|herself|my wrists?)|slit my wrists?|take all (of )?my pills)\b/,
  /\b(attacking me|being attacked|threatening to (hurt|kill)|has a gun|broke into)\b/,
  // Bleeding and injury
  /\b(bleeding (heavily|badly|a lot|everywhere|wont stop|that wont stop|profusely|from (the|his|her|my) head)|wont stop bleeding|lots of blood|a lot of blood|blood everywhere|severe bleeding|bleeding out|losing a lot of blood|blood (is )?(spurting|gushing|pouring))\b/,
  /\b(coughing|vomiting|throwing) (up )?blood\b|\bpregnant and bleeding\b/,
  /\b(throat (is )?(closing|swelling|swollen|tight)|cant swallow|tongue (is )?swelling|(face|lips) and tongue (are )?swelling)\b/,
  /\b(gunshot|been shot|got shot|was shot|stabbed|car (accident|crash)|hit by a (car|truck|bus)|fell (off|from|down) (the|a) (roof|ladder|balcony|window|stairs)|fell and (hit|cant|cannot)|hit (his|her|my) head and (is|was) (confused|bleeding|not)|head injury|broken neck|bone (is )?sticking out|electrocuted|drown\w*|badly burned|severe burns?)\b/,
  /\b((thinking|thoughts) (about|of) (ending it|ending (my|his|her) life|suicide|killing (myself|himself|herself)|dying)|jump(ed|ing)? (off|from) (a|the) (bridge|roof|building)|hang(ing)? (myself|himself|herself))\b/,
  /\b(hemorrhag\w*|snake ?bite|bitten by a (snake|rattlesnake)|hypothermi\w*|narcan|naloxone|poison control)\b/,
  /\b(cant|cannot) feel (my|his|her) (legs|arms|face|body)\b|\b(barely|not) conscious\b|\bunable to wake\b|\bwont respond\b/,
  /\b(isnt|is not|not) breathing (right|normally|properly)\b|\b(struggling|fighting) for air\b|\bcant get (any )?air\b|\bheart (is |has )?stopp\w*\b/,
  /\bfever (of |is )?(10[4-9]|11\d)\b/,
  /\b(is fainting|keeps fainting|keeps passing out|(severe|bad|serious) allergic reaction|allergic reaction and (cant|cannot|can not|trouble|hard to) breathe)\b/,
  // Spanish, the second language of many members (text is folded: no accents)
  /\b(no (esta )?respira(ndo)?|dejo de respirar|no (puede|puedo) respirar|dolor (en el|de|del) pecho|infarto|ataque (al corazon|cardiaco)|derrame cerebral|convulsion\w*|inconsciente|no responde|se desmayo|sobredosis|(me )?quiero morir|matarme|quitarme la vida|sangrando mucho|mucha sangre|se (esta )?ahogando)\b/,
  // Other
  /\b(dying|going to die|life threatening|life-threatening)\b/,
  /\b(call(ing)? 911|need an ambulance|send an ambulance|call an ambulance)\b/,
  new RegExp(String.raw`\b${SOMEONE} (is )?(not breathing|turning blue|unresponsive|choking|blue)\b`),
  /\b(severe|extreme|worst|crushing|sudden terrible|terrible sudden) (head ?ache|pain in (my|his|her) (chest|stomach|belly)|chest pain|stomach pain|abdominal pain)\b/,
  /\b(stiff neck)\b.*\b(fever|confused)\b/,
  /\b(newborn|[1-3] (month|week) old|infant)\b.*\bfever\b/,
];

/** Sayings that use danger words for something else. */
const FIGURATIVE = /\b(dying to|dying for|to die for|killing me|kills me|dying of (boredom|laughter))\b/;
const NEGATED = /\b(not an emergency|no emergency|isnt an emergency|not life threatening|not urgent)\b/;
/** It is happening now: this outweighs any sign that the message is about the past or paperwork. */
const HAPPENING_NOW = /\b(right now|now|currently|at the moment|is having|am having|are having|just (collapsed|passed out|fainted|fell|took|swallowed)|help me|hurry|911)\b/;
/** A past emergency, its paperwork, or general health facts. */
const NOT_NOW: readonly RegExp[] = [
  /\b(last (week|month|year|night|time|summer|spring|fall|winter)|(\d+|a|an|one|two|three|four|five|six|several|few|couple of) (days?|weeks?|months?|years?) ago|years ago|a while ago|back in|in (19|20)\d\d|history of|recover(ing|ed) from|after (my|his|her|the)|since (my|his|her)|previous|earlier this year)\b/,
  /\b(bill(ed|s|ing)?|claims?|refills?|appointments?|schedule|follow ?up|covered|coverage|cover|copays?|reimburs\w*|records?|proxy|pcp|card|appeal|counsel(ing|or|ors)?|class(es)?|invoice|statement|insurance|deductible|prevention|rehab)\b/,
  /\b((warning )?signs? of|symptoms? of|what (is|are|causes)|how (do|can) (i|you) (tell|recognize|prevent)|(is|are) [a-z ]{0,40}normal|normal (to|for|after)|risk of|prevent)\b/,
];

/**
 * `resemblesEmergency`: the recognizer's model finds the message close to its emergency examples;
 * it counts like a danger pattern, so paraphrases the patterns miss still reach 911.
 */
export function detectEmergency(text: string, resemblesEmergency = false): boolean {
  const folded = foldText(text).replace(/'/g, '').replace(/\s+/g, ' ');
  if (!resemblesEmergency && !DANGER_PATTERNS.some((pattern) => pattern.test(folded))) return false;
  if (NEGATED.test(folded) || FIGURATIVE.test(folded)) return false;
  if (HAPPENING_NOW.test(folded)) return true;
  return !NOT_NOW.some((pattern) => pattern.test(folded));
}
