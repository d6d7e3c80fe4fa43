/**
 * A member telling of a health problem ("my son is throwing up", "i have a bad headache", "fever
 * since last night") is a clinical question: the nurse advice line answers it. The emergency
 * detector has already declined it; this reads whether someone has the problem now, so a bare
 * statement gets the nurse line instead of "I can't help with that". Medical trivia about no one
 * ("how long does the flu last") names nobody and stays out of scope.
 */
import { foldText } from './normalize';

/** Everyday complaints, as members name them. */
const COMPLAINT = String.raw`(throw(ing|s)? up|threw up|vomit\w*|puk\w*|nause\w*|queasy|fevers?|feverish|temp(erature)? (of|is|was|at)|running a temp|headaches?|migraines?|cough\w*|sores?|(fell|tripped|slipped)(?! (behind|asleep|through|for|in love|apart|off the wagon))|(wont|cant|will not) stop crying|crying (all|nonstop|non stop)|inconsolable|colicky|gassy|scratching|scratchy|(no|lost|poor|losing|much of an) appetite|spit\w* up|(a|the) cut (on|in)|loose stools?|(chicken ?)?pox|measles|mumps|rsv|covid|norovirus|stomach flu|food poisoning|(eyes?|ears?) (is |are |feels? |look |looks )?(so |really )?(red|watery|itchy|puffy|crusty|goopy|plugged|clogged|blocked)|ringing in|crack(ed|ing)|peeling|(so|this|very|really|always) tired|tired all the time|gums? bleed\w*|(throat|ear|ears|tooth|teeth|back|stomach|tummy|belly|head|knee|hip|neck|shoulder|foot|feet|leg|arm|wrist|ankle|eye|eyes|chest|side|joints?) (hurts?|hurting|aches?|aching|is killing)|hurts?|hurting|aches?|aching|achy|pain(ful)?|cramp\w*|dizz\w*|light ?headed|rash\w*|hives|itch\w*|sprain\w*|twisted|swollen|swelling|flu(?! (shots?|vaccines?|jabs?|clinics?|season))|a cold|colds|congested|(nasal|sinus|chest|head) congestion|stuffy|runny nose|sneez\w*|sinus\w*|diarrh\w*|the runs|constipat\w*|pink ?eye|lice|infection|uti|bladder|burns? when|burning|burned (my|his|her|their)|burnt (my|his|her|their)|blisters?|stung|sting|bitten|bit by|bug bites?|tick|cut (my|his|her|their) \w+|splinter|bruis\w*|bump on|lump(?! sum)|nosebleeds?|bloody nose|chills|fatigue|exhausted|insomnia|(cant|cannot|couldnt) sleep|anxious|anxiety|panic|depress\w*|earaches?|toothaches?|stomach ?aches?|stomach bug|upset stomach|heartburn|reflux|bloat\w*|sick|unwell|under the weather|not feeling (well|good|great)|feel(s|ing)? (awful|terrible|crappy|lousy|rough|off|bad|sick|weak)|allerg\w*(?! (shots?|tests?|testing))|hay fever|eczema|acne|psoriasis|wart|mole|cold sores?|canker|pee|peeing|urinat\w*|spotting|period (cramps|pain|is late|is heavy)|yeast infection|shingles|strep|croup|teething|colic|ear infection|conjunctivitis|gout|arthritis|stiff|numb(ness)? in|tingl\w*|pins and needles|twitch\w*|swallow\w* hurts|hoarse|lost (my|his|her) voice|pulled (a )?muscle|pinched nerve|whiplash|concussion|dehydrat\w*|sunburn\w*|heat rash|dry (cough|skin|eyes)|watery eyes|red eye|styes?|abscess|cyst|hemorrhoids?|indigestion|wheez\w*)`;

/** Someone the complaint belongs to: the member, family, someone cared for. */
const SOMEONE = String.raw`(i|im|ive|id|me|my|mine|we|our|us|he|hes|him|his|she|shes|her|they|their|them|baby|babys|infant|newborn|toddler|kid|kids|child|son|sons|daughter|daughters|husband|hubby|wife|wifey|partner|spouse|mom|moms|mum|mother|dad|dads|father|grandma|grandpa|grandmother|grandfather|granny|grandson|granddaughter|brother|sister|aunt|uncle|niece|nephew|boyfriend|girlfriend|fiance|fiancee|friend|roommate|little one)`;

/** Told of someone: a person within a few words of the complaint, either side, or in it ("burned my hand"). */
const TOLD_OF_SOMEONE = new RegExp(String.raw`\b(burned|burnt|cut|hurt|sprained|twisted|broke|bumped|banged|stubbed|jammed|scraped|pulled|strained|tweaked) (my|his|her|their)\b|\b${SOMEONE}\b(\W+\w+){0,6}?\W+${COMPLAINT}\b|\b${COMPLAINT}\b(\W+\w+){0,4}?\W+${SOMEONE}\b`);

/** A fragment with how long it has lasted: "fever since last night", "cough for 3 days". */
const WITH_DURATION = new RegExp(String.raw`\b${COMPLAINT}\b(\W+\w+){0,3}?\W+(since|for (a|an|the|\d+|two|three|four|five|six|several|a few|a couple)|all (day|night|week)|(\d+|two|three|four|five) days|started)\b`);

/** Over, or not a complaint at all: "my headache is gone", "thanks, she feels better", "sick of waiting". */
const NOT_A_COMPLAINT = new RegExp(
  [
    String.raw`\b(is|are|was|feels?|feeling|seems?|got) (all )?(gone|better|fine|ok|okay|over it|back to normal)\b|\b(went|gone) away\b|\bcleared up\b`,
    // Sayings and other meanings: "sick of waiting", "a pain in the neck", "sick days", "hurt my credit score"
    String.raw`\b(sick|tired) (of|and tired)\b|\b(pain|headache) in the (neck|butt|ass)\b|\b(sick|ill) (days?|leave|notes?|pay|time)\b|\bhurts? (\w+ )?(credit|score|chances|feelings|rating|wallet|budget)\b|\b(credit|score) (\w+ ){0,3}hurt\b|\bhow many (\w+ ){0,3}(days|times)\b`,
    // The plan's business told beside it: a bill, a claim, a refund
    String.raw`\b(reimburs\w*|bills?|billed|claims?|refund\w*|paid|copays?|deductible|covered|coverage|insurance)\b`,
    // About words or in general: "what cyst means", "translate ... into korean", "why do we get fevers", "will i get sick if i eat"
    String.raw`\bwhat (\w+ ){0,3}means?\b|\bmeaning of\b|\bdefin\w*|\btranslat\w*|\bhow (do|would) (you|i) say\b|\bwhy (do|does|are|is) (we|you|people|humans|kids|babies)\b|\b(will|would|could|can) (i|we|you) get sick\b`,
  ].join('|'),
);

/**
 * Asked of a search box or an assistant ("how long does a cold last", "tell me a remedy for my sore
 * throat", "remind me to take my allergy pill"): the word models read questions well, and what they
 * leave out is trivia or an errand. What they miss is the bare statement, which this reads.
 */
const ASKED_OF_AN_ASSISTANT =
  /^\W*(what|whats|how|why|when|where|who|whos|which|is|are|was|can|could|should|would|will|do|does|did|tell|give|find|show|list|search|look|google|define|explain|recommend|suggest|set|remind|add|log|track|hey|ok|okay|siri|alexa)\b|\b(remed(y|ies)|cures?|home treatments?|stretch(es)?|exercises?|foods? (for|to|that)|recipes?|reminders?|remind me|tips|what (should|can|do) (i|we) (drink|take|eat|try|use|buy))\b/;

/** Whether the message tells of someone's health problem now, for the nurse line. */
export function tellsSymptom(text: string): boolean {
  const folded = foldText(text);
  return (TOLD_OF_SOMEONE.test(folded) || WITH_DURATION.test(folded)) && !NOT_A_COMPLAINT.test(folded) && !ASKED_OF_AN_ASSISTANT.test(folded);
}
