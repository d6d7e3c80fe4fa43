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
  /\b((not )?breath(e|ing)? (well |good |right |properly |great )?through (my|his|her|their|the) nose|blue in the face (from |with |of )?(\w+ ){0,2}(arguing|yelling|shouting|talking|explaining|asking|calling|repeating|saying|complaining|begging)|(until|till) (i|you|we|he|she|they) (am|are|is|was|were) blue in the face|(snores?|snoring|sounds?|sounding) like (\w+ ){0,2}(choking|dying|drowning)|(my|the|our) (dog|cat|puppy|kitten|pet|bird|hamster|rabbit) (is )?(choking|not breathing|having a seizure|seizing|collapsed|ate|swallowed|drank|bleeding|poisoned)|(heat|weather|bills?|wait|hold|traffic|job|work|boss|cold|prices?|copay|deductible|this|that) (\w+ )?(is )?(going to|gonna) (kill|be the death of) me|(swallowed|ate|drank) (some |a |a piece of |a (little )?(bit|dab|lick|taste) of |(his|her|my|their) )?((baby |loose )?tooth|(bath|pool|tub|lake|sea) ?water|toothpaste|gum|crayon|dirt|sand|play ?doh|chalk|paper|glue stick|(\w+ )?seeds?|(\w+ )?pits?)|chok\w* on (\w+ ){0,3}(prices?|bills?|premiums?|costs?|copays?|fees?|rent|debt|numbers?|words|paperwork|forms|questions|emails|letters|homework|acronyms|jargon|fine print)|unconscious of|not breathing a word|(passed out|blacked out|died|dying|fainted|nearly died|almost died) ((\w+ ){0,2}(from|of) )?(boredom|laugh\w*|embarrassment)|(i|we) (\w+ ){0,3}(passed|crashed|conked) out (at|by|around|before) (like )?\d+( ?(pm|am|oclock))?|(keeps|always|often) chok\w* on (pills|food|water|liquids|drinks|(his|her|my) food)|(no|without|denies|do not have|does not have|not having|never had|not) (any )?(chest pain|chest pressure|trouble breathing|short(ness)? of breath|out of breath|allergic reaction|reaction|suicidal|bleeding|fever|throwing up|vomiting|(thoughts|plans?|urges?) (of|about) (hurting|harming|killing|ending) (my ?self|himself|herself|themselves|(my|his|her|their) life))|i am (gonna|going to) die (if i have to|waiting|on hold|of (boredom|embarrassment|laughter|shame))|bleeding a (little|bit)|(a little|light|slight) bleeding|spotting|cut (my ?self|himself|herself|themselves) (a |an |some )?(slice|piece|break|slack|deal|bit)|cut (my ?self|himself|herself) (shaving|cooking|slicing|chopping|opening|on paper)|(faint\w*|pass\w* out|black\w* out|woozy|dizzy) (\w+ ){0,2}(at the sight of|when (she|he|i|they) sees?|seeing) (blood|needles?)|(take|took|taking) (\w+ )?\d+ (dollars|bucks|from (my |the )?(account|savings|checking)|and (transfer|send|put|move|deposit))|(a (little|bit)|slightly|mildly|somewhat) (more )?(short(ness)? of breath|out of breath|winded|wheezy|wheezing)|(choking|coughing|wheezing|bleeding|seizing|seizures) (a lot |much |way )?less\b|bleeding (\w+ ){0,4}(during|on|with|from) (my|her|their) (period|periods|cycle)|(said|saying|says|say) (goodbye|bye) to (her|his|my|their|the|our) (old |last |first )?(job|work|house|home|apartment|team|coworkers|colleagues|office|school|class|students|city|town|car)|dying (to|for)|to die for|(?<!chest (is )?)killing me|kills me|killing (time|it)|dying of (boredom|laughter|embarrassment|curiosity|suspense|thirst for|cringe|jealousy|envy)|thought (i|we|he|she) (was|were) (gonna|going to) die( (\w+ ){0,3}(lol|haha\w*|lmao))?|(almost|nearly|about to) (had|have|gave me|give me|giving me) a (heart attack|stroke)|(gave|giving|give|gives) (me|us) a (heart attack|stroke|seizure|aneurysm)|chok\w* (back|up)|(phone|battery|car|laptop|computer|plants?|patience|sanity|motivation|brain cells|hope of \w+)( \w+){0,3} (is )?(dying|dead)|drowning in (\w+ ){0,2}(bills|debt|paperwork|work)|(feel|feels|feeling) like (i am|he is|she is|we are|they are) drowning (in|with|under)|(dying|died|dies|killed|shot|stabbed|bleeding out|drowning|drowned) (\w+ ){0,2}(in|on) (the |his |her |my |that |this )?(\w+ )?(fortnite|minecraft|roblox|call of duty|cod|gta|zelda|mario|halo|apex|valorant|overwatch|video game|game|xbox|playstation|ps5|switch)|bleeding (me|us) dry|bleeding (out )?(money|cash|dollars)|on life support|jump(ed|ing)? (off|from) (the|a) (high dive|diving board|dock|swing|trampoline|couch|bed|stage|boat|pier|rope swing)|(blue|purple|green|red) from (the |a |eating |drinking )?(\w+ )?(popsicles?|candy|slushies?|markers?|paint|dye|juice|berries|blueberries|ice pops?|freezies?|lollipops?|gatorade|frosting)|(so|too) (stressed|busy|anxious|nervous|tired|full|excited) (that )?(i|he|she) (cant breathe|could die|am dying|is dying)|collapsed into (\w+ )?bed|dead tired|dying (here|over here|inside)|(gun|shooting|rifle|archery|knife|knives|hunting) (clubs?|ranges?|safety|license|permit|show|course|class|lessons?|collection|safe|locks?|case|sharpener)|(?<!(when|if) )(do|does|should|would|will) (i|we|you) (need to |have to )?call 911|(swim|swimming|golf|tennis|paddle|brush|pen|back|breast|butterfly) strokes?|stroke of (luck|genius|midnight)|(company|business|market|economy|deal|startup|bank|stocks?|project|marriage|negotiations?|union|empire|government|regime|civilization|dynasty|kingdom|republic|bridge|building|tent|team|talks) (has |had )?collapsed|(basically )?overdos\w* (on|of) (\w+ )?(sugar|candy|chocolate|netflix|tv|caffeine(?! pills)|coffee|sweets|cookies|pizza|junk food|social media|youtube|video games)|(almost|nearly) (fell|fall|tripped|slipped|choked)|(almost|nearly) (passed out|fainted) (when|at|from|after (seeing|reading|opening|looking))|(dying|terminally ill) (of|from|with) (\w+ ){0,2}(cancer|disease|dementia|als|copd|failure|old age)|(back|knees?|legs?|feet|muscles?|throat|stomach|skin|hands?|joints?|shoulders?) (is |are )?on fire|food poisoning|(he is|she is|they are|is) dying (slowly|peacefully|at home|in hospice)|(smoke|fire|co|carbon monoxide) (alarm|detector)s?(?! (is |are |keeps )?(going off|beeping|went off|sounding|chirping))|(take|takes|taking|on) \d+ (different )?(pills|meds|medications|medicines|tablets) (a|per|each|every) (day|morning|night)|having (a|an) (heart attack|stroke|aneurysm|meltdown) (over|about|because of|at) (\w+ ){0,3}(prices?|bills?|costs?|copays?|premiums?|this|that|the news)|passed out (the |some |free |all the )?(flyers|papers|handouts|candy|samples|cookies|pamphlets|brochures|invitations|cards|tests|worksheets|cupcakes|snacks|programs)|knocked out (in|of) (the )?(\w+ ){0,2}(round|tournament|playoffs|competition|contest|bracket|league|cup|draft)|on fire (this|that|all|last) (season|year|week|game|month|tournament|night)|on fire (lately|at practice|in (the|her|his|their) (games?|matches|tournament|league))|(fern|plants?|garden|lawn|grass|tomatoes|flowers|basil|yard|succulents?) (is |are )?(drowning|dying|dead|on fire)|(my|the) (guy|character|avatar|sim|player|team) (in (the )?game )?(keeps )?(dying|drowning|died|drowned|getting (shot|killed)|got (shot|killed))|(wallet|bank account|account|budget|savings|pocket|bank) (is )?bleeding|(snores?|snoring) (\w+ ){0,3}(stops|pauses|quits) breathing|(stops|pauses|quits) breathing (\w+ ){0,2}(at night|in (his|her|my|their) sleep|while (he|she|i|they) (sleeps?|is sleeping)|when (he|she|i|they) sleeps?)|playing (\w+ ){0,2}(fortnite|minecraft|roblox|call of duty|cod|gta|zelda|mario|halo|apex|valorant|overwatch|video games?) (and|then|but) (\w+ ){0,3}(got |keep |kept |keeps )?(shot|killed|died|dying|drowned|drowning|stabbed|blown up)|(learned|learnt|taught (him|her|it|them)) to say (\w+ ){0,4}|(short(ness)? of breath|out of breath|winded) (when|walking|climbing|going up|after|during|on) (\w+ ){0,3}(stairs|steps|exercis\w*|running|walks?|workouts?|hills?|gym))\b/g;
const NEGATED = /\b(not (to be |be )?an emergency|no emergency|not life threatening|not urgent|not happening (right )?now|just kidding|jk|kidding)\b/;
/** It is happening now: this outweighs any sign that the message is about the past or paperwork. */
const HAPPENING_NOW = /\b(right now|currently|at the moment|as we speak|this minute|please hurry|hurry|ahora mismo)\b/;

/** A past emergency or its paperwork: a danger word here is not a danger, unless told in the present tense. */
const PAST_OR_PAPERWORK: readonly RegExp[] = [
  // The past
  /(?<!(since|my|born|chemo|chemotherapy) )\b(last (week|weekend|month|year|night|time|summer|spring|fall|winter)|this past (week|weekend|month)|(\d+|a|an|one|two|three|four|five|six|several|few|couple( of)?) (days?|weeks?|months?|years?|summers?|winters?|springs?|autumns?|falls?|christmases|semesters?|decades?) ago|years ago|a while ago|in (19|20)\d\d|in (january|february|march|april|may|june|july|august|september|october|november|december)|history of|recover(ing|ed|y)? (\w+ )?from|(?<!\b(my|his|her|their|your|the|lower|upper) )back in(?! (the (car|house|room|water|pool|ambulance|hospital)|bed))|old (seizures?|strokes?|injur\w*|fractures?|burns?|scars?|heart attacks?)|(at|during|after) (my|his|her|their|the) last (shot|visit|appointment|appt|checkup|vaccine|blood draw|physical)|when i was (a )?(kid|child|baby|teen|teenager|little|young)|when (i|he|she|we|they) (was|were) \d+|as a (kid|child|baby|toddler|teen|teenager)|eligible|growing up|in (college|high school|grade school|middle school|the (army|navy|military|service)|my (20s|30s|twenties|thirties|youth))|after (my|his|her|their|the) (\w+ ){0,2}(heart attack|stroke|surgery|er|emergency room|visit|seizure|overdose|hospital\w*|stay|procedure|discharge)|since (my|his|her)|(after|since) (having |getting )?(covid|the flu|flu|pneumonia|surgery|chemo|radiation)|long covid|previous|earlier this (year|month|week)|(?<!\b(says|said|insists|insisted|claims|claimed|keeps saying) (he|she|they|i) )(is|am|are|seems|feel|feels|feeling|looks) (totally |completely |perfectly |all |now )?(fine|ok|okay|better)( now)?|(gets|get|has|have) (panic|anxiety) attacks|when (he|she|they|i) (is|are|am|gets?) (cold|chilly|swimming|in the (pool|water|bath))|sometimes|usually|occasionally|from time to time|on and off|every time(?! (he|she|they|i|the baby) breathes?\b)|whenever|when (stressed|anxious|nervous|upset)|(with|from|because of) (her|his|my|their) (copd|asthma|emphysema|heart failure|chf|lung disease|allergies|anxiety)|(when|if|whenever) (i|he|she|they|we) (has|have|get|gets|am|is|are|feel|feels) (allergies|a cold|anxious|anxiety|stressed|nervous|upset|panicky|a panic attack|panic attacks)|(thinks|worries|worried|convinced|paranoid) (\w+ ){0,3}(every|any) (headache|ache|pain|twinge|cough|sneeze|bump|bruise|mole|symptom|cramp)|from (\w+ )?(cold|cough|coughing|flu|workout|allergies)|when (i|we|they) (cough|sneeze|do|lift|exercise|work out|run|bend|twist|move|laugh|eat|drink|walk|climb|lie down|swallow|stand up|press|push|touch)|when (he|she) (eats|drinks|walks|climbs|lifts|exercises|works out|runs|bends|twists|laughs|cries|lies down|stands up|sneezes)\b|yesterday|the other day|turned out (to be|to have|that|it was|fine|ok|okay|not)|(sent|discharged) (us|him|her|me|them) home|in the (spring|summer|fall|autumn|winter)|hospitali[sz]ed (for|with|after)|in recovery|well controlled|under control|(?<!at )once(?= \.|$)|once (during|when|in|at|after)|lost (my|his|her|our|their) (\w+ ){1,2}(to|from)|(died|passed away|passed|was killed|were killed) (of|from|in|after)|griev\w*|funeral|memorial|el ano pasado|hace \w+ (anos|meses|semanas|dias)|la semana pasada|el mes pasado|ayer)\b/,
  // A doctor has already found it harmless ("the er said his chest pain was reflux")
  /\b(doctor|doctors|doc|dr|er|hospital|nurse|cardiologist|pediatrician|pharmacist|they) (said|says|told (me|us|him|her)|thinks?) (\w+ ){0,6}(was|is|were|are|its|it is) (just |only |totally |completely )?(anxiety|reflux|heartburn|nothing|fine|muscular|stress|a panic attack|gas|a pulled muscle|normal|harmless|expected)\b/,
  // Already looked at and found harmless: "my chest pain was checked and it was just muscle"
  /\b(was|were|got|been|had (it|them|this|that)) (checked|checked out|looked at|examined|seen|evaluated|tested)\b.*\b(it was|was|were|turned out to be|they said|said it was) (just |only )?(\w+ )?(anxiety|reflux|heartburn|nothing|fine|muscle|muscular|stress|a panic attack|gas|a pulled muscle|a strain|costochondritis|normal)\b/,
  // Paperwork and the plan
  /\b(bill(ed|s|ing)?|claims?|(?<!(torch|lighter|lamp|fuel) )refills?|appointments?|appts?|(doctors?|specialists?|clinics?|someone|providers?|neurologists?|therapists?) (who|that) (treats?|specializes? in|handles?|sees?|works? with)|(takes|accepts) (my|our) (plan|insurance)|schedul\w*|follow ?up|covered(?! (in|with|all))|coverage|cover|copays?|reimburs\w*|records?|proxy|pcp|card|appeal\w*|denied|denial|class(es)?|invoice|statement|insurance|deductible|prevention|prevent|rehab|referral|paperwork|letter (saying|from|for|stating)|report|employer|collections|refund|prior auth\w*|screenings?|training|certification|tested for|check ?up|(seizure|asthma|allergy|action|care|birth|treatment) plan|for school|in network|network|authorization|pharmacy|(new|needs? a|get a|fill|transfer\w*) (\w+ )?prescriptions?|prescriptions? (refill|transfer|coverage|renewal)|without a prescription|over the counter|available (at|without|in|for)|mailed|portal|hospice|palliative|benefits?|in the (hospital|icu)|how (do|can) (i|we) visit|visiting hours|silla de ruedas|receta|cost|costs|price|how much|free to|(is|are) (it|this|that|a|an|the|\w+) (\w+ ){0,2}free|for free|pay|pays|paid|premium|sleep study|sleep apnea|cpap|forms?|disability|fmla|second opinion|support group|support (lines?|services|groups?)|(families|family members|loved ones) of|(through|under|on|with|by) (my|our|the|your) (plan|insurance)|(does|will|would|can) (my|the|our) plan|grief|(treatment|recovery|detox|rehab|outpatient|inpatient|addiction|therapy|counseling) (programs?|centers?|facilit\w*|services?)|survivors?|survived|(?<!in (his|her|their|the|a) )(hospital bed|wheelchair)|factura|cita|reclamo|seguro|cobertura|cubre|cubren|cubrir)\b/,
];
/** A sign told in the present tense: "with a history of seizures is seizing". */
const PRESENT_SIGN =
  /\b(has|have) been (bleeding|seizing|convulsing|unconscious|unresponsive) (since|for)\b|\b(has|have) been (lying |laying |stuck |down )?on the (\w+ )?(floor|ground) (since|for|all)\b|\b(is|are|am) (now |still |currently )?(soaking|gushing|spurting|seizing|choking|convulsing|collapsing|bleeding|not breathing|turning blue|unconscious|unresponsive|overdosing|gasping|having (a|an|another|the same|more) (\w+ )?(seizure|stroke|heart attack|asthma attack|allergic reaction|chest pain|trouble breathing))\b|\bhaving another one\b|\b(and|but) (he|she|they|mom|dad) (just )?(collapsed|stopped breathing|went limp)\b|\brash (that )?(wont|does not|is not|did not) (fade|go away|blanch)\b|\bkeeps? (passing out|fainting|collapsing|seizing|choking|stopping breathing)\b/;
/** A general health question or a hypothetical: never a report of a danger now. */
const GENERAL_QUESTION =
  /\b((warning )?signs? of|symptoms? of|what (is|are) (the )?(signs|symptoms|difference|causes?)|whats the difference|difference between|what causes|what does \w+ (mean|look like)|how (do|can|would|will) (i|you|we|one) (know|tell|recognize|spot|prevent|use|treat|handle)|what if|how to (tell|know|use|prevent|recognize)|what (should|do|to) (i |you |we )?do (if|when)|when (should|do) (i|you|we) (go|call|take)|is it normal|is it (safe|ok|okay|bad|dangerous) to|can (i|he|she|you|we) take|(^|\. )(is|are) [a-z0-9 ]{0,40} (normal|dangerous|serious|poison|poisonous|toxic|harmful)|(is|are) (?!it |this |that )(\w+ ){1,3}(an emergency|emergencies)|how long after|(limit|maximum|max|safe|lethal|toxic) (dose|dosage|amount|limit|level)|(overdose|daily) (limit|threshold)|per day|how (much|many) (\w+ ){0,3}(is|are) (too much|too many|safe|dangerous|lethal)|before (i|he|she|we|they|you) (have|has|get|gets|end up)|normal (to|for|after)|risks?|chance of|odds of|can \w+ cause|does \w+ cause|school project|homework|(stories|story|jokes?|anecdotes?) (about|of)|someday|some day|in the future|eventually|later in life|down the road|(i am|i work as|as) a (nurse|doctor|paramedic|emt|cna|pharmacist|social worker|therapist|counselor|teacher|lifeguard|first responder)|one of my (patients|clients|students)|(call|calling) 911 or|911 or (the )?(nurse|urgent care|er|my doctor)|warning signs|(signs|symptoms) in (women|men|kids|children)|(asked|asking|question|curious) about|(talk|talking|speak|speaking) (to|with) (\w+ ){0,3}about|what happens (if|when)|if (someone|somebody|a person|anyone|a child|a kid) (?!(can|could|would) (please )?(help|come|send))|\bif (my|his|her|our|your|a|the) (\w+ ){0,2}(ever |were to |should )?(stops|starts|has|gets|goes|becomes)\b|explain|tell me about|describe|defin(e|ition of)|meaning of|(survival|death|mortality|recovery|success) rates?|statistics|how common|how likely|(if|when|should) (i|we|you) call\b|what (is|are) (a|an) (\w+ ){0,2}\w+(?= \.|$)|(different|differ|the same) (in|for|between) (women|men|kids|children|babies|adults|older|elderly)|(writing|write|reading|read|watched|watching) (a |an |my )?(novel|story|book|movie|screenplay|script|show|essay|paper) (about|on|for|where|in which)|(movie|film|show|episode|book|novel|story|scene|video|documentary) (where|about|in which|had|has|showed|shows)|(read|reading|heard|hearing) (a |an |the )?(story |post |article |news |thing )?about|(in|on) (the|a|this|that) (movie|film|show|episode|book|novel|documentary|series|video game)|(nightmares?|dreams?|dreamed|dreamt|dreaming) (that|about|of|where|i was|i am|my|he|she)|(whats|what is) the (right|best|correct|proper) (thing )?to do (if|when)|(want|wanted|like) to be prepared|(people|folks) (\w+ ){0,3}(all the time|every (day|week|month|year))|on (tv|the news)|\bcharacter\b|pretend\w*|playing (doctor|hospital|house|dead|pretend)|make believe|role ?play\w*|not real(?! words)|sintomas de|senales de|escrib\w* (una|un) (novela|cuento|historia|libro|guion)|(novela|pelicula|serie|libro|cuento|telenovela) (donde|sobre|en (la|el) que)|que es (un|una|el|la)|what (counts|qualifies) as|(is|are) (this|that|it) considered)\b/;

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
  /(?<!\b(just|think( \w+){0,2}|maybe|probably|might have|may have) )\b(had|has had|have had|suffered|survived|was diagnosed with|was treated for|was in|were in|got in|got into|been in) (a |an |two |several |his |her |my )?(\w+ )?(stroke|heart attack|seizures?|overdose|allergic reaction|anaphylaxis|cardiac arrest|aneurysm|asthma attack|(car|motorcycle) (accident|crash|wreck)|head injury|suicide attempt)\b|\b(has|have|gets|get|suffers from|lives with) (frequent |occasional |regular )?(seizures|epilepsy|asthma attacks|panic attacks)\b( (where|when|in which|that make) [^.]*)?/g;
const ASKS_ABOUT_CARE = /(^|\. )(can|could|do|does|is|are|how|where|which|who|will|would|should|what)\b/;
/** A plea for help now, however it is phrased as a question. */
const PLEA =
  /\b(what (do|should|can) (i|we) do|(going to|gonna) be (ok|okay|alright|all right|fine)|send (help|someone|an ambulance)|call (911|an ambulance)|nearest (er|emergency|hospital)|help (me|us|him|her)|please help|hurry)\b/;
const RECENT = /\b(just|(minutes?|hours?|seconds?) ago|an hour ago|right now|this (morning|afternoon|evening)|tonight|today)\b/;

/** Someone taking their own medicine as usual: the danger is an amount or the wrong mouth, told elsewhere. */
const OWN_MEDICINE = new RegExp(
  String.raw`\b(took|taken|take|takes) (my(?<!\b(son|daughter|kid|child|toddler|baby|he|she|they|brother|sister|grandson|granddaughter|niece|nephew|dog|cat) \w+ my)|his|her|their) (own |usual |daily |regular |morning |evening |night )?(${MEDICINE_KINDS}|medications?|meds|medicines?|pills|dose|insulin)\b(?! (twice|again|all|too|double|with (a (bottle|lot|bunch|fifth|glass) of |some |too much )?(alcohol|wine|beer|vodka|whiskey|liquor|booze|drinks)|and (a (bunch|handful|lot|few)|some|\d+|all|the rest)))`,
  'g',
);
/** A single dose too many ("took an extra blood thinner pill", "two instead of one"): for the pharmacist or the nurse line. */
const ONE_EXTRA_DOSE =
  /\b(took|taken|take|gave (him|her|them|me)) (\w+ ){0,3}(a|an|one|1) (extra|second|additional) ((?!(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|dozen|bunch|handful|bottles?|few|whole)\b)[a-z]+ ){0,3}(pill|tablet|capsule|dose|gummy|tylenol|advil|ibuprofen|aspirin|vitamin)s?\b|\b(took|taken|gave (him|her|them)) (\w+ ){0,3}(two|2) (\w+ ){0,2}instead of (one|1)\b/g;
/**
 * One or two of an everyday medicine taken for an ache, a fever or sleep ("i took two advil for my
 * back"): a usual dose told before a question. A handful, a bottle, or a child who got into them is
 * still an overdose (poisoning.ts).
 */
const USUAL_DOSE =
  /(^|\b(i|he|she|we|they) )(just )?(took|take|takes|had taken|have taken) (a|an|one|two|1|2|some|the)? ?(tylenol|advil|motrin|aleve|aspirin|ibuprofen|acetaminophen|naproxen|benadryl|zyrtec|claritin|melatonin|excedrin|midol|dayquil|nyquil|sudafed|tums|pepto|imodium|medicine (my|the) doctor (prescribed|gave me|ordered))( pills?| tablets?| capsules?| gel ?caps?)?\b(?= (for|because|to help|this|last|earlier|at (bed|night)|before bed|with (food|water|breakfast|lunch|dinner)|and (it|my|the|now|still|got|then)\b|but\b|\.|$))/g;

/** A medicine or a place of care named for what it treats ("seizure meds", "a stroke center") is that, not the danger. */
const NAMED_FOR_DANGER =
  /\b(anti ?seizure|seizure|epilepsy|heart|cardiac|stroke|asthma|allergy|overdose|anxiety|panic|blood pressure|burn|trauma) (medications?|meds?|medicines?|pills|drugs?|prescriptions?|inhalers?|kits?|centers?|centres?|units?|wards?|clinics?|specialists?|programs?|disorders?|conditions?)\b/g;

/** Where one part of a message can be about the past and another about now; "but" stays with its clause. */
const CLAUSE_BREAK = / \. |\b(?=(?:but|however|though|although)\b)|\b(?:and now|now|then|tonight)\b/;
/** A clause set against what came before ("she looks fine but she swallowed a battery"). */
const TOLD_AGAINST = /^ ?(but|however|though|although)\b/;

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
 * The danger has already been seen to, is passing, or is over: the person is fine or home again ("he's okay",
 * "the xray was fine", "we put it out"), care has already taken it ("they called 911", "had to go to
 * the er", "they removed it"), or the member is arranging care for the weeks after (rehab, a
 * therapist, a specialist, a complaint), or it goes away on its own ("like sore muscles"). Beside these, a danger told in the past is then the
 * story behind the question, not a second clause happening now.
 */
const AFTERWARDS =
  /\b(but (he|she|they|it|i|we|the baby) (was|were) (totally |completely |perfectly )?(fine|ok|okay|breathing( fine| normally)?)|(inhaler|medicine|medication|it|that|the \w+) (helped|worked|fixed it)|(doctor|doc|dr|nurse|pharmacist|pediatrician|poison control) (said|says|told (me|us|him|her)) (\w+ ){0,4}(its|it is|it was|was|is) (totally |completely |perfectly )?(harmless|fine|ok|okay|normal|nothing)|(?<!\b(says|said|insists|insisted|claims|claimed|keeps saying) )(he|she|they|i|we|it|everyone|mom|dad|son|daughter|baby) (is|are|am|seems?|looks?|feels?|came out|turned out|is doing)( totally| completely| perfectly| all| now| ok| doing)? ?(fine|ok|okay|better|alright|all right|stable|well|home|recovering)|its (totally |all )?(fine|ok|okay|better|over)|(is|are|was|were|got|came|been) (back )?home( now)?|(discharged|sent (him|her|them|me|us) home|kept (him|her|them|me|us) (overnight|for observation)|(we|i|they|he|she) put (it|the fire) out|they removed it|(x ?ray|ct|scan|tests?|results?|bloodwork|labs?) (was|were|came back) (fine|normal|clear|ok|okay|negative)|poison control said)|(went|taken|rushed|sent|had to go|brought|ended up|was|were|got) (\w+ ){0,2}(to |in |at )?(the )?(er|emergency room|hospital|urgent care)\b|they (called 911|kept|removed|admitted|did|gave|put|stitched|sent|made)|the (er|hospital|surgeon|doctors?|paramedics|ambulance|ems|nurses?) (made|said|billed|kept|removed|gave|did|charged|took|sent)|(was|got|been) admitted|observation|(rehab|rehabilitation) (facility|center|program)|(physical|speech|occupational|cognitive|talk) therap\w*|(a|see a|find a|to a|list of) (\w+ ){0,3}(therapist|counselor|specialist|surgeons?|neurologist|pulmonologist|lung doctor|gi doctor|orthopedi\w*|psychiatrist|psychologist|speech therapist)|workers comp|file a (complaint|grievance)|(goes|went) away (on its own|by itself|after|in (a few|\d+|a couple))|comes and goes|(like|from) (sore|pulled|strained|tight) muscles?|(switch|change) (my|his|her) (pcp|doctor))\b/;
const AFTERWARDS_ALL = new RegExp(AFTERWARDS.source, 'g');
/** Something from the story that has not passed: "now he's better but he still talks slow". */
const LINGERS = /\b(still|again|(is|are) getting worse|worse now|(is|are|am) now|now (he|she|they|i|it|we) (is|are|am|cant|wont|has|have|keeps?))\b/;
/** A clause in the present tense: "he still talks slow", "now he cant breathe". */
const PRESENT_TENSE = /\b(is|are|am|cant|wont|does not|do not|is not|are not|keeps?|still|now|has been|have been|getting|turning|going)\b/;

/**
 * `resemblesEmergency`: the recognizer's model finds the message close to its emergency examples.
 * With a soft sign of trouble it counts like a danger pattern, so paraphrases the patterns miss
 * still reach 911; alone it does not, because the model also finds mild symptoms ("a bad cold",
 * "teething and fussy") close to emergencies. `correctSpelling` mends misspelt danger words (dangerSpelling.ts).
 */
export function detectEmergency(text: string, resemblesEmergency = false, correctSpelling: (text: string) => string = (same) => same): boolean {
  const told = correctSpelling(prepareForDanger(foldText(text)));
  const prepared = withoutHyperbole(withoutSleep(ASKS_ABOUT_CARE.test(told) && !PLEA.test(told) && !RECENT.test(told) ? told.replace(HISTORY_EVENT, ' . ') : told)).replace(HARMLESS, ' . ').replace(BACKGROUND_EVENT, ' . ').replace(RECENT_SURGERY, ' . post op . ').replace(NAMED_FOR_DANGER, '$2').replace(OWN_MEDICINE, ' . ').replace(USUAL_DOSE, ' . usual dose . ').replace(ONE_EXTRA_DOSE, ' . ').replace(EMERGENCY_SERVICE, '');
  const resembles = resemblesEmergency && SOFT_SIGNS.test(prepared) && !MILD.test(prepared);
  if (!resembles && !dangerous(prepared)) return false;
  if (NEGATED.test(prepared) || aboutAPet(told)) return false;
  const seenTo = AFTERWARDS.test(prepared) && !presentNow(prepared) && !PLEA.test(prepared) && !RECENT.test(prepared) && !LINGERS.test(prepared);
  if (!(inContext(prepared) || seenTo) || HAPPENING_NOW.test(prepared)) return true;
  return prepared.split(CLAUSE_BREAK).some((clause) => dangerous(clause) && !inContext(clause) && (!seenTo || TOLD_AGAINST.test(clause) || PRESENT_TENSE.test(clause.replace(AFTERWARDS_ALL, ' . '))));
}
