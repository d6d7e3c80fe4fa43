import { DANGER_PATTERNS, MEDICINE_KINDS, MILD, prepareForDanger, SOFT_SIGNS } from './danger';
import { anyPatternMatches } from './danger/requiredText';
import { foldText } from './normalize';

/**
 * Life-threatening situations, tuned for recall: a miss can cost a life, a false alarm costs a
 * sentence. Talk about a past emergency, its paperwork, or general health facts does not fire
 * ("appeal my ER bill", "I had a stroke in 2019", "signs of a stroke"), unless another part of the
 * message says something dangerous is happening now ("... claim from last month, but right now he
 * can't breathe").
 */

/** Sayings that use danger words for something harmless: removed before looking for danger. */
const HARMLESS =
  /\b((not )?breath(e|ing)? (well |good |right |properly |great )?through (my|his|her|their|the) nose|blue in the face (from |with |of )?(\w+ ){0,2}(arguing|yelling|shouting|talking|explaining|asking|calling|repeating|saying|complaining|begging)|(until|till) (i|you|we|he|she|they) (am|are|is|was|were) blue in the face|(snores?|snoring|sounds?|sounding) like (\w+ ){0,2}(choking|dying|drowning)|(my|the|our) (dog|cat|puppy|kitten|pet|bird|hamster|rabbit) (is )?(choking|not breathing|having a seizure|seizing|collapsed|ate|swallowed|drank|bleeding|poisoned)|(heat|weather|bills?|wait|hold|traffic|job|work|boss|cold|prices?|copay|deductible|this|that) (\w+ )?(is )?(going to|gonna) (kill|be the death of) me|(swallowed|ate|drank) (some |a |a piece of |(his|her|my|their) )?((baby |loose )?tooth|(bath|pool|tub|lake|sea) ?water|toothpaste|gum|crayon|dirt|sand|play ?doh|chalk|paper|glue stick|(\w+ )?seeds?|(\w+ )?pits?)|chok\w* on (\w+ ){0,2}(prices?|bills?|premiums?|costs?|copays?|fees?|rent|debt|numbers?|words|paperwork)|unconscious of|not breathing a word|(passed out|blacked out|died|dying|fainted|nearly died|almost died) ((\w+ ){0,2}(from|of) )?(boredom|laugh\w*|embarrassment)|(i|we) (\w+ ){0,3}(passed|crashed|conked) out (at|by|around|before) (like )?\d+( ?(pm|am|oclock))?|(keeps|always|often) chok\w* on (pills|food|water|liquids|drinks|(his|her|my) food)|(no|without|denies|do not have|does not have|not having|never had|not) (any )?(chest pain|chest pressure|trouble breathing|shortness of breath|suicidal|bleeding|fever|throwing up|vomiting|(thoughts|plans?|urges?) (of|about) (hurting|harming|killing|ending) (my ?self|himself|herself|themselves|(my|his|her|their) life))|i am (gonna|going to) die (if i have to|waiting|on hold|of (boredom|embarrassment|laughter|shame))|bleeding a (little|bit)|(a little|light|slight) bleeding|spotting|cut (my ?self|himself|herself|themselves) (a |an |some )?(slice|piece|break|slack|deal|bit)|cut (my ?self|himself|herself) (shaving|cooking|slicing|chopping|opening|on paper)|(faint\w*|pass\w* out|black\w* out|woozy|dizzy) (\w+ ){0,2}(at the sight of|when (she|he|i|they) sees?|seeing) (blood|needles?)|(take|took|taking) (\w+ )?\d+ (dollars|bucks|from (my |the )?(account|savings|checking)|and (transfer|send|put|move|deposit))|(a (little|bit)|slightly|mildly|somewhat) (more )?(short(ness)? of breath|out of breath|winded|wheezy|wheezing)|(choking|coughing|wheezing|bleeding|seizing|seizures) (a lot |much |way )?less\b|bleeding (\w+ ){0,4}(during|on|with|from) (my|her|their) (period|periods|cycle)|(said|saying|says|say) (goodbye|bye) to (her|his|my|their|the|our) (old |last |first )?(job|work|house|home|apartment|team|coworkers|colleagues|office|school|class|students|city|town|car)|dying (to|for)|to die for|(?<!chest (is )?)killing me|kills me|killing (time|it)|dying of (boredom|laughter|embarrassment)|(almost|nearly|about to) (had|have|gave me|give me|giving me) a (heart attack|stroke)|(gave|giving|give|gives) (me|us) a (heart attack|stroke|seizure|aneurysm)|chok\w* (back|up)|(phone|battery|car|laptop|computer|plants?)( \w+){0,3} (is )?(dying|dead)|drowning in (\w+ ){0,2}(bills|debt|paperwork|work)|(feel|feels|feeling) like (i am|he is|she is|we are|they are) drowning (in|with|under)|(dying|died|dies|killed|shot|stabbed|bleeding out|drowning|drowned) (\w+ ){0,2}(in|on) (the |his |her |my |that |this )?(\w+ )?(fortnite|minecraft|roblox|call of duty|gta|video game|game|xbox|playstation|ps5)|bleeding (me|us) dry|bleeding (out )?(money|cash|dollars)|on life support|jump(ed|ing)? (off|from) (the|a) (high dive|diving board|dock|swing|trampoline|couch|bed|stage|boat|pier|rope swing)|(blue|purple|green|red) from (the |a |eating |drinking )?(\w+ )?(popsicles?|candy|slushies?|markers?|paint|dye|juice|berries|blueberries|ice pops?|freezies?|lollipops?|gatorade|frosting)|(so|too) (stressed|busy|anxious|nervous|tired|full|excited) (that )?(i|he|she) (cant breathe|could die|am dying|is dying)|collapsed into (\w+ )?bed|dead tired|dying (here|over here|inside)|(gun|shooting|rifle|archery|knife|knives|hunting) (clubs?|ranges?|safety|license|permit|show|course|class|lessons?|collection|safe|locks?|case|sharpener)|(?<!(when|if) )(do|does|should|would|will) (i|we|you) (need to |have to )?call 911|(swim|swimming|golf|tennis|paddle|brush|pen|back|breast|butterfly) strokes?|stroke of (luck|genius|midnight)|(company|business|market|economy|deal|startup|bank|stocks?|project|marriage|negotiations?|union|empire|government|regime|civilization|dynasty|kingdom|republic|bridge|building|tent|team|talks) (has |had )?collapsed|(basically )?overdos\w* (on|of) (sugar|candy|chocolate|netflix|tv|caffeine(?! pills)|coffee|sweets|cookies|pizza|junk food|social media|youtube|video games)|(almost|nearly) (fell|fall|tripped|slipped|choked)|(almost|nearly) (passed out|fainted) (when|at|from|after (seeing|reading|opening|looking))|(dying|terminally ill) (of|from|with) (\w+ ){0,2}(cancer|disease|dementia|als|copd|failure|old age)|(back|knees?|legs?|feet|muscles?|throat|stomach|skin|hands?|joints?|shoulders?) (is |are )?on fire|food poisoning|(wallet|bank account|account|budget|savings|pocket|bank) (is )?bleeding|(short(ness)? of breath|out of breath|winded) (when|walking|climbing|going up|after|during|on) (\w+ ){0,3}(stairs|steps|exercis\w*|running|walks?|workouts?|hills?|gym))\b/g;
const NEGATED = /\b(not (to be |be )?an emergency|no emergency|not life threatening|not urgent|not happening (right )?now|just kidding|jk|kidding)\b/;
/** It is happening now: this outweighs any sign that the message is about the past or paperwork. */
const HAPPENING_NOW = /\b(right now|currently|at the moment|as we speak|this minute|please hurry|hurry|ahora mismo)\b/;

/** A past emergency or its paperwork: a danger word here is not a danger, unless told in the present tense. */
const PAST_OR_PAPERWORK: readonly RegExp[] = [
  // The past
  /(?<!(since|my|born|chemo|chemotherapy) )\b(last (week|weekend|month|year|night|time|summer|spring|fall|winter)|this past (week|weekend|month)|(\d+|a|an|one|two|three|four|five|six|several|few|couple( of)?) (days?|weeks?|months?|years?|summers?|winters?|springs?|autumns?|falls?|christmases|semesters?|decades?) ago|years ago|a while ago|back in|in (19|20)\d\d|in (january|february|march|april|may|june|july|august|september|october|november|december)|history of|recover(ing|ed|y)? (\w+ )?from|when i was (a )?(kid|child|baby|teen|teenager|little|young)|when (i|he|she|we|they) (was|were) \d+|as a (kid|child|baby|toddler|teen|teenager)|eligible|growing up|in (college|high school|grade school|middle school|the (army|navy|military|service)|my (20s|30s|twenties|thirties|youth))|after (my|his|her|their|the) (\w+ ){0,2}(heart attack|stroke|surgery|er|emergency room|visit|seizure|overdose|hospital\w*|stay|procedure|discharge)|since (my|his|her)|(after|since) (having |getting )?(covid|the flu|flu|pneumonia|surgery|chemo|radiation)|long covid|previous|earlier this (year|month|week)|(?<!\b(says|said|insists|insisted|claims|claimed|keeps saying) (he|she|they|i) )(is|am|are|seems|feel|feels|feeling|looks) (totally |completely |perfectly |all |now )?(fine|ok|okay|better)( now)?|(gets|get|has|have) (panic|anxiety) attacks|when (he|she|they|i) (is|are|am|gets?) (cold|chilly|swimming|in the (pool|water|bath))|sometimes|usually|occasionally|from time to time|on and off|every time(?! (he|she|they|i|the baby) breathes?\b)|whenever|when (stressed|anxious|nervous|upset)|(with|from|because of) (her|his|my|their) (copd|asthma|emphysema|heart failure|chf|lung disease|allergies|anxiety)|(when|if|whenever) (i|he|she|they|we) (has|have|get|gets|am|is|are|feel|feels) (allergies|a cold|anxious|stressed|nervous|upset|panicky|a panic attack)|from (\w+ )?(cold|cough|coughing|flu|workout|allergies)|when (i|we|they) (cough|sneeze|do|lift|exercise|work out|run|bend|twist|move|laugh|eat|drink|walk|climb|lie down|swallow|stand up|press|push|touch)|when (he|she) (eats|drinks|walks|climbs|lifts|exercises|works out|runs|bends|twists|laughs|cries|lies down|stands up|sneezes)\b|yesterday|the other day|turned out (to be|to have|that|it was|fine|ok|okay|not)|(sent|discharged) (us|him|her|me|them) home|in the (spring|summer|fall|autumn|winter)|hospitali[sz]ed (for|with|after)|in recovery|well controlled|under control|(?<!at )once(?= \.|$)|once (during|when|in|at|after)|lost (my|his|her|our|their) (\w+ ){1,2}(to|from)|(died|passed away|passed|was killed|were killed) (of|from|in|after)|griev\w*|funeral|memorial|el ano pasado|hace \w+ (anos|meses|semanas|dias)|la semana pasada|el mes pasado|ayer)\b/,
  // A doctor has already found it harmless ("the er said his chest pain was reflux")
  /\b(doctor|doctors|er|hospital|nurse|cardiologist|they) (said|says|told (me|us|him|her)|thinks?) (\w+ ){0,4}(was|is|were) (just |only )?(anxiety|reflux|heartburn|nothing|fine|muscular|stress|a panic attack|gas|a pulled muscle)\b/,
  // Paperwork and the plan
  /\b(bill(ed|s|ing)?|claims?|(?<!(torch|lighter|lamp|fuel) )refills?|appointments?|schedul\w*|follow ?up|covered(?! (in|with|all))|coverage|cover|copays?|reimburs\w*|records?|proxy|pcp|card|appeal\w*|denied|denial|class(es)?|invoice|statement|insurance|deductible|prevention|prevent|rehab|referral|paperwork|letter (saying|from|for|stating)|report|employer|collections|refund|prior auth\w*|screenings?|training|certification|tested for|check ?up|(seizure|asthma|allergy|action|care|birth|treatment) plan|for school|in network|network|authorization|pharmacy|(new|needs? a|get a|fill|transfer\w*) (\w+ )?prescriptions?|prescriptions? (refill|transfer|coverage|renewal)|without a prescription|over the counter|available (at|without|in|for)|mailed|portal|hospice|palliative|benefits?|in the (hospital|icu)|how (do|can) (i|we) visit|visiting hours|silla de ruedas|receta|cost|costs|price|how much|free to|(is|are) (it|this|that|a|an|the|\w+) (\w+ ){0,2}free|for free|pay|pays|paid|premium|sleep study|sleep apnea|cpap|forms?|disability|fmla|second opinion|support group|support (lines?|services|groups?)|(families|family members|loved ones) of|(through|under|on|with|by) (my|our|the|your) (plan|insurance)|(does|will|would|can) (my|the|our) plan|grief|(treatment|recovery|detox|rehab|outpatient|inpatient|addiction|therapy|counseling) (programs?|centers?|facilit\w*|services?)|survivors?|survived|(?<!in (his|her|their|the|a) )(hospital bed|wheelchair)|factura|cita|reclamo|seguro|cobertura|cubre|cubren|cubrir)\b/,
];
/** A sign told in the present tense: "with a history of seizures is seizing". */
const PRESENT_SIGN =
  /\b(has|have) been (bleeding|seizing|convulsing|unconscious|unresponsive) (since|for)\b|\b(has|have) been (lying |laying |stuck |down )?on the (\w+ )?(floor|ground) (since|for|all)\b|\b(is|are|am) (now |still |currently )?(soaking|gushing|spurting|seizing|choking|convulsing|collapsing|bleeding|not breathing|turning blue|unconscious|unresponsive|overdosing|gasping|having (a|an|another|the same|more) (\w+ )?(seizure|stroke|heart attack|asthma attack|allergic reaction|chest pain|trouble breathing))\b|\bhaving another one\b|\brash (that )?(wont|does not|is not|did not) (fade|go away|blanch)\b|\bkeeps? (passing out|fainting|collapsing|seizing|choking|stopping breathing)\b/;
/** A general health question or a hypothetical: never a report of a danger now. */
const GENERAL_QUESTION =
  /\b((warning )?signs? of|symptoms? of|what (is|are) (the )?(signs|symptoms|difference|causes?)|whats the difference|difference between|what causes|what does \w+ (mean|look like)|how (do|can|would|will) (i|you|we|one) (know|tell|recognize|spot|prevent|use|treat|handle)|what if|how to (tell|know|use|prevent|recognize)|what (should|do|to) (i |you |we )?do (if|when)|when (should|do) (i|you|we) (go|call|take)|is it normal|is it (safe|ok|okay|bad|dangerous) to|can (i|he|she|you|we) take|(^|\. )(is|are) [a-z0-9 ]{0,40} (normal|dangerous|serious)|(is|are) (?!it |this |that )(\w+ ){1,3}(an emergency|emergencies)|how long after|(limit|maximum|max|safe|lethal|toxic) (dose|dosage|amount|limit|level)|(overdose|daily) (limit|threshold)|per day|how (much|many) (\w+ ){0,3}(is|are) (too much|too many|safe|dangerous|lethal)|before (i|he|she|we|they|you) (have|has|get|gets|end up)|normal (to|for|after)|risks?|chance of|odds of|can \w+ cause|does \w+ cause|school project|homework|(stories|story|jokes?|anecdotes?) (about|of)|someday|some day|in the future|eventually|later in life|down the road|(i am|i work as|as) a (nurse|doctor|paramedic|emt|cna|pharmacist|social worker|therapist|counselor|teacher|lifeguard|first responder)|one of my (patients|clients|students)|(call|calling) 911 or|911 or (the )?(nurse|urgent care|er|my doctor)|warning signs|(signs|symptoms) in (women|men|kids|children)|(asked|asking|question|curious) about|(talk|talking|speak|speaking) (to|with) (\w+ ){0,3}about|what happens (if|when)|if (someone|somebody|a person|anyone|a child|a kid) (?!(can|could|would) (please )?(help|come|send))|\bif (my|his|her|our|your|a|the) (\w+ ){0,2}(ever |were to |should )?(stops|starts|has|gets|goes|becomes)\b|explain|tell me about|describe|defin(e|ition of)|meaning of|(survival|death|mortality|recovery|success) rates?|statistics|how common|how likely|(if|when|should) (i|we|you) call\b|what (is|are) (a|an) (\w+ ){0,2}\w+(?= \.|$)|(different|differ|the same) (in|for|between) (women|men|kids|children|babies|adults|older|elderly)|(writing|write|reading|read|watched|watching) (a |an |my )?(novel|story|book|movie|screenplay|script|show|essay|paper) (about|on|for|where|in which)|(movie|film|show|episode|book|novel|story|scene|video|documentary) (where|about|in which|had|has|showed|shows)|(read|reading|heard|hearing) (a |an |the )?(story |post |article |news |thing )?about|(in|on) (the|a|this|that) (movie|film|show|episode|book|novel|documentary|series|video game)|(nightmares?|dreams?|dreamed|dreamt|dreaming) (that|about|of|where|i was|i am|my|he|she)|(whats|what is) the (right|best|correct|proper) (thing )?to do (if|when)|(want|wanted|like) to be prepared|(people|folks) (\w+ ){0,3}(all the time|every (day|week|month|year))|on (tv|the news)|\bcharacter\b|pretend\w*|playing (doctor|hospital|house|dead|pretend)|make believe|role ?play\w*|not real(?! words)|sintomas de|senales de|escrib\w* (una|un) (novela|cuento|historia|libro|guion)|(novela|pelicula|serie|libro|cuento|telenovela) (donde|sobre|en (la|el) que)|que es (un|una|el|la)|what (counts|qualifies) as|(is|are) (this|that|it) considered)\b/;

/**
 * Plan services named "emergency" ("emergency contact", "emergency refill") are paperwork. A crisis
 * line is not among them: someone asking for one may be in danger, and is better shown 911.
 */
const EMERGENCY_SERVICE = /\bemergency (?=(contacts?|dental|funds?|supply|refills?|kit|savings)\b)/g;

/** An accident told as the time something began ("after my car crash I have back pain") is background, not the danger. */
const BACKGROUND_EVENT = /\b(after|since) (my|his|her|their|the|our|that) (\w+ ){0,2}(crash|accident|wreck|injury|assault)\b/g;

/**
 * An operation days ago is when a complication began, not the past ("had my gallbladder out 3 days
 * ago and now ..."): it becomes "post op", which the post-operative fever pattern (feverAndSugar.ts) reads.
 */
const RECENT_SURGERY =
  /\b((had|got|having|came home from|got out of|home from|discharged (\w+ )?after|after) (my |his |her |their |a |an |the )?(\w+ ){0,2}(surgery|operation|procedure|\w+ectomy|\w+otomy|\w+plasty|c ?section|out|removed|replaced|repaired) (\w+ )?((\d|one|two|three|four|five|six|a few|a couple of|a couple|couple) days? ago|yesterday|last night|this (morning|week)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(\d|one|two|three|four|five|six|a few|a couple of|couple of) days? (after|since) (my|his|her|their|the) (\w+ ){0,2}(surgery|operation|procedure|\w+ectomy|\w+otomy|\w+plasty|c ?section))\b/g;

/**
 * A condition someone has had, told beside a question about care or the plan ("my dad had a heart
 * attack. can he get cardiac rehab?"), is history, unless the message says it was just now; signs
 * told beside it still count on their own. Without such a question ("she had a seizure and hit her
 * head") it may be happening, and stays.
 */
const HISTORY_EVENT =
  /(?<!\b(just|think( \w+){0,2}|maybe|probably|might have|may have) )\b(had|has had|have had|suffered|survived|was diagnosed with|was treated for) (a |an |two |several |his |her |my )?(\w+ )?(stroke|heart attack|seizures?|overdose|allergic reaction|anaphylaxis|cardiac arrest|aneurysm|asthma attack|(car|motorcycle) (accident|crash|wreck)|head injury|suicide attempt)\b|\b(has|have|gets|get|suffers from|lives with) (frequent |occasional |regular )?(seizures|epilepsy|asthma attacks|panic attacks)\b( (where|when|in which|that make) [^.]*)?/g;
const ASKS_ABOUT_CARE = /(^|\. )(can|could|do|does|is|are|how|where|which|who|will|would|should|what)\b/;
/** A plea for help now, however it is phrased as a question. */
const PLEA =
  /\b(what (do|should|can) (i|we) do|(going to|gonna) be (ok|okay|alright|all right|fine)|send (help|someone|an ambulance)|call (911|an ambulance)|nearest (er|emergency|hospital)|help (me|us|him|her)|please help|hurry)\b/;
const RECENT = /\b(just|(minutes?|hours?|seconds?) ago|an hour ago|right now|this (morning|afternoon|evening)|tonight|today)\b/;

/** Someone taking their own medicine as usual: the danger is an amount or the wrong mouth, told elsewhere. */
const OWN_MEDICINE = new RegExp(
  String.raw`\b(took|taken|take|takes) (his|her|my|their) (own |usual |daily |regular |morning |evening |night )?(${MEDICINE_KINDS}|medications?|meds|medicines?|pills|dose|insulin)\b(?! (twice|again|all|too|double|with (alcohol|wine|beer|vodka)))`,
  'g',
);

/** A medicine or a place of care named for what it treats ("seizure meds", "a stroke center") is that, not the danger. */
const NAMED_FOR_DANGER =
  /\b(anti ?seizure|seizure|epilepsy|heart|cardiac|stroke|asthma|allergy|overdose|anxiety|panic|blood pressure|burn|trauma) (medications?|meds|medicines?|pills|drugs?|prescriptions?|inhalers?|kits?|centers?|centres?|units?|wards?|clinics?|specialists?|programs?|disorders?|conditions?)\b/g;

/** Where one part of a message can be about the past and another about now. */
const CLAUSE_BREAK = / \. |\b(?:but|however|though|although|and now|now|then|tonight)\b/;

/**
 * An animal in trouble and no person named, nor bitten: the member is asking about a pet, and 911
 * is not for pets (a vet is).
 */
const PET = /\b(my|our|the|his|her) (dog|cat|puppy|kitten|pet|bird|hamster|rabbit|bunny|parrot|horse|guinea pig|ferret|lizard|turtle) (is|was|got|has|had|just|ate|swallowed|drank|chewed|cant|wont|keeps|seems|looks|fell|collapsed)\b/;
const PERSON_NAMED = /\b(i|me|my ?self|we|us|everyone|everybody|family|baby|son|daughter|kid|child|toddler|husband|wife|partner|mom|dad|mother|father|brother|sister|grandma|grandpa|friend|boyfriend|girlfriend|bit|bitten|mauled|attacked|scratched)\b/;
const aboutAPet = (text: string): boolean => PET.test(text) && !PERSON_NAMED.test(text.replace(PET, ''));

/**
 * Dying or an attack, said, screamed or texted, in a message that laughs at it ("keeps saying he is
 * dying from his man cold haha"): drama told by someone who saw it pass. Without the laughter the
 * claim stands. Words of wanting to die or to kill oneself always stand, laughed at or not, and
 * whatever small thing they are said over: a child's "i'll kill myself if you take my phone" gets 911
 * shown, because that sentence is cheap and a miss is not.
 */
const LAUGHS = /\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|laugh\w*|memes?|drama( queen)?)\b/;
const DRAMATIC_CLAIM =
  /\b(said|says|saying|screamed|screams|screaming|yelled|yells|yelling|shouted|shouting|texted|texts|whined|whining|announced|claims|claimed) (that )?((i|he|she|they|we)( \w+){0,3} )?(dying|cant breathe|having a (heart attack|stroke))\b( (i am|im|i) dying)*/g;

/**
 * Someone who will not wake beside an ordinary reason to sleep deeply ("lazy", "worked a double",
 * "sleeps like a rock"), or napping in a message that laughs, is asleep; unless drink or drugs are
 * named, which make it a danger again.
 */
const SOUND_ASLEEP =
  /\b(lazy|sleeps? like a (rock|log|baby)|(heavy|deep) sleeper|worked (a |an |the )?(double|night|late|long|overnight)|night shifts?|(stays?|stayed|staying) up (late|all night)|snoring away|sleeps? (till|until) (noon|\d+))\b/;
const SUBSTANCE = /\b(drunk|drink\w*|drank|alcohol|pills|meds|drugs?|high|overdos\w*|vodka|beer|xanax)\b/;
const NOT_WAKING = /\b((wont|cant|will not|could not|does not) wake( up)?( (him|her|them))?( up)?|passed out)\b/g;
const NAPPING = /\b(nap|naps|napping|asleep)\b/;
const withoutSleep = (text: string): string =>
  (SOUND_ASLEEP.test(text) || (LAUGHS.test(text) && NAPPING.test(text))) && !SUBSTANCE.test(text) ? text.replace(NOT_WAKING, ' . ') : text;
const withoutHyperbole = (text: string): string => (LAUGHS.test(text) ? text.replace(DRAMATIC_CLAIM, ' . ') : text);

/** Whether any danger pattern matches; only those whose words the text holds are run (the same answer, a quarter of the time). */
const dangerous = anyPatternMatches(DANGER_PATTERNS);
/** Something that happens again and again ("every time I get a bill"): a present tense that is not now. */
const HABITUAL = /\b(every time|each time|whenever)\b/;
const presentNow = (text: string): boolean => PRESENT_SIGN.test(text) && (!HABITUAL.test(text) || /\bkeeps?\b/.test(text));
const inContext = (text: string): boolean =>
  GENERAL_QUESTION.test(text) || (PAST_OR_PAPERWORK.some((pattern) => pattern.test(text)) && !presentNow(text));

/**
 * `resemblesEmergency`: the recognizer's model finds the message close to its emergency examples.
 * With a soft sign of trouble it counts like a danger pattern, so paraphrases the patterns miss
 * still reach 911; alone it does not, because the model also finds mild symptoms ("a bad cold",
 * "teething and fussy") close to emergencies. `correctSpelling` mends misspelt danger words (dangerSpelling.ts).
 */
export function detectEmergency(text: string, resemblesEmergency = false, correctSpelling: (text: string) => string = (same) => same): boolean {
  const told = correctSpelling(prepareForDanger(foldText(text)));
  const prepared = withoutHyperbole(withoutSleep(ASKS_ABOUT_CARE.test(told) && !PLEA.test(told) && !RECENT.test(told) ? told.replace(HISTORY_EVENT, ' . ') : told)).replace(HARMLESS, ' . ').replace(BACKGROUND_EVENT, ' . ').replace(RECENT_SURGERY, ' . post op . ').replace(NAMED_FOR_DANGER, '$2').replace(OWN_MEDICINE, ' . ').replace(EMERGENCY_SERVICE, '');
  const resembles = resemblesEmergency && SOFT_SIGNS.test(prepared) && !MILD.test(prepared);
  if (!resembles && !dangerous(prepared)) return false;
  if (NEGATED.test(prepared) || aboutAPet(told)) return false;
  if (!inContext(prepared) || HAPPENING_NOW.test(prepared)) return true;
  return prepared.split(CLAUSE_BREAK).some((clause) => dangerous(clause) && !inContext(clause));
}
