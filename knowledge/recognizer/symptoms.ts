/**
 * A member telling of a health problem ("my son is throwing up", "i have a bad headache", "fever
 * since last night") is a clinical question: the nurse advice line answers it. The emergency
 * detector has already declined it; this reads whether someone has the problem now, so a bare
 * statement gets the nurse line instead of "I can't help with that". Medical trivia about no one
 * ("how long does the flu last") names nobody and stays out of scope.
 */
import { foldText } from './normalize';

const BODY = String.raw`(throat|ears?|tooth|teeth|gums?|back|stomach|tummy|belly|head|knees?|hips?|neck|shoulders?|foot|feet|legs?|arms?|wrists?|ankles?|eyes?|chest|side|joints?|toes?|fingers?|thumb|hands?|nose|mouth|tongue|lips?|skin|scalp|face|forehead|shins?|palm|knuckles?|cheeks?|sides?|belly button|groin|pinky|nail|toenail|forearm|elbows?|ribs?|pelvis|hamstring|calf|calves|thighs?|spine|jaw|heels?|nipples?|breasts?|kidneys?|lower back|bottom|butt|diaper area)`;

/** Medicines as members name them: a kind, or a generic name by its ending (lisinopril, metformin, amoxicillin). */
const MEDICINE = String.raw`(pills?|meds?|medicines?|medecine|medications?|antibiotics?|antibiotc|inhalers?|nasal spray|eye drops|drops|lozenges?|vitamins?|capsules?|insulin|prednisone|birth control|[a-z]+(pril|olol|statin|formin|sartan|dipine|azole|cillin|mycin|cycline|floxacin|pentin|thyroxine|tidine|prazole))`;

/** Everyday complaints, as members name them, by kind. */
const COMPLAINTS = [
  // Stomach and bowels
  String.raw`throw(ing|s)? up|threw up|vomit\w*|puk\w*|nause\w*|queasy|diarr?h\w*|diarea|the runs|loose stools?|constipat\w*|backed up|(has not|hasnt|have not|havent|not) (had a bm|pooped|gone)|poop\w*|bm|bowel|stomach ?aches?|stomach (bug|flu)|upset stomach|food poisoning|heartburn|reflux|indigestion|bloat\w*|burping|gassy|colic\w*|hiccups|spit\w* up|hemorrhoids?`,
  // Eating, drinking, sleeping, mood
  String.raw`(no|lost|poor|losing|much of an) appetite|not hungry|(wont|will not|does not|doesnt|is not|isnt|not|refusing to|refuses to|stopped) (eat|eating|drink|drinking|take the bottle|finishing)|picks at (his|her|their) food|(cant|cannot|couldnt|could not) (fall )?(a)?sleep|(trouble|hard time|forever to) (fall(ing)? )?(a)?sleep|eating less|(only|barely|hardly) eating|insomnia|(up|awake) all night|wandering|sleeping (more|a lot|all day)|anxious|anxiety|panic\w*|depress\w*|(seems|feels|feeling|been) (\w+ ){0,2}(down|sad|blue|low)|lonely|(so|this|very|really|always) tired|tired all the time|fatigue|exhausted|(seems|is|gets|getting|more) confused(?! (about|by|with|how|why|what|on))|wandering (around|the house|at night)`,
  // Fevers, colds, infections
  String.raw`(head|ear|tooth|stomach|back|belly|tummy)aches?|migraines?|fevers?|feverish|temp(erature)? (of|is|was|at)|(slight|low|high) (temp|temperature)|running a temp|chills|cough\w*|sneez\w*|runny nose|stuffy|congested|(nasal|sinus|chest|head) congestion|sinus\w*|snot|flu(?! (shots?|vaccines?|jabs?|clinics?|season))|a cold|colds|(this|my|his|her|a bad) cold\b|breathing feels|(chicken ?)?pox|measles|mumps|rsv|covid|norovirus|strep|croup|thrush|hand foot and mouth|pink ?eye|conjunctivitis|lice|infect(ed|ion)|utis?|bladder|burning (when|again|sensation|feeling)|(ears?|nose|sinuses) (\w+ )?(feels? |is |are )?(plugged|clogged|blocked|stuffed)( up)?|yeast infection|shingles|ear infection|unwell|under the weather|not feeling (well|good|great)|(is|are|am|im|got|getting|gets|feels?|feeling|been|was|so|very|really|home|stayed) sick\b|sick (with|since|for|all|again|today|tonight|kid|baby|child|son|daughter|to (my|his|her) stomach)|feel(s|ing)? (awful|terrible|crappy|lousy|rough|off|bad|sick|weak|shaky|jittery)|jittery|woozy|dizz\w*|light ?headed|(feel|feels|felt|feel(ing|in)) (a bit |a little |kinda |kind of )?faint|wheez\w*|hoarse|lost (my|his|her) voice|short of breath|dehydrat\w*`,
  // Skin
  String.raw`rash\w*|hives|itch\w*|bumps?|spots (on|all over)|spots? on (his|her|my|their|the)|(red|white|dry|bald|itchy|rough|scaly|purple|black) (patch(es)?|spots?|bumps?|dots)|blisters?|blistered|peeling|(skin|lips?|hands?|heels?|feet|knuckles?) (\w+ ){0,3}crack(ed|ing)|cracked (lips?|skin|heels?)|(is |are |keeps? )cracking|dry (cough|skin|eyes)|eczema|acne|psoriasis|warts?|moles?|cold sores?|canker|cradle cap|flaky|bald spot|sunburn\w*|heat rash|ingrown|styes?|abscess|cyst|lump(?! sum)|bruis\w*|goose egg|black eye|(a|small|little|just a) scratch|scratched (my|his|her|their) ${BODY}|(cat|dog|kitten|puppy) scratched|scratch(ing|y)|scrape[sd]?|skinned|nicked|splinter|sliver|spines`,
  // Aches and everyday injuries
  String.raw`ringing in (my|his|her|their) ears?|(pee|peeing|urinat\w*) (a lot|alot|more|often|burns|hurts|blood)|cries (a lot|a little|all|every|at night|more)|crying (a lot|all|every|at night|more)|blood in (his|her|the|my) (spit|poop|stool|diaper|pee|urine)|pulled something|strained (my|his|her|their)|to pee|period (cramps|pain|is late|is heavy)|spotting|heart (is )?(pounding|racing|races|raced|beating fast|beats fast|going fast|fluttering|skipping)|racing heart|(nose|gums?) (started |keeps |is |are )?bleed\w*|bled|bleeding (a little|a bit|a tiny bit|for a (few )?min\w*)|blood when|spots of blood|a little blood|bloody (snot|tissue|nose)|palpitations|hurts?|hurting|aches?|aching|achy|sores?|pain(ful|s)?|cramp\w*|twinge|sprain\w*|twisted|rolled (my|his|her) ankle|swollen|swelling|swell(s|ed)?|puffy|(is |are |feels? |so |really |very )stiff|stiff (neck|back|joints?|knees?|shoulders?|and)|numb(ness)?|tingl\w*|pins and needles|(arm|leg|hand|foot|feet) fell asleep|twitch\w*|pulled (a )?muscle|pulled (my|his|her) (back|\w+ muscle)|threw (my|his|her) back out|pinched nerve|whiplash|shin splints|concussion|sting(s|ing)?|stung|bitten|(bug|mosquito|ant|spider|tick|flea|bed ?bug|dog|cat) bites?|bit (by|his|her|my)|a tick (on|in)|burn(s|ed|t)? (on|from|to) |burn(ed|t) (my|his|her|their)|(small|little|steam|rope|carpet|oil|grease|curling iron|oven|stove|minor) burn|burned (himself|herself|myself)|burn(ed|t) (the roof of )?(my|his|her|their)|bump(ed|s)? (my|his|her|their|into)|whacked|stubbed|jammed (my|his|her|their) \w+|hit (my|his|her|their) \w+|pulled (my|his|her|their) \w+|broke (my|his|her|their) (\w+ )?(toe|finger|pinky|nose)|(had|took) a (bad |little |small )?(fall|tumble|spill)|(a|the|small) cut|cut (my|his|her|their) \w+|stepped on|(fell|tripped|slipped|tipped over|slid off|lost (his|her|my) balance)(?! (behind|asleep|through|for|in love|apart|off the wagon))|nosebleeds?|nose bled|bloody nose|teething|drool\w*|wetting the bed|strains? when|gout|arthritis`,
  // Readings, flares, pregnancy and newborns, medicines that disagree
  String.raw`(blood )?(sugar|sugr|glucose|bp|blood pressure|heart rate|pulse|readings?|a1c|oxygen|o2|sats?|cgm) (\w+ ){0,3}(\d+|high|low|running|up|down)|had a low|(asthma|copd|crohns|arthritis|arthritus|allergies|migraines?|eczema|sinuses|bronchitis|ibs|gout|psoriasis) (is |are |has been |have been )?(acting up|flar\w*|bad|worse|more often)|postpartum|\d+ ?(wks|weeks) (pregnant|pp|postpartum)|trimester|mucus plug|contractions|milk came in|latch\w*|breastfe\w*|engorged|baby blues|stretch marks|incision|c ?section|jaundice|(looks?|a little|a bit|bit) yellow|cord stump|umbilical|circumcision|startles|grunts|cross ?eyed|pimples|wet diapers|chapped|athletes foot|carpal tunnel|afib|tingly|groggy|foggy|drowsy|thirsty|night sweats|soaked in sweat|zigzag lines|aura|queasy|nausous|nauseous|${MEDICINE} (\w+ ){0,2}(makes?|making|made|gives?|giving|gave|has (me|him|her)|is making)|since (i |he |she )?(started|starting|taking|switching)|on (my |his |her |the )?(new )?${MEDICINE}|(forgot|missed|skipped|slept (thru|through)) (to take )?(my|his|her|their|a|the) (\w+ )?(${MEDICINE}|dose)|is (that|this) (normal|ok|okay|bad|a problem)`,
  // Crying babies and medicines taken wrong
  String.raw`(wont|cant|will not) stop crying|crying (all|nonstop|non stop|on and off)|inconsolable|fussy|(missed|skipped|forgot) (a |his |her |my |their )?(\w+ )?(dose|pills?|meds|medicines?|medication|drops)|(pills?|meds|dose) (\w+ )?(twice|mixed up)|mixed up (his|her|my|their) (pills|meds)|(took|taken|take) (\w+ ){0,5}(twice|instead of)`,
];
const COMPLAINT = `(${COMPLAINTS.join('|')})`;

/** Complaints that say whose they are: a part of someone's body, or a child who put something in their mouth or nose. */
const SELF_TOLD = [
  String.raw`(my|his|her|their|our|babys|sons|daughters|moms|dads|wifes|husbands) (\w+ )?${BODY} (is |are |feels? |looks? |keeps? )?(hurts?|hurting|aches?|aching|killing (me|him|her)|sore|numb|stiff|swollen|puffy|red|purple|bruised|swells?|swelled|bled|bleeds?|bleeding|cracking|itchy)`,
  String.raw`(my|his|her|their|our) (\w+ )?(${BODY} (pain|pains|ache|aches|tightness|pressure|soreness)|${BODY} feels? (heavy|full|funny|weird|tight)|heart (is )?(pounding|racing|races|raced|beating fast|beats fast|going fast|fluttering|skipping))`,
  String.raw`(toddler|baby|son|daughter|kid|child|olds?|y ?\/? ?o|he|she) (\w+ ){0,2}(ate|swallowed|licked|drank|chewed|bit|put) (a|an|some|a few|a little|a sip|a piece|part|the)`,
  String.raw`(stuck|up) (in|up|into) (his|her|my|their) (nose|ears?|throat|eyes?|fingers?|thumb|hands?|foot|feet|skin)`,
  String.raw`${COMPLAINT} (\w+ ){0,6}(on|in|to|around) (my|his|her|their) (\w+ )?${BODY}`,
].join('|');

/** Who has the problem: the member, someone named by a pronoun, family, someone cared for. */
const SUBJECT = String.raw`(i|im|ive|id|we|he|hes|she|shes|they|baby|babys|infant|newborn|toddler|kid|kids|child|son|sons|daughter|daughters|husband|husbands|hubby|wife|wifes|wifey|partner|spouse|mom|moms|mum|mother|mothers|dad|dads|father|fathers|grandma|grandmas|grandpa|grandpas|grandmother|grandfather|granny|grandson|granddaughter|brother|sister|aunt|uncle|niece|nephew|boyfriend|girlfriend|fiance|fiancee|friend|roommate|teen|teenager|lil one|little one|pregnant|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(yr|year|month|week|wk|mo)s? olds?|\d+ ?y ?\/? ?o)`;

/**
 * Told of someone: the person as the subject a few words before the complaint, or a complaint that
 * says whose it is ("my throat is scratchy"). A possessive alone does not do: "my printer jammed", "my wifi keeps coughing".
 */
const TOLD_OF_SOMEONE = new RegExp(String.raw`\b${SUBJECT}\b(\W+\w+){0,8}?\W+${COMPLAINT}\b|\b(${SELF_TOLD})\b`);

/** A fragment told as a statement: "fever since last night", "period cramps worse than usual", "carpet burn on my knee". */
const STATEMENT_FRAGMENT = new RegExp(String.raw`^\W*((?!(my|our|the|this|that|his|her|their|your)\b)\w+\W+){0,3}?${COMPLAINT}\b(?!.*\?)`);

/** Not someone's health problem, or not for the nurse line: sayings, body words said of things, the plan's business. */
const NOT_A_COMPLAINT = new RegExp(
  [
    // Sayings and other meanings: "sick of waiting", "a pain in the neck", "sick days", "hurt my credit score"
    String.raw`\b(sick|tired) (of|and tired)\b|\b(pain|headache) in the (neck|butt|ass)\b|\b(sick|ill) (days?|leave|notes?|pay|time)\b|\bhurts? (\w+ )?(credit|score|chances|feelings|rating|wallet|budget)\b|\b(credit|score) (\w+ ){0,3}hurt\b|\bhow many (\w+ ){0,3}(days|times)\b`,
    // Body words said of things, and words about words: "a total headache", "the dog is sick", "what cyst means", "translate ..."
    String.raw`\bgiving (me|him|her|us) a headache\b|\b(such a|what a) headache\b|\bitching (to|for)\b|\blaugh(ed|ing) so hard\b|\b(blue|down|sick) about\b|\b(this|that|thats|so|beat|song|track|trick|move|play|game|ride|view) (\w+ )?(is |was )?sick\b(?! (kid|baby|child|son|daughter))|\b(dog|cat|puppy|kitten|pet|bird|hamster|plant|printer|car|phone|laptop|computer|tv|battery|vase|screen) (is |was |got |has |keeps )?(sick|jammed|cracked|dying|hurt|limping|throwing up|vomiting|scratching|itching)\b|\bwhat (\w+ ){0,3}means?\b|\bmeaning of\b|\bdefin\w*|\btranslat\w*|\bhow (do|would) (you|i) say\b|\bwhy (do|does|are|is) (we|you|people|humans|kids|babies)\b|\b(will|would|could|can) (i|we|you) get sick\b`,
    // The plan's business beside it: the models place a bill, a referral, a refill or an appointment
    String.raw`\b(reimburs\w*|bills?|billed|charged|claims?|refund\w*|paid|copays?|deductible|covered|coverage|insurance|referrals?|refill\w*|pharmacy|prescriptions?|rx|e ?visits?|video (visit|call)|appointments?|appts?|book|schedul\w*|(doctors?|school|work) note|note for|mri|supply|workers comp|(through|under) (the|my|our) plan|in network|fee|cost)\b`,
  ].join('|'),
);

/** Over and said goodbye to: "thanks, my headache is gone, bye". Over but told ("it bled, then stopped") is still for the nurse. */
const OVER_AND_THANKED =
  /\b(thanks|thank you|thx|ty|bye|goodbye)\b.*\b(gone|better|fine|ok|okay|over it|back to normal|went away|cleared up)\b|\b(gone|better|fine|ok|okay|over it|back to normal|went away|cleared up)\b.*\b(thanks|thank you|thx|ty|bye|goodbye)\b/;

/**
 * Asked of a search box or an assistant ("how long does a cold last", "tell me a remedy for my sore
 * throat", "remind me to take my allergy pill"): the word models read questions well, and what they
 * leave out is trivia or an errand. What they miss is the bare statement, which this reads.
 */
const ASKED_OF_AN_ASSISTANT =
  /^\W*(what|whats|how|why|when|where|who|whos|which|is|are|can|could|should|would|will|do|does|did|tell|give|find|show|list|search|look|google|define|explain|recommend|suggest|set|remind|add|log|track|hey|ok|okay|siri|alexa)\b|\b(remed(y|ies)|cures?|home treatments?|stretch(es)?|exercises?|foods? (for|to|that)|recipes?|reminders?|remind me|tips|causes|symptoms of|signs of|what (should|can|do) (i|we) (drink|take|eat|try|use|buy)|how (do|can|should|would) (i|we|you)|who (is|was|produced|sang|wrote|won|made)|explain|find (me )?(a|an|the|some)|make me|any ideas|(can|could) (it|you|they) be|what was|look up|search for)\b/;

/** Whether the message tells of someone's health problem now, for the nurse line. */
export function tellsSymptom(text: string): boolean {
  const folded = foldText(text);
  return (
    (TOLD_OF_SOMEONE.test(folded) || STATEMENT_FRAGMENT.test(folded)) &&
    !NOT_A_COMPLAINT.test(folded) &&
    !OVER_AND_THANKED.test(folded) &&
    !ASKED_OF_AN_ASSISTANT.test(folded)
  );
}
