/**
 * Signs of a life-threatening situation, matched on text prepared by `prepareForDanger` (lower case,
 * no accents or apostrophes, "can not" → "cant", "isn't" → "is not", "he's" → "he is", common misspellings
 * fixed).
 * Written as structures (a danger word near a body part, a person, an amount) rather than exact
 * phrases, so the many ways a frightened member types the same thing all reach 911.
 */

/** Someone a member writes about: themselves, family, anyone nearby. */
const PERSON = String.raw`(i|he|she|they|we|it|baby|babies|infant|newborn|child|children|kid|kids|toddler|son|daughter|husband|wife|spouse|partner|mom|mum|mother|mama|dad|father|papa|grandma|grandmother|grandpa|grandfather|granny|brother|sister|friend|boyfriend|girlfriend|roommate|neighbor|coworker|teen|teenager|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|man|woman|guy|lady|person|patient|someone|somebody|everyone)`;
const BE = String.raw`(is |am |are |was |were |has been |keeps |seems |looks |just )?`;
/** Any few words in between: a window, not an exact phrase. */
const GAP = String.raw`(\w+ ){0,4}`;
const HIS = String.raw`(my|his|her|their|the|your|our)`;

const rx = (source: string): RegExp => new RegExp(source);
/** Every part somewhere in the message, in any order (lookaheads from the start: linear, unlike a.*b.*c). */
const allOf = (...parts: string[]): RegExp => new RegExp(`^${parts.map((part) => `(?=.*${part})`).join('')}`);

const BREATHING: readonly RegExp[] = [
  rx(String.raw`\b(not|stopped|stops|stopping|cant|trouble|difficulty|problems?|hard(ly)?|struggling( to)?|barely|unable to|fighting to|labou?red|hard time) ${GAP}breath(e|ing|in)?\b`),
  rx(String.raw`\b(no|not|stopped) breathing\b|\bcant (catch|get) ${HIS} breath\b|\bout of breath and\b`),
  /\b(short(ness)? of breath|gasping|suffocat\w*|wheezing (so|really|very) (bad|badly|hard))\b/,
  allOf(String.raw`\b(inhaler|nebuli[sz]er|albuterol|epi ?pens?|puffer)\b`, String.raw`\b((not|wont|no) (working|helping|doing|work|help|better)|still (cant|wheezing|swelling|gasping|struggling)|every \d+ minutes|does nothing|not doing anything)\b`),
  rx(String.raw`\bbreathing ((really|very|super|so) )?(weird|funny|strange|fast|shallow|noisy|rapid|slow and)\b|\bgurgl\w*|\b(ribs?|chest|belly|skin (between|under) (the |his |her )?ribs) (are |is )?(sucking|pulling|caving|sinking) in\b|\bribs? (are |is )?suck\w*|\bstridor\b|\b(struggling|fighting|gasping|trouble|hard|cant|hard time) (\w+ ){0,2}(for|get|getting|to get) (any )?air\b`),
  /\b(turning|turned|going|gone) (blue|purple|gr[ae]y)\b|\b(blue|purple|gr[ae]y) (around|on|in) (the |his |her |my |their )?(lips|mouth|face)\b/,
  /\b(blood pressure|bp) (is |of |at |was |reads |says )*(1[89]\d|2\d\d)\b/,
  /\b(sugar|glucose|bg)( level)? (is |of |at |was |reads |says )*([1-3]\d|[5-9]\d\d)\b/,
  rx(String.raw`\b(${PERSON}|lips|face|skin|fingers|fingernails|nails) ${BE}((turning|turned|gone|going|look(ing)?|looks?|are|is) )?(kind of |kinda |sort of |really |very )?(blue|bluish|purple|gr[ae]y)\b|\bblue lips\b`),
  /\b(oxygen|o2|sats?|saturation|pulse ox\w*)( levels?)? (is |are |at |of |reads |says |dropped to |down to )+([4-8]\d)\b/,
  rx(String.raw`\b(stuck in ${HIS} ${GAP}(throat|windpipe|airway)|choking|choked on \w+ and (cant|is not|not)|gagging and cant|cant (cough|talk|speak|cry|make (a|any) (sound|noise))|not making (a|any) (sound|noise))\b`),
  /\b(can barely (talk|speak)|cant finish (a )?sentences?)\b|\b(plastic )?bag (over|on|around) (his|her|my|their) (head|face)\b|\b(severe|bad|terrible|major|serious|worst) asthma attack\b/,
  allOf(String.raw`\b(asthma attack|wheez\w*|cant breathe)\b`, String.raw`\b(inhaler (is )?(empty|out|gone|lost|missing)|no inhaler)\b`),
  /\bgrunt\w* (\w+ ){0,4}breath|\b(with|on) (every|each) breath\b|\bnostrils (are )?flar\w*/,
];

const HEART: readonly RegExp[] = [
  rx(String.raw`\bchest ${BE}(feels |feel |has been |is been )?(\w+ )?(pain|pains|pressure|tight\w*|hurts?|hurting|heavy|crushing|squeez\w*|burning|aching|killing)\b|\bchest (feels|feel) like\b`),
  rx(String.raw`\b(pain|pains|pressure|tightness|squeezing|heaviness|crushing) (in|on|across) ${HIS} chest\b|\b(grabbing|grabbed|clutching|clutched|holding) ${HIS} chest\b|\b(sitting|standing|pressing|weight|elephant) on ${HIS} chest\b|\b(elephant|weight|something|someone|a truck) (\w+ ){0,2}on ${HIS} chest\b`),
  /\b(heart attack|cardiac arrest|no pulse|no heart ?beat|cant (find|feel) (a|his|her) (pulse|heart ?beat)|(doing|giving|start|started) cpr|heart (has )?stopp\w*|(defibrillator|icd|pacemaker) (\w+ ){0,2}(shock\w*|fir\w*|went off))\b/,
  /\b(heart rate|heartrate|pulse|hr) (is |of |at |was |says |reads )*(1[5-9]\d|2\d\d|[1-3]\d)\b|\b(heart|heart rate|pulse|hr) (is |was )?(really |very |so )?(slow|low|down|dropped|racing)( to| at| like| around| about)* ([1-3]\d|1[5-9]\d|2\d\d)\b/,
  allOf(String.raw`\bheart (is )?(racing|pounding|going (crazy|nuts|wild)|beating (so|really|very|crazy|super) (fast|hard)|(\w+ )?out of (my|his|her) chest)\b`, String.raw`\b(pass|black|faint|dizzy|chest|breath\w*)`),
  allOf(String.raw`\b(sweat\w*|clammy|pale|gr[ae]y|nause\w*)\b`, String.raw`\b(pain|pressure|ache|aching|hurts?|discomfort|tightness)\b`, String.raw`\b(chest|jaw|arm|shoulders?|shoulder blades?|back)\b`),
];

const STROKE: readonly RegExp[] = [
  /\b(stroke|stroking|seizure|seizures|seizing|convuls\w*|fitting|anaph\w*|anafil\w*)\b/,
  rx(String.raw`\b(face|mouth|smile|eye|lip)s? ${BE}(all )?(drooping|droopy|drooped|numb|crooked|uneven|lopsided|sagging|falling)\b|\bdrooping on one side\b`),
  rx(String.raw`\bslurr(ed|ing|y)|\b(speech|words) (\w+ ){0,2}(went|is|sounds|became|got|going) (slurred|garbled|weird|funny|strange|off|wrong)\b|\b(leaning|falling|slumping|drooping) to one side\b|\bspeech (is |sounds )?(slurred|garbled|weird|funny)|\b(words|speech) (are |is )?(all )?(jumbled|garbled|mixed up|not coming out)`),
  rx(String.raw`\b(numb(ness)?|weak(ness)?|paralyzed|cant move|cant feel) (\w+ ){0,6}(one|the (left|right)|left|right) (side|arm|leg)\b`),
  allOf(String.raw`\b(suddenly|sudden|all of a sudden|out of nowhere)\b`, String.raw`\b(cant|unable to|wont|lost|losing|confused|dizzy|numb|weak|paralyz\w*)\b`),
  rx(String.raw`\b(arm|leg|face|side) (went|is|has gone|goes|going) (numb|limp|weak|dead)\b|\b(face|smile) (looks|is|seems) (off|crooked|uneven|droopy)\b`),
  allOf(String.raw`\b(cant feel ${HIS} (arm|leg|hand|face)|(arm|leg|hand) (is |went |feels )?(numb|weak|dead))\b`, String.raw`\b(face|smile|mouth|speech|words) (looks|is|seems|sounds) (weird|off|funny|strange|wrong|droopy|crooked)\b`),
  rx(String.raw`\b${PERSON} ${BE}(cant|does not|suddenly cant) understand (me|us|what|anything|anyone|words)\b`),
  /\b(cant|unable to|struggling to|trouble) (find|get out|say|form) (his|her|their) words\b|\bside of (his|her|my|the|their) (face|mouth) (has |is )?(fallen|dropped|drooped|drooping|sagging|gone (numb|slack)|numb|slack)\b/,
  /\b(worst|worse) headache (of|in) (my|his|her|their) (life|lives)\b|\bthunderclap headache\b/,
  // A headache that struck all at once and hard (a bleed in the brain), told in any words.
  allOf(String.raw`\b(head ?ache|head (is )?(exploding|splitting|pounding))\b`, String.raw`\b(sudden\w*|out of nowhere|all at once|like a (bolt|thunderclap|lightning|bomb|gunshot)|came on (fast|so fast|in seconds|like))\b`, String.raw`\b(worst|crazy|terrible|horrible|severe|excruciating|unbearable|vomit\w*|throwing up|threw up|confused|stiff neck|cant see|blurr\w*|passed out|fainted)\b`),
  rx(String.raw`\b${PERSON} ${BE}(talking|speaking|making) (gibberish|nonsense|no sense)|\b${PERSON} ${BE}(not|stopped) making (any )?sense\b`),
];

const CONSCIOUSNESS: readonly RegExp[] = [
  /\b(unconscious|unresponsive|not (responding|responsive)|not moving|stopped moving|wont (wake|respond|answer me)|cant wake|unable to wake|not waking up|hard to wake|passed out|collapsed|blacked out|fainted and|keeps (fainting|passing out)|is fainting|out cold|knocked out|(barely|not|semi) conscious|barely (responsive|responding|moving)|barely awake|cant stay awake|(still )?not awake|will not wake)\b/,
  /(?<!\b(did|do) )\b(no|not|never) (wake|woke) up\b|\b(has not|have not|never) (woken|woke|come to)( up)?\b|\bcant (get|wake) (him|her|them) (up|to (wake|respond|answer))\b(?! (for|in time|early|on time))/,
  rx(String.raw`\b(went|go|gone|is|are|seems|looks|feels|and|all) (limp|floppy)\b|\b(on|off) (the )?(floor|ground) ${GAP}(not|wont|cant|unconscious|unresponsive|shaking|seizing|jerking|twitching|having a fit|foaming)`),
  rx(String.raw`\b(found|find) ${PERSON}? ?${GAP}(on the floor|on the ground|in the (bath|tub|pool|water))\b`),
  /\b(see|saw|seen|found|find|is|was) (him|her|them|someone|a (man|woman|person|guy|lady))? ?(lying|laying|sprawled|slumped|face down) (\w+ ){0,2}(on|in) (the|his|her|their) (\w+ )?(floor|ground|driveway|street|road|yard|tub)\b(?! (playing|reading|watching|resting|stretching|doing|with))/,
  /\b(slumped|slumping|collapsed|lying|laying|limp) (\w+ ){0,4}(and|but) (wont|not|is not|cant|does not) (respond|responding|answer|answering|wake|move|moving)\b/,
  /\b(dropped|fell|slumped|crumpled|collapsed) (to|on|onto) the (floor|ground)|\b(keeled|slumped|toppled) over\b|\bdropped dead\b|\bhit the (floor|ground)\b/,
  /\b(foaming at the mouth|eyes (rolled|rolling) back|(shaking|twitching|jerking|convulsing) all over|(whole body|arms and legs) (is |are )?(shaking|jerking|twitching)|(cant|unable to) get up (off|from) (the )?(floor|ground)|cold to the touch|jaw (is )?locked|lockjaw)\b/,
  rx(String.raw`\b${PERSON} ${BE}(wont|not|is not|does not|cant|stopped) (answer|answering|respond|responding)( (me|us|to (me|us|anything)))?( (properly|right|normally))?(?= \.|$| and| but| even)|\beyes (are )?open but\b`),
  allOf(String.raw`\b(no|not|cant|wont) (talk|speak|talking|speaking)\b`, String.raw`\b(no|not|cant|wont) (move|moving|wake|respond\w*|answer\w*|open (his|her) eyes)\b`),
  rx(String.raw`\b(not|wont|stopped|isnt) (answering|responding|reacting)( to)? (me|us|them|her|him|anyone)\b|\b(trouble|hard time|cant) (staying|stay|keeping|keep) (awake|\w+ eyes open)\b`),
];

/** Kinds of medicine a member names instead of a brand ("her antidepressants", "his heart pills"). */
export const MEDICINE_KINDS = String.raw`((anti ?depressants?|painkillers?|pain (pills|killers|meds)|sleeping (pills|tablets|meds)|sleep (aids?|meds)|sedatives?|muscle relaxers?|benzos?|blood thinners?|antipsychotics?|(heart|blood pressure|bp|diabetes|seizure|anxiety|thyroid) (pills|meds|medicine|medication|tablets)))`;
/** Seeing or hearing what is not there: delirium from fever, heat or a drug. */
const DELIRIUM = String.raw`(hallucinat\w*|seeing things|(seeing|hearing|talking to) (people|things|someone|voices) (who|that) (are not|arent|is not) there)`;
/** Medicines that are dangerous in the wrong amount or the wrong mouth. */
const MEDICINES = String.raw`(${MEDICINE_KINDS}|pills|tablets|capsules|bottle|medicine cabinet|medicine|medication|meds|gummies|edibles|tylenol|advil|aspirin|ibuprofen|acetaminophen|xanax|oxy\w*|percocet|vicodin|fentanyl|heroin|insulin|opioids?|opiates|benadryl)`;
/** Things nobody should swallow at all. */
const POISONS = String.raw`(poison|bleach|batter(y|ies)|magnets?|coins?|detergent|(laundry|tide|dishwasher) pods?|cleaner|cleaning product|chemicals?|antifreeze|fluid|gasoline|kerosene|lamp oil|lighter fluid|(vape|e ?cig\w*) (liquid|juice|oil)|the liquid|chlorine|pool chemicals?|ammonia|paint thinner|hand sanitizer|vape (juice|liquid)|nicotine|remover|pesticide|(something |stuff )?(from )?under the (kitchen |bathroom )?sink|weed killer|rat poison|(rat|mouse|roach|ant|snail) (bait|poison|traps?))`;

const POISONING: readonly RegExp[] = [
  /^(od|oded|oding)( \.)*$|\boding\b|(?<!\b(get|buy|carry|keep|find|order|obtain|stock|have|refill|covers?|about|pick up) (some |a |the |more )?)\b(narcan|naloxone)\b/,
  /\b(overdos\w*|over dos\w*|poison(ed|ing)|carbon monoxide|(co|gas|smoke) (detector|alarm) (is )?(going off|beeping|went off)|smell(s|ing)? gas)\b/,
  rx(String.raw`\b${PERSON} (just )?(od|odd|oded|odeed)\b`),
  rx(String.raw`\b(took|taken|swallowed|ate|eaten|drank|drinking|eating|chugged|chewed|chewing|bit|sucked|licked|ingested|consumed|got into|into) ${GAP}(${MEDICINES}|${POISONS})\b`),
  rx(String.raw`\b(took|taken|swallowed|ate|consumed|ingested|drank|downed|popped) (a |an )?(large |huge |big |whole |massive )?(quantity|amount|number|handful|bunch|lot|lots|bottle|pack|box)s? of (\w+ ){0,3}${MEDICINES}`),
  // "he drink the chemical": a member writing in the present tense; a medicine taken now is ordinary.
  rx(String.raw`\b(drink|drinks|eat|eats|swallow|swallows) ${GAP}${POISONS}\b`),
  rx(String.raw`\b(${MEDICINES}|${POISONS}) (\w+ ){0,2}(got|was|were|has been|have been|been) (eaten|swallowed|chewed|ingested|drunk)\b`),
  /\b(took|taken|swallowed|ate|downed|popped|chugged|drank) (a |an |the |her |his |my |their )?(whole|entire|full) (pack|packet|bottle|box|sleeve|strip|container|jar|blister pack|month)s?\b/,
  /\b(took|take|swallowed|ate|popped) (like |about |around |maybe |over |almost |nearly |way |far )?(\d{2,}|twenty|thirty|forty|fifty|a (whole )?(bottle|handful|bunch)|all|double|triple|too many|too much)\b/,
  allOf(String.raw`\b((took|taken|taking|on|did|used|snorted|smoked|after) (some |a lot of |too much )?(molly|mdma|ecstasy|meth|cocaine|coke|crack|acid|lsd|shrooms|ketamine|k2|spice|pcp|bath salts)|(took|taken|swallowed|ate|drank|used|snorted|smoked) (something|who knows what|whatever)|(ate|eaten|eating|swallowed|chewed|chewing) (\w+ ){0,2}(mushrooms?|berries|plants?|leaves|flowers|seeds|something (from|in|off|on|out of)))\b`, String.raw`\b(drowsy|sleepy|out of it|confused|shaking|drooling|burning up|overheat\w*|heart (\w+ )?(racing|pounding)|not waking|wont wake|hard to wake|passing out|throwing up|vomit\w*|breathing (slow|weird|funny)|seizing|${DELIRIUM})\b`),
  /\bgot into (\w+ ){0,4}(vitamins|supplements|iron|melatonin|purse|cabinet|stash)\b/,
  /\bempty (pill )?bottles? (of|and)\b|\b(found|caught) (\w+ ){0,4}with (a|an|the|my|his|her) (open |empty )?(pill bottle|bottle of (pills|meds|medicine|tablets)|pills|meds)\b/,
  /\b(snorted|injected|shot up|smoked|vaped) (\w+ ){0,3}(and|now)\b/,
  rx(String.raw`\b(bleach|chemicals?|acid|lye|drain cleaner|cleaner|pepper spray) ${GAP}(in|into) ${HIS} eyes?\b`),
];

const SELF_HARM: readonly RegExp[] = [
  /\b(suicid\w*|kill(ing|ed)? (my ?self|himself|herself|themselves)|(no|any|see no|sees no|saw no) reason to (live|keep going|go on|stay|be here)|(going to|gonna|will|want to|wants to|about to|plan to|planning to) (take|swallow|down) (every|all|all of|the whole|the rest of) (\w+ ){0,2}(pills?|meds|bottle|medications?|tablets)|(have|got|bought|found|tied) (the |a )?(rope|noose)|noose|(text|message|note|letter|voicemail)( \w+){0,8} (sorry for everything|(he|she|they) loves? (us|me|you))|end (my|his|her|their) (own )?life|ending (my|his|her|their) life|take (my|his|her) (own )?life|want(s|ed)? to die|wanna die|(do|does) not want to (live|be alive|be here|wake up)|end it all|end it tonight|ending (it|everything)|better off dead|better off without me|no reason to live|hurt (my ?self|himself|herself)|cut(ting|s)? (my ?self|himself|herself|(my|his|her|their) wrists?)|slit (my|his|her) wrists?|take all (of )?(my|his|her|the|these) pills|take them all|(nothing|no one|nobody) (left )?to live for|my last (night|day) (alive|on earth)|(tonight|today) is my last|(is|am|are) (taking|swallowing) (every|all|all of|the whole|the rest of) (\w+ ){0,2}(pills?|meds|bottle|medications?|tablets) (tonight|now|right now|at once)|(belt|rope|cord|scarf|sheet|wire) (\w+ ){0,2}(a?round) (his|her|my|their) neck|disappear (forever|for good|permanently)|have the means|(stab|stabs|stabbed|stabbing) (my ?self|himself|herself|themselves)|shot (my ?self|himself|herself|themselves)|(drive|driving|drove|crash|crashing) (my|the|his|her) car (off|into)|(drive|driving|drove|crash|crashing|steer\w*) (my |the |his |her )?(car )?(off (a|the) (bridge|cliff|road)|into (a|the) (wall|tree|pole|oncoming|traffic|river|lake|truck|bridge))|shoot (my ?self|himself|herself)|blow (my|his|her|their) (brains|head) (out|off)|hang(ing)? (my ?self|himself|herself)|overdose (tonight|on purpose))\b/,
  /\b(thinking|thoughts|thought) (about|of) (ending|suicide|killing|dying|taking my|hurting)\b|\b(holding|held|pressing|put|putting) (a |the |my )?(knife|blade|razor|gun|scissors) (to|against|at) (my|his|her|their) (wrists?|throat|neck|head|chest|arms?)\b|\b(use|turn|point) (it|them|that|the \w+|a \w+) on (my ?self|himself|herself|themselves)\b|\b(voices?|god|someone|something) (\w+ ){0,2}(telling|told|tell|tells|saying) (him|her|me|them) to (hurt|kill|harm|jump|die|stab|shoot)\b/,
  /\b(took|take|taking|put) (a |the |my )?(razor|knife|blade|scissors) to (my|his|her|their) (arms?|wrists?|legs?|skin|throat)\b|\b(pills|meds|tablets) (all )?(lined up|counted out|saved up|stockpiled|in front of (me|him|her))\b|\b(counted|lined|laid|set) (out|up) (all )?(of )?(my |his |her |the )?(pills|meds|tablets)\b|\b(want|wants|wanted|need) (it|everything|the pain|this|all of it|all this) to (stop|end|go away) (permanently|forever|for good)\b|\b(car|engine) (is )?(running|on) (\w+ ){0,3}garage\b|\bgarage (\w+ ){0,3}(car|engine) (is )?(running|on)\b/,
  /\b(found|find) (\w+ ){0,3}hanging\b(?! out| up| on)|\bhanged (my ?self|himself|herself)\b|\b(is|was|found (\w+ )?) ?hanging (from|in|by) (the |a |his |her )?(tree|beam|rafters?|ceiling|closet|door\w*|garage|rope|belt|neck|shower|stair\w*|railing)\b|\bif i (was|were|am) (dead|gone|not here|not around)\b|\bwish i (was|were) dead\b|\b(sleep|go to sleep) and (never|not) wake up\b|\b(go to sleep|sleep|fall asleep) (forever|for good|permanently)\b|\bi am done with (everything|life|it all|living)\b|\b(to|gonna|going to|want to|wants to|will|i|ill|he|she|they) (end|ends|ending) (it|things|everything)\b(?! (with|for|on|early|between|at))|\blife (is not|not|aint) worth (it|living)\b/,
  /\b(going to|gonna|about to|want to|wants to|will) jump\b(?! (on|in|into|through|start|ahead|the line|rope))/,
  /\b(jump(ed|ing)?|throw (my ?self|himself|herself)) (off|from|in front of)\b|\bstanding on (the|a) (bridge|ledge|roof|edge)\b|\b(on|over|climbing|climbed) (the|a) (bridge (railing|rail|edge)|ledge|edge of (the|a) (roof|bridge|building|cliff))\b/,
  /\b(no|do not see the|whats the|lost the|any) point (in |of )?(living|life|going on|being alive)\b|\b(nobody|no one) (would|will|is going to) (miss|care about|notice) (me|if)\b|\b(cant|do not want to) (do this|go on|keep going) anymore\b|\b(do not|cant|no longer) see (the|any) point( in (anything|any of (this|it)|going on))?( anymore)?(?= \.|$| and| but| so)/,
  // Feeling a burden or hopeless, and acting on it: farewell letters, giving things away.
  allOf(String.raw`\b(said|saying|says|texted|posted|wrote|sent|snapchatted) (\w+ ){0,3}(bye|goodbye|farewell)\b`, String.raw`\b(pills|gun|rope|knife|razor|blade|bridge|ledge|note|meds)\b`),
  allOf(String.raw`\b(not (be|being) (around|here) (much )?(longer|anymore|for long)|wont be (around|here) (much )?(longer|anymore)|burden|hopeless|no way out|cant (go on|take (it|this) anymore)|better off without|tired of (living|life|being alive)|nothing to live for|no point)\b`, String.raw`\b((wrote|writing|written|left|leaving) (\w+ ){0,3}(letters?|notes?)|(gave|giving|gives) away (all )?(\w+ )?(things|stuff|belongings|possessions|pets?|dog|cat|guns?)|(said|saying) goodbye)\b`),
  /\b(want|wants|wanted|going|gonna|about|planning|plan) to (cut|slit|slash|stab|shoot|hang|burn|poison|drown) (my ?self|himself|herself|themselves|(my|his|her|their) (own )?(throat|wrists?|neck))\b/,
  /\b(goodbye|suicide|last) (note|notes|letter|letters|message|text)\b|\btexted (me )?goodbye\b|\b(said|saying|says) goodbye (to|and)\b/,
  /\b(have|got|holding|bought) (the |a |my )?(pills|rope|gun|knife|razor|blade)s? (ready|in (my|his|her) hands?|(right )?here|with (me|him|her)|next to (me|him|her))\b|\bthe rope (is )?ready\b/,
  /\b(been|started|keep|keeps|still) cutting( (my ?self|himself|herself|again))?\b(?! (back|down|out|costs?|coupons|my hair|the))|\bcut (too )?deep\b|\b(wrists?|arms?|thighs?) (are |is )?(all )?(cut|slashed|sliced) (up|open)\b|\b(slashed|sliced|slit|cut open) (his|her|my|their) (wrists?|arms?|throat)\b|\b(cutting|slashing|burning) (my|his|her|their) (arms?|wrists?|legs?|thighs?|skin)\b/,
];

const VIOLENCE: readonly RegExp[] = [
  allOf(String.raw`\b(psychotic|psychosis|manic|hallucinat\w*|hearing voices)\b`, String.raw`\b(violent|threat\w*|breaking|weapon|knife|gun|hurt|attack\w*|hitting)\b`),
  /\b(attacking|attacked|beating|beat|hitting|punching|kicking|choking|choked|strangling|strangled|stabbing|shooting) (me|us|her|him|them|my \w+|his \w+|her \w+|a (man|woman|guy|kid|child|person|girl|boy)|someone|somebody)\b/,
  /\b(threaten\w* to (hurt|kill|shoot|stab)|threatening (me|us|her|him|them|people|everyone|someone|somebody|(the )?neighbors|my \w+|the (kids|family|baby))\b(?! with (a )?(lawsuit|collections?|legal))|(going|gonna|wants|want|says he will|says she will) to (kill|shoot|stab|hurt) (me|us|her|him|them|my|the (kids|baby|children|family)|someone|somebody|people|everyone)|has a (gun|knife|weapon)|with (a|an) (gun|knife|weapon|machete|axe|hatchet|sword)|(outside|at (the|my|our) (door|window)|in (the|my|our) (house|yard|driveway)|here|coming|chasing (me|us|him|her)|after (me|us|him|her)) (\w+ ){0,2}(with|holding|waving|swinging|carrying) (a|an|his|her) (baseball )?(bat|machete|axe|crowbar|hammer|pipe|tire iron)|(waving|swinging|pointing) (a|an|his|her) (\w+ )?(gun|knife|bat|machete|axe|crowbar|weapon)|broke in|breaking in|break in|(break|breaking|kick|kicking) (down|in) (my|the|our) (door|window)|trying to (get|break) in(to)?|breaking into|in my house and|someone is in (my|the) house|being (attacked|followed|beaten|beat up|hit|choked|strangled|stabbed|abused|hurt)|hiding (in|under|inside) (\w+ ){0,3}from (him|her|them|my|a|the|someone)|hiding from (him|her|them|my|a|the|someone)|(broke|kicked) (down |in )?(the|my|our) (door|window)|(sexually )?assaulted|raped|rape|domestic violence|active shooter|(shot|stabbed) (someone|somebody|a (man|woman|person|guy|kid|child)|him|her|them)\b|(ran|running|run|walked|walking|wandered) (\w+ )?into (the )?(traffic|street|road|highway)|(grabbed|grabbing|squeezing|held|holding) (me|her|him|them) by the (neck|throat)|hands? (around|on) (my|her|his|their) (neck|throat)|wont let (me|us|her|him) (leave|go|out)|(blocking|blocked) (the|my|our) (door|exit|way out)|(scared|afraid|terrified|worried|think) (that )?(he|she|they) (will|is going to|are going to|gonna|might) (kill|shoot|stab|hurt) (me|us|her|him|them|my|the (kids|baby|children|family))\b|(pushed|shoved|threw|thrown) (me|her|him|them) (down|off|into|against|out of)|intruder|burglar|home invasion|someone (is )?(in|inside) (my|our|the) (house|home|apartment)|held against (my|his|her|their) will|kidnap\w*|abduct\w*|hostage|shots fired|shooting (at|in|on|near)|gunfire|gun shots|gunshots)\b/,
];

const BLEEDING_AND_INJURY: readonly RegExp[] = [
  /\b(bleeding (heavily|badly|bad|a lot|alot|everywhere|so much|really bad|nonstop|profusely|from (the|his|her|my) (head|neck|chest|ears?|eyes?)|through (the |a |his |her |my )?(bandages?|towels?|pads?|gauze|clothes|shirt))|bleeding (too much|very much|very bad)|(its|it is|blood is|wound is|cut is|leg is|arm is|head is|neck is) (gushing|spurting|pouring|squirting)|(cut|sliced|slashed) (\w+ ){0,3}(with|on) (a|the|his|her|my) (chainsaw|table saw|machete|axe)|(wont|cant|does not) stop bleeding|bleeding (that |and it )?(wont|does not|is not going to) stop|(lots|lot|ton|tons) of blood|a lot of blood|so much blood|blood (is )?everywhere|severe bleeding|bleeding out|losing (a lot of )?blood|blood (is )?(spurting|gushing|pouring|soaking|squirting)|(gushing|pouring|spurting|soaking) (\w+ ){0,2}blood|bleeding a ton)\b/,
  /\b(coughing|vomiting|throwing|spitting) (up )?blood\b|\b(vomit\w*|throwing up|threw up|puking) (\w+ ){0,4}coffee grounds?\b|\bblood (is )?(coming|comes|come|pouring|gushing|running) (out of|from) (my|his|her|their|the) (mouth|ears?|eyes?|head|neck|chest)\b|\b(very much|too much) blood\b|\bpregnant (\w+ ){0,3}bleeding\b|\bsoak\w* (through )?(a |one |\w+ )?(pads?|tampons?|towels?|bandages?|sheets?|diapers?) (every|in|an|each) (\w+ ){0,2}(hour|minutes?)\b/,
  allOf(String.raw`\b(gave birth|delivered|postpartum|after (the |her |my )?(birth|delivery|c ?section))\b`, String.raw`\b(bleeding|blood|clots?)\b`, String.raw`\b(faint\w*|dizzy|soak\w*|clots? (the size|as big)|a lot|heavy|heavily|wont stop|pale|racing)\b`),
  /\b(throat (is |feels )?(like (it is|its) )?((\w+ ){0,2}and )?(closing|swelling|swollen|tight)|cant swallow|tongue (is |looks |feels )?(swelling|swollen|huge|so big|thick)|(face|lips|eyes|throat) (is |are )?(blowing|puffing|ballooning) up|(face|lips|eyes) (and \w+ )?(is |are )?(swelling|swollen|puffing)|(face|lips|throat|tongue) (is |are )?(swelling|closing) up)\b/,
  allOf(String.raw`\b(hives|allergic|allergy|stung|sting|ate (peanuts?|nuts|shellfish|shrimp|fish))\b`, String.raw`\b(voice (is )?(\w+ )?(hoarse|raspy|changing|gone|weird)|coughing (nonstop|non stop|constantly|and cant stop)|cant stop coughing|covered in hives|hives (all over|everywhere)|throat|wheez\w*|lips|tongue|swelling|breath\w*|cant swallow|faint\w*|(very|really|so|badly|extremely) swollen|swollen all over|dizzy)\b`),
  allOf(String.raw`\b(peanuts?|nuts|cashews?|almonds?|shellfish|shrimp|crab|lobster|sesame|eggs?)\b`, String.raw`\b(throat (\w+ ){0,3}(tight|closing|swell\w*)|wheez\w*|lips (\w+ ){0,2}swell\w*|tongue (\w+ ){0,2}swell\w*|hives|cant swallow)\b`),
  /\b(gunshot|been shot|got shot|was shot|is shot|stabbed|car (accident|crash|wreck)|(crashed|wrecked|totaled|rolled|flipped) (his|her|my|their|the|a) (car|truck|vehicle|suv|van|motorcycle)|motorcycle (accident|crash|wreck)|hit by a (car|truck|bus|train)|head injury|(neck|back|spine|skull|hip|pelvis) (is |might be |may be |looks )?broken|broken (neck|back|skull|hip|pelvis)|broke (my|his|her) (neck|back|skull|hip)|stab wounds?|(deep|gaping) (gash|wound|stab)|(bone|bones) (is |are )?sticking out|bent the wrong way|electrocuted|shocked by|electric shock|power line|drown\w*|under ?water (for|and)|(has not|did not|never) (come|came) (back )?up|went under\b|face down in (the )?(water|pool|tub|bath)|(severe|bad|serious|major) allergic reaction|allergic reaction and (cant|trouble|hard)|badly burned|severe burns?|third degree|(chainsaw|saw|machine) (\w+ ){0,2}(cut|sliced|took|caught)|sliced (\w+ ){0,2}(open|off)|cut (\w+ ){0,2}off|amputat\w*|trapped (in|under|inside) (the|a|my|his|her) (car|vehicle|rubble|fire|building|house)|(is|are|am|got) (trapped|pinned)\b|(car|truck|vehicle|suv|van) (flipped|rolled)( over)?\b|(crushed|pinned) (under|by|between|beneath)|(jack|lift) (slipped|fell|gave way|collapsed)|(caught|stuck|trapped) under (the|a|his|her|my|their) (car|truck|vehicle|tractor|machine|rubble|tree)|(tractor|car|truck|tree|wall|shelf|machine|forklift|ladder|roof|ceiling) (\w+ ){0,2}(rolled|fell|collapsed|landed) (over )?(on|onto) (top of )?(him|her|them|me|my|his|their|a|the|someone))\b/,
  /\b(fell|fallen|falling|fall) (off|from|out of|down|through) (\w+ ){0,3}(roof|ladder|balcony|window|stairs|staircase|steps|cliff|tree|bunk bed|building|deck|scaffold\w*|bridge)\b/,
  /\b(fell|fall|fallen) and (hit|cant|wont|is not|not|broke)\b/,
  /\b(fell|fallen|falling|dropped) (\w+ ){0,2}(\d+|six|ten|twelve|fifteen|twenty|thirty|several|two|three|four) (feet|foot|ft|meters|metres|stories|storeys|floors)\b/,
  allOf(String.raw`\b(fell|fall|fallen|crash\w*|hit by)\b`, String.raw`\b((bent|twisted|turned|pointing|facing) (\w+ ){0,2}(wrong|backwards)|(looks|is) (wrong|deformed|out of place)|(leg|foot) (is |looks )?(\w+ )?(shorter|turned out|rotated)|in (agony|excruciating pain|so much pain)|screaming in pain|(cant|unable to|wont) get up|(cant|unable to) get out of the (tub|bath|bathtub|shower)|calling (out )?for help|moaning|(cant|unable to) (lift|move) (him|her|them))\b`),
  /\b(hand|arm|fingers?|leg|foot|hair) (\w+ ){0,2}(caught|stuck|pulled|got) (in|into|under) (the|a) (\w+ ){0,2}(grinder|machine|saw|press|auger|blender|conveyor|chipper|gears|belt|rollers?|(lawn ?)?mower|snow ?blower|tiller|wood splitter)\b|\b(got|caught|stuck|put) (his|her|my|their) (hand|arm|fingers?|foot|leg) (\w+ )?(in|into|under) (the|a) (\w+ ){0,2}((lawn ?)?mower|snow ?blower|grinder|table saw|saw|chipper|auger|tiller|press|conveyor)\b/,
  // A fall a child's head took, and then the signs of a brain injury.
  allOf(String.raw`\b(fell|rolled|tumbled|dropped|fall|fallen) (off|from|out of|down)\b`, String.raw`\b(head|bump|lump|goose egg|knot)\b`, String.raw`\b(keeps? (throwing up|vomiting|falling asleep)|vomit\w*|throwing up|threw up|(very|really|so|super) (sleepy|drowsy)|confused|not acting (normal|right|like (himself|herself))|passed out|wont wake|hard to wake)\b`),
  allOf(String.raw`\b(hit|bumped|banged|kicked|struck|smacked|hurt) ${GAP}head\b`, String.raw`\b(confused|not making sense|throwing up|vomit\w*|passed out|unconscious|wont wake|sleepy|drowsy|bleeding|seizure|cant remember|blood thinners?|not acting (normal|right))\b`),
  /\b(scald\w*|boiling (water|oil) (on|over|all over)|skin (is )?(peeling|coming|falling) off|caught (on )?fire|on fire|burn(ed|t|s)? (\w+ ){0,5}(face|whole|entire|chest|body|all over)|grease fire|burn(ed|t)? (my ?self|himself|herself|themselves|him|her) (badly|bad|severely|really bad)|(whole|entire) (hand|arm|leg|face|back|chest|body|foot) (is |are )?(blister\w*|burn\w*)|blister\w* and (white|black|leathery))\b/,
  /\bsmoke (is )?(everywhere|pouring|filling)|\bsmoke (is )?(coming|pouring|billowing) (out )?(of|from) (the|my|our|his|her|their|a) (\w+ ){0,2}(house|home|building|apartment|window|kitchen|room)\b|\b(filling|filled|full) (up )?with smoke\b|\b(house|building|apartment|kitchen|room|car) (is )?(on fire|burning|in flames)\b/,
  allOf(String.raw`\b(fire|flames|explosion|exploded|blew up)\b`, String.raw`\b(burn(ed|t|s|ing)?|trapped|smoke|cant breathe|unconscious|still inside|stuck inside|cant get out)\b`),
  /\b(fell|fallen|falling|went|gone) (in|into|through) (the )?(river|lake|ocean|creek|pond|ice|frozen \w+|icy water)\b|\bshivering (uncontrollably|violently|and (confused|slurring))\b/,
  allOf(String.raw`\b(vomit\w*|throwing up|diarrhea)\b`, String.raw`\b((has not|not) (peed|urinated)|no (pee|urine)|lethargic|(super|very|extremely) (sleepy|drowsy))\b`),
  allOf(String.raw`\b(scorpion|black widow|brown recluse|stingray|box jellyfish)\b`, String.raw`\b(drool\w*|eyes (are )?(moving|rolling|twitching|jerking)|twitch\w*|jerk\w*|breath\w*|vomit\w*|swell\w*|numb|weak|sweat\w*|cramp\w*|slurr\w*)\b`),
  allOf(String.raw`\b(inhaled|breathed in|breathing in|huff\w*|sniff\w*) (\w+ ){0,3}(fumes|gas|smoke|chemicals?|paint|glue|propane|freon|chlorine|ammonia|bleach|aerosol)\b`, String.raw`\b(confused|dizzy|throwing up|vomit\w*|passed out|passing out|cant breathe|coughing|not making sense|drowsy|sleepy|headache)\b`),
  // A fuel-burning source indoors and the signs of carbon monoxide.
  allOf(String.raw`\b(gas (furnace|heater|stove|leak)|furnace|space heater|generator|charcoal|grill (inside|in the)|fireplace|(car|engine|exhaust) (\w+ ){0,3}garage|boiler)\b`, String.raw`\b(head ?aches?|dizzy|nause\w*|vomit\w*|throwing up|sleepy|drowsy|sluggish|confused|wont wake|passed out)\b`),
  // Black or bloody stool with faintness: bleeding inside.
  allOf(String.raw`\b((black|tarry|maroon|bloody) (\w+ ){0,2}(stools?|poop|bowel movements?)|(stools?|poop) (\w+ ){0,3}(black|tarry|like tar|maroon))\b`, String.raw`\b(passed out|pass out|faint\w*|dizzy|lightheaded|pale|weak|racing)\b`),
  allOf(String.raw`\b(in the (sun|heat)|heat ?wave|(out|outside) (in the heat|all day)|hot (car|day|attic)|working (outside|in the sun)|after (working|running|playing|hiking) (\w+ ){0,3}(sun|heat))\b`, String.raw`\b(confused|not making sense|passed out|collapsed|not sweating|stopped sweating|hot and dry|dry and hot|seiz\w*|slurr\w*)\b`),
  /\b(got|was|been|is|were) (hit|struck) by lightning\b|\b(in|into) a (\w+ )?coma\b/,
  /\b(hemorrhag\w*|snake ?bite|(bit|bitten) by a (\w+ )?(snake|rattler)|rattlesnake|hypothermi\w*|heat ?stroke|stopped sweating)\b/,
  rx(String.raw`\b(cant|cannot) feel ${HIS} (legs|arms|face|body|fingers|toes|hands?|feet|foot)\b|\bcant move ${HIS} (neck|legs|body)\b`),
];

const PREGNANCY_AND_BABIES: readonly RegExp[] = [
  allOf(String.raw`\b(pregnant|weeks along|([2-3]\d|4[0-2]) weeks (and|with|now))\b`, String.raw`\b(bleeding|seeing spots|(seeing |sees )?flashing lights|blurr\w* vision|severe|sharp pain|horrible headache|bad headache|pounding headache|severe headache|swollen face|face (is )?(swollen|swelling)|baby (stopped|is not|not) moving|faint|seizure|(pain|cramps?|cramping) (is )?(horrible|terrible|constant|unbearable|really bad|so bad|severe))\b`),
  /\b(having the baby (now|right now|here|in the car)|baby is coming( now| out)?|baby coming (now|out|right now|fast)|crowning|(see|feel) the (head|cord)|bab(y|ys|ies) (\w+ ){0,2}(head|feet|foot|cord) (is |are )?(coming out|out|showing)|cord is (out|coming|hanging))\b/,
  allOf(String.raw`\b(labou?r|contractions)\b`, String.raw`\b((cant|wont|not going to|will not|never) make it|pushing|need to push|coming (now|fast|out))\b`),
  allOf(String.raw`\bwater broke\b`, String.raw`\b(blood|cord|green|brown|bleeding|([12]\d|3[0-3]) weeks)\b`),
  /\b(no|has not had a|without a|not one) wet diapers?\b|\b(soft spot|fontanel\w*) (is )?sunken\b/,
  allOf(String.raw`\b(baby|infant|newborn|\d+ (days?|weeks?|months?) old)\b`, String.raw`\b(has not (peed|urinated|had a wet)|no (pee|urine)|(so|very|really|too|extremely|unusually) (sleepy|lethargic|drowsy)|limp|floppy)\b`),
  allOf(String.raw`\b(newborn|infant|([1-9]|1[0-2]|one|two|three) weeks? old|(1|2|one|two) months? old|(\d{1,2}|one|two|three|four|five|six|seven|ten|a few) days? old|born (last week|yesterday|this week|\d+ (days|weeks) ago))\b`, String.raw`\b(fever|temp|temperature|(really|very|so) hot|burning up|feels hot)\b`),
];

const FEVER_AND_SUGAR: readonly RegExp[] = [
  /\b(fever|temp|temperature)( is| of| at| was| reads| says| hit| reached| up to)* (10[4-9]|11\d)\b/,
  allOf(String.raw`\b(blood pressure|bp) (is |was )?(really |very |so |super |dangerously )?(low|dropping|crashing|tanking)\b`, String.raw`\b(fever|temp|temperature|infection|chills)\b`),
  allOf(String.raw`\b(chemo\w*|transplant|cancer treatment|neutropeni\w*)\b`, String.raw`\b(fever|temp|temperature|chills)\b`),
  allOf(String.raw`\bstiff neck\b`, String.raw`\b(fever|confused|rash|headache|vomit\w*|throwing up|light)\b`),
  /\brash (that )?(wont|does not|is not) (fade|go away when|blanch)|\bnon ?blanching\b|\brash (\w+ ){0,3}(like |looks like )?(bruises|bruising)\b|\bbruise ?like rash\b|\b(purple|tiny red) (rash|spots|dots)\b|\bpetechia\w*/,
  allOf(String.raw`\b(fever|temp|temperature)\b`, String.raw`\b(confused|delirious|${DELIRIUM}|not making (any )?sense|talking nonsense|wont wake|hard to wake|limp|floppy|lethargic|unresponsive|trouble staying awake)\b`),
  allOf(String.raw`\b(sugar|glucose|bg|reading|meter)\b`, String.raw`\b([1-4]\d|hi|lo)\b`, String.raw`\b(confused|shaky|shaking|sweaty|sweating|dizzy|not making sense|wont wake|passed out|passing out|unresponsive|breathing fast|cant)\b`),
  allOf(String.raw`\b(sugar|glucose|diabetic)\b`, String.raw`\b(confused|wont wake|not making sense|unresponsive|passed out|sweaty and|sweating|acting drunk|shaking|shaky|slurring)\b`),
  /\b(severe|extreme|worst|crushing|sudden terrible|terrible sudden|excruciating|unbearable) (head ?ache|pain in (my|his|her) (chest|stomach|belly|abdomen)|chest pain|stomach pain|abdominal pain|belly pain)\b|\b(belly|stomach|abdomen) (is )?(hard as a rock|rigid)\b/,
];

/** Spanish, the second language of many members. */
const SPANISH: readonly RegExp[] = [
  allOf(String.raw`\b(golpe\w*|pego|cayo|caida)\b`, String.raw`\bcabeza\b`, String.raw`\b(vomit\w*|no (se )?despierta|confundid[oa]|sangr\w*|desmay\w*|no responde)\b`),
  allOf(String.raw`\b((\d|un|una|dos|tres|cuatro|cinco|seis) (semanas?|dias)( de nacid[oa])?|recien nacid[oa])\b`, String.raw`\b(fiebre|temperatura|calentura)\b`),
  /\b(no (esta )?respira(ndo)?|dejo de respirar|no (puede|puedo) respirar|dolor (\w+ ){0,3}(en el|de|del) pecho|infarto|ataque (al corazon|cardiaco)|derrame( cerebral)?|convulsion\w*|inconsciente|no responde|se desmayo|desmayad[oa]|desangr\w*|sobredosis|(me )?quiero morir|no quiero vivir|matar(me|se|te)|(me|se|te) (quiero|quiere|quieres|voy a|va a) matar|tiene (una |un )?(pistola|arma|cuchillo)|se cayo (de|del|por) (\w+ ){0,2}(ventana|techo|escalera\w*|balcon|piso|arbol)|suicid\w*|quitarme la vida|sangrando mucho|mucha sangre|se (esta )?ahogando|se ahog(a|o)|ahogandose|no (se )?despierta|cara (caida|torcida|chueca)|no puede hablar|dolor de cabeza (terrible|horrible|muy fuerte)|(no puedo|no puede) ver|se (esta )?muriendo|se muere|no (se )?puede (mover|moverse|levantar\w*|caminar|respirar)|(me|le) duele (mucho )?el pecho|(le )?disparo a|balazo|apunalad\w*|acuchill\w*|no se mueve|no reacciona|(se )?(tomo|trago|comio|bebio) (\w+ ){0,3}(pastillas|pildoras|medicina|veneno|cloro|bateria|pilas?|imanes|iman|moneda|quimicos?)|ganas de morir|(me|la|lo|le|nos) (esta |estan )?(golpeando|pegando|golpea|pega|ahorcando|amenazando)|sangre en la cabeza|sangrando de la cabeza|(cerrando|cierra|hinchando) la garganta|garganta (se )?(esta )?(cerrando|hinchando)|reaccion alergica (fuerte|grave|severa)|ambulancia)\b/,
];

const SAYS_SO: readonly RegExp[] = [
  rx(String.raw`\b${PERSON} ${BE}(dying|going to die|gonna die)\b|\b(life threatening|lifethreatening)\b`),
  /\b(man|person|someone|officer|worker|guy) down(?= \.|$)|\b(i think|i believe|might be|may be|looks|seems|is he|is she) (\w+ ){0,2}dead\b/,
  allOf(String.raw`\b(going to|gonna|will|about to|ready to) do it\b`, String.raw`\b(pills|gun|rope|knife|razor|bridge|ledge|noose)\b`),
  /\b(call(ing)? 911|(need|send|call|get) an ambulance(?! (ride|rides|transport|transfer|bill|service|company|cost))|need help now)\b/,
];

export const DANGER_PATTERNS: readonly RegExp[] = [
  ...BREATHING,
  ...HEART,
  ...STROKE,
  ...CONSCIOUSNESS,
  ...POISONING,
  ...SELF_HARM,
  ...VIOLENCE,
  ...BLEEDING_AND_INJURY,
  ...PREGNANCY_AND_BABIES,
  ...FEVER_AND_SUGAR,
  ...SPANISH,
  ...SAYS_SO,
];

/**
 * Softer signs that something may be wrong. Alone they are everyday words; with the model's
 * judgement that a message reads like its emergency examples, they are enough to call 911,
 * unless the member says it is mild.
 */
export const SOFT_SIGNS =
  /\b(confus\w*|sweaty|sweating|clammy|pale|dizzy|lightheaded|shaking|shaky|trembling|blue|gr[ae]y|limp|floppy|sleepy|drowsy|lethargic|vomit\w*|throwing up|bleeding|blood|swelling|swollen|hives|fell(?! asleep)|fallen|pain|hurts?|hurting|help|scared|emergency|urgent|911|weak|numb|faint\w*|wont (eat|drink|wake|stop|respond)|cant (stand|walk|talk|see(?! (her|his|my|their|the|your|our|it|them)\b)|move|stop|wake)|breath\w*|chok\w*|gasp\w*|wheez\w*|seiz\w*|unresponsive|pills|swallowed|drank|overdos\w*|die|dying|kill\w*|gun|knife)\b/;

/** The member says it is mild: the model's resemblance alone is then not enough. */
export const MILD =
  /\b(a little|a bit|slightly|mild(ly)?|minor|scrap(ed|e|es)|bruis\w*|small|tiny|only a|just a|too much|sprain\w*|twist\w*|stubbed|ankle|wrist|knee|toe|elbow|fingers?|stomach bug|since (starting|taking|(i|he|she|they|we) (started|began|switched|moved))|(can|could|should) (we|i) (check|test)|cried (right away|immediately|for a (minute|bit|second|moment))|(is|are|now) (watching|playing|laughing|smiling|running around|talking normally)|side effects?|hiccups|fussy|teething|colic\w*|keeping \w+ down|still playing|(but|still|is) (drinking|eating|nursing|feeding)( \w+)?( (fine|well|ok|okay|normally))?|urgent care|(acting|playing|behaving|eating|sleeping) (totally |completely |perfectly )?(normal(ly)?|fine|happily|like (himself|herself|usual))|(is|am|are|seems|feel|feels|feeling|looks) (fine|ok|okay|better|normal)|lol|haha|lmao|is (that|it|this) (ok|okay|normal|bad|safe)|should i (worry|be worried)|pulled (a |something|my |\w+ )?(muscle|something)|(has |it )?stopped bleeding|bleeding (has )?stopped|stitches|(after|from) (donating|giving|having) blood|(after|from) (the|a|her|his|my) (shot|vaccine|vaccination|blood draw)|telehealth|video (visit|call|appointment)|(can|could|should) (we|i|he|she) (see|visit|go to) (the|a|an|my|his|her|our) (\w+ )?(doctor|orthodontist|dentist|pediatrician|specialist|gp|pcp|clinic)|braces|orthodontist|dentist|virtual visit)\b/;

/** Misspellings and contractions, so each danger pattern needs only one spelling. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan ?not\b/g, 'cant'],
  [/\b(no|not) (can|could)\b/g, 'cant'],
  [/\bwill not\b/g, 'wont'],
  [/\b(is|are|was|were|does|do|did|has|have|had)nt\b/g, '$1 not'],
  [/\baint\b/g, 'is not'],
  [/\bhes\b/g, 'he is'],
  [/\bshes\b/g, 'she is'],
  [/\btheyre\b/g, 'they are'],
  [/\bim\b/g, 'i am'],
  [/\brn\b/g, 'right now'],
  [/\b(pls|plz|plez)\b/g, 'please'],
  [/\br\b/g, 'are'],
  [/\bu\b/g, 'you'],
  [/\bn\b/g, 'and'],
  [/\bbf\b/g, 'boyfriend'],
  [/\bgf\b/g, 'girlfriend'],
  [/\bhubby\b/g, 'husband'],
  [/\bkms\b/g, 'kill myself'],
  [/\bkil\b/g, 'kill'],
  // "now and then" is not "now": the clause reader splits at "now".
  [/\b(every )?now and then\b/g, 'occasionally'],
  [/\b(my|him|her|them) self\b/g, '$1self'],
  [/\bbreth\b/g, 'breath'],
  [/\b(breating|brething|breathng|breahting|breathin)\b/g, 'breathing'],
  [/\b(unconcious|unconsious|unconscous|unconcsious|unconsous|unconsience|unconscience)\b/g, 'unconscious'],
  [/\b(concious|consious)\b/g, 'conscious'],
  [/\b(unresposive|unresponive|unrespnsive|unresponsve)\b/g, 'unresponsive'],
  [/\b(seizer|seizers|siezure|siezures|seazure|sezure|seisure|ceasure|ceizure|seizur)\b/g, 'seizure'],
  [/\b(siezing|seazing)\b/g, 'seizing'],
  [/\b(chocking|choaking|chokeing)\b/g, 'choking'],
  [/\b(colapsed|collasped|collaped|colapse)\b/g, 'collapsed'],
  [/\b(heart ?attach|hart attack|heartattack|heart atack)\b/g, 'heart attack'],
  [/\ba (stoke|stroak|strok)\b/g, 'a stroke'],
  [/\b(sucidal|suicdal|suisidal|sucide|suicde|suiside)\b/g, 'suicidal'],
  [/\b(overdossed|overdoesed|over dosed|overdoes)\b/g, 'overdosed'],
  [/\b(bleding|bleedin|bleading)\b/g, 'bleeding'],
  [/\b(swollowed|swalloed|swallowd)\b/g, 'swallowed'],
  [/\b(alergic|allergec|alergec)\b/g, 'allergic'],
  [/\b(drownding|drowing|drownin)\b/g, 'drowning'],
  [/\b(poisen|poision|posion)\b/g, 'poison'],
  [/\b(fentynal|fentanil|fentenyl|fentanal)\b/g, 'fentanyl'],
  [/\b(ambulence|ambulanse|ambulane)\b/g, 'ambulance'],
  [/\bpian\b/g, 'pain'],
  [/\b(is|are) bleed\b/g, '$1 bleeding'],
  // "he'll kill me" loses its apostrophe: "hell kill me".
  [/\b(he|she)ll (kill|hurt|shoot|stab|die|do|jump|end)\b/g, '$1 will $2'],
  [/\btheyll\b/g, 'they will'],
  [/\b(the )?attack (of|in) (the )?heart\b/g, 'heart attack'],
];

export function prepareForDanger(folded: string): string {
  // Sentence marks become " . " so that clauses can be told apart; a decimal point stays.
  let text = folded
    .replace(/'/g, '')
    .replace(/[,;:!?]|\.(?!\d)/g, ' . ')
    .replace(/[^a-z0-9.\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of SPELLINGS) text = text.replace(pattern, replacement);
  return text;
}
