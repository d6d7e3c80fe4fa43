import { GENERAL_QUESTION, STORY_OR_META } from './generalTalk';
import { dangerToldInPresentTense } from './presentTense';
import { PAPERWORK } from './paperwork';
import { THE_PAST } from './thePast';

/**
 * When and why a danger word is told: now, in the past, in paperwork, in a general question, as a
 * condition someone has had, or as what a doctor already found harmless.
 */

/** It is happening now: this outweighs any sign that the message is about the past or paperwork, but not care that already has the person (settled.ts). */
export const HAPPENING_NOW = /\b(right now|(at )?this (very )?moment|currently(?! (an? |working|employed|enrolled|studying|seeing|taking|on |in (an? |the )?\w+ (program|school|class)))|at the moment|as we speak|this minute|please hurry|hurry|ahora mismo|(can|should|could) (i|we|he|she) (just )?wait|(ok|okay|safe) to wait|wait (for|until|till) (my|the|his|her|our) (\w+ )?(appointment|appt|scan|doctor|visit))\b/;

/** A doctor or a check has already found it harmless ("the er said his chest pain was reflux", "it was checked and it was just muscle"). */
export const FOUND_HARMLESS: readonly RegExp[] = [
  /\b(doctor|doctors|doc|dr|er|hospital|nurse|cardiologist|neurologist|specialist|dentist|clinic|urgent care|pediatrician|pharmacist|therapist|poison control|they) (said|says|told (me|us|him|her)|thinks?) (\w+ ){0,6}(was|is|were|are|its|it is|it was) (just |only |totally |completely |perfectly )?(anxiety|(acid )?reflux|heartburn|nothing|fine|ok|okay|muscular|stress|a panic attack|gas|a pulled muscle|normal|harmless|expected|costochondritis|(a )?febrile seizures?|stage fright|benign|not dangerous|nothing serious|not serious|stable angina|a migraine|migraines|vasovagal|a virus|viral|sundowning|common|common in \w+)\b/,
  /\b(doctor|doc|dr|nurse|pediatrician|neurologist|cardiologist) (said|says) (its |it is |thats |that is )?(just |totally )?normal\b/,
  // What the pain turned out to be, told by the member: "the chest pain was a pulled muscle"
  /(?<!\bthought )\b(the )?(chest pain|pain|it) (was|turned out to be) (just |only )?(a pulled muscle|muscular|reflux|heartburn|anxiety|gas|nothing|costochondritis|a panic attack)\b/,
  // A doctor's verdict of harmless anywhere in what they said: "they said simple febrile seizure", "dr said its the moro reflex"
  /\b(doctor|dr|pediatrician|er|they|nurse|neurologist|cardiologist|ped) (\w+ ){0,6}(said|says|told (me|us)) (\w+ ){0,14}(?<!not )(simple|innocent|benign|harmless|common|normal|nothing serious|not a (breathing problem|seizure|stroke|heart attack)|\w+ reflex|acrocyanosis|was from (a|an|the))\b/,
  // Advice about later: "her neurologist said her seizures might come back if she misses pills"
  /\b(doctor|dr|nurse|cardiologist|neurologist|specialist|pediatrician) (said|says|told (me|us|him|her)) (\w+ ){0,6}(wont|will not|might|could|may|can) (cause|come back|happen|lead to|turn into)\b/,
  /\b(neuro|neurologist|doctor|cardiologist|specialist|tests?|scan) (confirmed|showed) (it was |it is |its )?(just |only )?(a |an )?(migraine|anxiety|a panic attack|panic|reflux|heartburn|nothing|fine|normal)\b/,
  // A cause a doctor found: "my doctor said i passed out from low blood pressure"
  /\b(doctor|doc|dr|nurse|cardiologist|neurologist|specialist|pediatrician|they) (said|says|thinks?|told (me|us|him|her)) (\w+ ){0,5}(from|because of|due to|caused by) (\w+ ){0,2}(the \w+|low blood pressure|dehydration|anxiety|stress|reflux|a virus|a fever|fever|allergies|(my|his|her) (meds|medication)|the heat|standing up too fast)\b/,
  // What an x-ray or scan showed: "the er xray said it passed"
  /\b(x ?ray|scan|ct|ultrasound|er|doctor) (said|says|showed|shows) (that )?(it|the \w+) (passed|was out|came out|is out|was fine|is fine)\b/,
  /\b(was|were|got|been|had (it|them|this|that)) (checked|checked out|looked at|examined|seen|evaluated|tested)\b.*\b(it was|was|were|turned out to be|they said|said it was) (just |only )?(\w+ )?(anxiety|reflux|heartburn|nothing|fine|muscle|muscular|stress|a panic attack|gas|a pulled muscle|a strain|costochondritis|normal)\b/,
];

/**
 * The member says it is not urgent, or was joking. Like the past, this holds only for its own clause
 * and gives way to a danger told now: "the nurse said it was not urgent but now he is not breathing".
 */
const SAID_NOT_URGENT =
  /\b(not (to be |be )?an emergency(?! (room|department|dept|line|number|contacts?|visit|services?|care|physician|vehicle))|no emergency|not life threatening|not urgent|not happening (right )?now|just kidding|jk|kidding)\b/;

/** A past emergency or its paperwork: a danger word here is not a danger, unless told in the present tense. */
const PAST_OR_PAPERWORK: readonly RegExp[] = [THE_PAST, ...FOUND_HARMLESS, STORY_OR_META, PAPERWORK, SAID_NOT_URGENT];

/**
 * A sign said to be absent or fine ("stung by a bee, no swelling in her lips or trouble breathing",
 * "a little swelling, breathing fine") is not told. Absent breath or pulse is not among these: that is a danger.
 */
const SIGN = String.raw`(swelling|swollen|hives|rash|fever|vomiting|chest (pain|pains|pressure|tightness)|wheezing|coughing|bleeding|trouble breathing|difficulty breathing|shortness of breath|breathing (problems?|issues?|trouble)|ketones|neck pain)`;
const WHERE = String.raw`((in|of|on|around) )?(the |his |her |my |their )?(face|lips?|mouth|tongue|throat|eyes?)`;
export const ABSENT_SIGN = new RegExp(
  String.raw`\b(no|without|not any|without any) (\w+ )?${SIGN}( ${WHERE})?( (or|and|nor) (\w+ )?(${SIGN}|${WHERE}))*\b|(?<!\b(not|isnt|arent|never|no|aint) )\b(breathing|breathes|breath|lips|face|tongue|throat) (is |are |seems |looks |sounds )?(fine|ok|okay|normal(ly)?|good|great|easy|easily|comfortably)\b(?! now)|\b(never|did not|didnt) (actually |really )?(blacked|black|passed|pass|lost consciousness|faint|fainted|fall|fell|stopped breathing|stop breathing)( out)?\b|\b(not|nothing|does not|doesnt|did not|didnt|is not|isnt|was not|wasnt) (\w+ ){0,3}like (a |an |any )?(heart attack|stroke|anaphylaxis|allergic reaction|seizure)( or anything)?\b|\b(not|never|was not|wasnt|is not|isnt) (unconscious|knocked out)( at all)?\b|\b(nobody|no one) (drowned|died|was shot|got shot|overdosed)\b|\b(said|showed|shows|found) no (stroke|bleed|bleeding|heart attack|clot|seizure)\b|\b(is not|isnt|not|am not|never) (thinking (of|about)|having thoughts (of|about)|suicidal)( (hurting|killing|harming) (himself|herself|myself|themselves))?\b|\b((has not|have not|had not|not) had (a |an |any |another )?|no )(\w+ )?(seizures?|strokes?|heart attacks?|asthma attacks?|panic attacks?|episodes?|fainting spells?|chest pains?|suicidal thoughts|thoughts of suicide) (in|for|since)( over)?\b(?!.*\b(but|right now|now|today|tonight|suddenly)\b)|\b(not on|no|without|does not take|doesnt take) (any )?blood thinners?\b|\b(a little|a bit of|slight|slightly|small|minor|mild|tiny) (bit of )?swelling\b(?! (in|of) (the |his |her |my )?(throat|tongue|lips?|face|mouth))`,
  'g',
);

/** A sign told in the present tense: "with a history of seizures is seizing". */
const PRESENT_SIGN =
  /(?<!\b(passed|died|away|lost) )\b(suddenly|all of a sudden)\b|\b(worst|worse) headache (of|in) (my|his|her|their) (life|lives)\b|\b(has|is having) (a |an |the same |crushing |severe |bad |terrible )?(\w+ )?(chest pain|pain in (his|her|my) chest|trouble breathing|seizure|stroke symptoms|bleeding) again\b|\b(is|his|hes|shes|him|her|them) (still )?not (moving|breathing|responding|responsive|waking up|conscious|awake)\b|\b(has|have|with|there is|theres) no (pulse|heart ?beat)\b|\b(has|have) been (bleeding|seizing|convulsing|unconscious|unresponsive) (since|for)\b|\b(has|have) been (lying |laying |stuck |down )?on the (\w+ )?(floor|ground) (since|for|all)\b|\b(is|are|am) (now |still |currently )?(soaking|gushing|spurting|squirting|pouring|grunting|gasping|seizing|choking|convulsing|collapsing|bleeding|not breathing|turning blue|unconscious|unresponsive|overdosing|gasping|having ((a|an|another|the same|more) )?(\w+ )?(seizure|stroke|heart attack|asthma attack|allergic reaction|chest pain|trouble breathing))\b|\bhaving another one\b|\b(\d+|a few|a couple of|few) (min|mins|minutes|secs?|seconds?) ago\b|\b(pain|chest pain|bleeding|seizures?|it) (just )?(came|is coming|has come) back (\w+ )?(crushing|worse|bad|stronger|harder|again)\b|\b(feel|feels) like (i am|he is|she is) (going to|gonna|about to) (collapse|pass out|black out|faint)\b|\bjust (fell|collapsed|fainted|passed out|stopped breathing|got hit)\b(?! (\w+ ){0,4}(and|but) (only )?(sprained|twisted|bruised|scraped|stubbed)| (\w+ ){0,3}on (her|his|my|their) (butt|bottom|rear|backside|knees?)| (\w+ ){0,6}(she is|he is|i am) (totally |completely )?(fine|ok|okay))|\b(now|today) (he is |she is |i am |they are |he |she |i |hes |shes |im )?(\w+ ){0,2}(confused|throwing up|vomiting|seizing|shaking|soaking|grunting|unresponsive|limp|floppy|slurring|fainted|faint|lightheaded|stabbing pain|really bad pain|threw up|got hit|cant remember|(pounding |severe |bad |terrible )?headache|(belly|stomach) is (swelling|swollen|hard)|(cant|can barely|barely) (breathe|wake|move|stand|walk|talk|feel))\b|\b(i|he|she) (still )?(feel|feels) (so |really |very )?faint\b|\bsoaking (\w+ )?(a |the )?(pads?|towels?|through)\b|\b(soaking|soaked) through\b|\b(and|but) (he|she|they|mom|dad) (just )?(collapsed|stopped breathing|went limp)\b|\brash (that )?(wont|does not|is not|did not) (fade|go away|blanch)\b|\bkeeps? (passing out|fainting|collapsing|seizing|choking|stopping breathing)\b/;

/** A sentence that only dates the one before ("she had a stroke. that was 3 years ago"): read as one clause. */
export const DATES_THE_CLAUSE_BEFORE = / \. (?=(that|this|it|which) (was|happened|were) )/g;

/** An accident told as the time something began ("after my car crash I have back pain") is background, not the danger. */
export const BACKGROUND_EVENT =
  /\b(after|since|from) (my|his|her|their|the|our|that|a|an) (\w+ ){0,2}(crash|accident|wreck|injury|assault|break in|burglary|robbery|mugging|shooting|fire|suicide|death)\b|\bfrom (falling|slipping|tripping) (\w+ ){0,3}(stairs|steps|ladder|bike|horse|ice|curb|porch|bed|chair)\b/g;

/**
 * An operation days ago is when a complication began, not the past ("had my gallbladder out 3 days
 * ago and now ..."): it becomes "post op", which the post-operative fever pattern (feverAndSugar.ts) reads.
 */
export const RECENT_SURGERY =
  /\b((had|got|having|came home from|got out of|home from|discharged (\w+ )?after|after) (my |his |her |their |a |an |the )?(\w+ ){0,2}(surgery|operation|procedure|biopsy|colonoscopy|stent|catheteri[sz]ation|\w+ectomy|\w+otomy|\w+plasty|\w+oscopy|c ?section|(?<!\b(kicked|locked|thrown|chucked|left|figured|found|freaked|stressed|burned|burnt|worn|passed|blacked|knocked|ran|went|stayed|sorted|checked|maxed|zoned|spaced|called|shut|laid|stood|sold|kept) )out|removed|replaced|repaired) (\w+ )?((\d|one|two|three|four|five|six|a few|a couple of|a couple|couple) days? ago|yesterday|last night|this (morning|week)|last week|(last |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))|^ *(\w+ )?(surgery|operation|procedure|c ?section) (\w+ )?((\d|one|two|three|four|five|six|a few|a couple of|a couple|couple) days? ago|yesterday|last night|this (morning|week))|(\d|one|two|three|four|five|six|a few|a couple of|couple of) days? (after|since) (my|his|her|their|the) (\w+ ){0,2}(surgery|operation|procedure|\w+ectomy|\w+otomy|\w+plasty|c ?section))\b/g;

/**
 * A condition someone has had, told beside a question about care or the plan ("my dad had a heart
 * attack. can he get cardiac rehab?"), is history, unless the message says it was just now; signs
 * told beside it still count on their own. Without such a question ("she had a seizure and hit her
 * head") it may be happening, and stays.
 */
export const HISTORY_EVENT =
  /(?<!\b(just|think( \w+){0,2}|maybe|probably|might have|may have) )\b(had|has had|have had|suffered|survived|was diagnosed with|was treated for|was in|were in|got in|got into|been in) (a |an |two |several |his |her |my )?(\w+ )?(stroke|heart attack|seizures?|overdose|allergic reaction|anaphylaxis|cardiac arrest|aneurysm|asthma attack|chest pains?|(car|motorcycle) (accident|crash|wreck)|head injury|suicide attempt)\b|\b(has|have|gets|get|suffers from|lives with|is having|keeps having) (frequent |occasional |regular |more )?(seizures|epilepsy|asthma attacks|panic attacks)\b( (where|when|in which|that make) [^.]*)?/g;

export const ASKS_ABOUT_CARE = /(^|\. )(can|could|do|does|is|are|how|where|which|who|will|would|should|what|(i|we) need to find (a|an|a new) (\w+ )?(cardiologist|doctor|pcp|specialist|neurologist|primary care)|((i|we) )?need (a|an) (\w+ ){0,3}(dr|doctor|pcp|specialist|provider) (in|near|around|close to)|((i|we) )?need (proxy|a copy|copies|records|a referral|a refill|help with (the|my|her|his) (bill|account|claim)))\b/;

/**
 * A plea for help beside a danger that is acute now ("i was paying my bill and my son stopped
 * breathing, help"): it outweighs paperwork, a story or a question told beside it, though not a
 * time long past ("his cardiac arrest in 2023 ... please help me appeal").
 */
const URGENT_PLEA =
  /\b(please help|pls help|send help|someone help|hurry|(should|do) (i|we) call (911|an ambulance)(?! (for|vs|or|if|when|to get))|what (do|should) (i|we) do( right)?( now)?(?= *$| \.))\b(?! (me |us )?(find|with|get|understand|figure|choose|pick|book|schedule|change|update|file|pay|read|out|to|know|make|fill|sort|cancel|set|write|plan|learn|prepare|appeal))|^ *help\b(?! (with|me|us|finding))|(?<!\b(you|u|can|could|would|need|needs|needed|want|wants|get|getting|got|some|for|with|your|the|any|of|extra|more|home|financial|professional|mental|medical|little|no|also|both|to|and|i)\s)help( me| us| him| her| please)?( \.)* *$/;
const ACUTE = /\b(stopped breathing|not breathing|no pulse|collapsed|unconscious|unresponsive|wont wake|cant wake|passed out|choking|turning blue|overdosed|oded)\b/;
export const pleadsNow = (text: string): boolean =>
  URGENT_PLEA.test(text) && ACUTE.test(text) && !THE_PAST.test(text) && !FOUND_HARMLESS.some((pattern) => pattern.test(text));

/** A plea for help now, however it is phrased as a question. */
export const PLEA =
  /\b(what (do|should|can) (i|we) do|(going to|gonna) be (ok|okay|alright|all right|fine)|send (help|someone|an ambulance)|call (911|an ambulance)|nearest (er|emergency|hospital)|help (me|us|him|her)|please help|hurry)\b/;

export const RECENT = /\b(just|(minutes?|mins?|hours?|hrs?|seconds?|secs?) ago|an hour ago|right now|this (morning|afternoon|evening)|tonight|today)\b/;

/** Something that happens again and again ("every time I get a bill"): a present tense that is not now. */
const HABITUAL = /\b(every time|each time|whenever)\b/;

/** A sign with its trigger ("keeps fainting when she stands up"): a pattern to see a doctor about, not now. */
const TRIGGERED = /\bwhen (he|she|i|they|we) (stands?|gets?) up\b|\bwhen (he|she|i|they|we) (exercises?|works? out|eats?|coughs?|laughs?|lies down|press(es)? on it|pushes on it|touches it)\b/;
const presentSign = (text: string): boolean => PRESENT_SIGN.test(text) && !TRIGGERED.test(text) && (!HABITUAL.test(text) || /\bkeeps?\b/.test(text));
export const presentNow = (text: string): boolean => dangerToldInPresentTense(text) || presentSign(text);

/**
 * Nobody is named (no pronoun, no relative, nobody nearby: "a man", "anyone"), and it is neither a
 * crisis line asked for nor first aid asked for ("how to stop bleeding"), which may be for now.
 */
const NOBODY_NAMED = String.raw`(?!.*\b(suicid\w*|crisis|hotline|988|self harm|how (to|do you) (stop|do|perform|give|help|save|treat)|what to do|what do you do)\b)(?!.*\b(my|his|her|he|she|i|im|we|our|me|us|they|their|him|son|daughter|wife|husband|baby|mom|dad|anyone|anybody|man|woman|guy|lady|boy|girl|kid|child|friend|neighbor)\b)`;
/**
 * A search typed as keywords ("stroke signs", "chest pain causes", "seizure vs fainting") or a
 * question about a danger in general ("what does a stroke feel like", "how long does a seizure
 * last"), with nobody named: a general question. A person named ("my husband has stroke
 * symptoms") makes it a report again.
 */
const ABOUT_NO_ONE = new RegExp(
  String.raw`^ *${NOBODY_NAMED}(((\w+ ){0,5}\w+( (warning )?(signs|symptoms|causes|treatment|first aid|risk factors|prevention|tips|info|information|article|facts|resources)){1,2}( (in )?(older |younger |elderly |young )?(women|men|kids|children|babies|adults|elderly|teens|seniors))?|(warning )?(signs|symptoms) (of )?(\w+ ){1,6}\w+|(\w+ ){1,4}(vs|versus) (\w+ ){0,3}\w+)( \.)* *$|(what|how|why|when|where|who|which|does|do|can|is|are|will|would|should|at what)\b)`,
);
export function inContext(text: string): boolean {
  const dangerNow = dangerToldInPresentTense(text);
  if ((GENERAL_QUESTION.test(text) || ABOUT_NO_ONE.test(text)) && !dangerNow) return true;
  return PAST_OR_PAPERWORK.some((pattern) => pattern.test(text)) && !dangerNow && !presentSign(text);
}
