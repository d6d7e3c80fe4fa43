import { replaceWordAlternatives } from '../danger/prefilter';

/**
 * What is said but not meant: sayings that borrow a danger word ("this bill is killing me"), a
 * negation, a pet's trouble, drama laughed at, a sleeper with a reason to sleep.
 */

/** Sayings that use danger words for something harmless: removed before looking for danger. */
export const HARMLESS_SAYINGS: readonly string[] = [
  String.raw`(not )?breath(e|ing)? (well |good |right |properly |great )?through (my|his|her|their|the) (\w+ )?(nose|mask|cpap|machine)`,
  String.raw`blue in the face (from |with |of )?(\w+ ){0,2}(arguing|yelling|shouting|talking|explaining|asking|calling|repeating|saying|complaining|begging)`,
  String.raw`(until|till) (i|you|we|he|she|they) (am|are|is|was|were) blue in the face`,
  String.raw`(snores?|snoring|sounds?|sounding) like (\w+ ){0,2}(choking|dying|drowning)`,
  String.raw`(my|the|our) (dog|cat|puppy|kitten|pet|bird|hamster|rabbit) (is )?(choking|not breathing|having a seizure|seizing|collapsed|ate|swallowed|drank|bleeding|poisoned)`,
  String.raw`(heat|weather|bills?|wait|hold|traffic|job|work|boss|cold|prices?|copay|deductible|this|that|snoring|noise|music|phone tree|paperwork|commute|homework|neighbors|allergies) (\w+ )?(is )?(going to|gonna|about to|trying to) (kill|be the death of) me`,
  String.raw`(swallowed|ate|drank|chewing|chewed|licked|sucking on) (some |a |a piece of |a (little )?(bit|dab|lick|taste) of |(his|her|my|their) )?((baby |loose )?tooth|(bath|pool|tub|lake|sea) ?water|toothpaste|gum|crayon|dirt|sand|play ?doh|chalk|paper|glue stick|(\w+ )?seeds?|(\w+ )?pits?)`,
  String.raw`chok\w* on (\w+ ){0,3}(prices?|bills?|premiums?|costs?|copays?|fees?|rent|debt|numbers?|words|paperwork|forms|questions|emails|letters|homework|acronyms|jargon|fine print)`,
  String.raw`unconscious of`,
  String.raw`(dizzy|out of breath|winded|lightheaded)( and (dizzy|out of breath|winded|lightheaded))? (after|from) (spinning|twirling)( around| in circles)?`,
  String.raw`(almost|nearly) (drowned|died|choked|fainted|passed out)(?=.*\b(lol|haha\w*|lmao|jk)\b)`,
  String.raw`breathing fast then slow`,
  String.raw`periodic breathing`,
  String.raw`breathing sounds (\w+ )?(snorty|stuffy|congested|snotty|nasal)`,
  String.raw`(jerk|jerks|jerking|twitch\w*|startles?) (\w+ ){0,6}(in (her|his|my|their) sleep|(fall|falls|falling|drift|drifting) asleep)((?: [\w.]+){0,6} is (that|this|it) (a )?seizures?)?`,
  String.raw`(fire|smoke) alarm (went off|going off|goes off) (bc|because|from|due to|over) (of )?(the )?(burnt|burned|my|some)? ?(toast|food|cooking|popcorn|bacon|steam)`,
  String.raw`(learn|learned|learning|teach|taught|know|knows) (how )?to (call|dial) 911`,
  String.raw`(does not|doesnt|dont|do not) want (to be on |a |any )?(life support|breathing tube|ventilator|cpr|resuscitation|feeding tube)`,
  String.raw`(?<=\b(lifeguard|training|course|class(es)?|certification|certified|cert)\b.*)drowning (rescue|prevention|safety)`,
  String.raw`drowning (rescue|prevention|safety)(?=.*\b(lifeguard|training|course|class(es)?|certification|certified|cert)\b)`,
  String.raw`(took|takes|taken|taking|take) (me|him|her|them|us) off( of)?\b`,
  String.raw`(inbox|phone|emails?|feed|notifications?|team|streak|shooting|game) (is |are |was )?on fire`,
  String.raw`on fire (today|lately|this (week|season|game)|at (work|school))`,
  String.raw`heart attack (on a plate|in a (bun|bowl|box|cup))`,
  String.raw`heart attack (burger|sandwich|fries|special|grill)`,
  String.raw`(website|site|app|portal|page|system|server|login) (is )?(\w+ )?drown`,
  String.raw`choked (my|the) (balance|account|email|claim|status|card|mail)`,
  String.raw`overdos\w* it (at|on|with|in)`,
  String.raw`(want|wants|wanted) to die (naturally|with dignity|when (its|it is) (my |his |her )?time|at home|in (her|his|my|their) (own )?(bed|home|sleep)|peacefully)`,
  String.raw`asked (me )?if i (ever )?(had thoughts|had|think|thought|have thought|have thoughts) (about|of) (suicide|killing myself|hurting myself|self harm|ending my life) (and )?i said no`,
  String.raw`(were|was) (about|going) to call 911 (when|but)`,
  String.raw`(sock|monitor|watch|app|device|alarm) (said|says|told (me|us) to) call 911`,
  String.raw`(stops?|stopping|stopped) to catch (his|her|my|their) breath`,
  String.raw`911 (dispatch\w*|operator|call center)`,
  String.raw`kill (the )?(ants|bugs|roaches|weeds|mice|rats|mosquitoes|fleas)|without poisoning (my|the) (cats?|dogs?|pets?|kids?)`,
  String.raw`(\w+ ){1,6}(is )?stuck in my head`,
  String.raw`air quality (app|index|alert|report) (says|is|shows) (the )?((wild)?fire )?smoke`,
  String.raw`(thinks|thought) (there is|theres|its) an emergency`,
  String.raw`fake (gun ?shots|blood|guns?)`,
  String.raw`(having|had|gonna have|going to have) a (stroke|heart attack|seizure|aneurysm) (trying to|reading|looking at|over|because of) (\w+ ){0,3}(bill|eob|form|explanation|letter|paperwork|this|website|app|hold)`,
  String.raw`(scared|afraid|worried) of (a|another) (heart attack|stroke) like (my|his|her) \w+ (had|did)`,
  String.raw`just a dented bumper|fender bender`,
  String.raw`(fire|active shooter|lockdown|tornado|earthquake) drills?`,
  String.raw`(dont|do not) want to (call|dial) 911 for`,
  String.raw`(thought|worried|feared|scared) (that )?(\w+ ){0,3}(was|were) having a (stroke|heart attack|seizure)(?=.*\b(but|turned out|was just|it was)\b)`,
  String.raw`fell (off|from|down) (\w+ ){0,3}(and|but) (only |just )?(sprained|twisted|bruised|scraped|stubbed|jammed)`,
  String.raw`(i am|we are) drowning (trying|in|with|under)`,
  String.raw`(keeps|kept) calling 911 (when|over|for|about|because)`,
  String.raw`(gonna|going to) kill me if i (miss|forget|am late|skip|cancel)`,
  String.raw`intrusive thoughts (about|of) (\w+ ){0,3}(stabbing|hurting|killing|harming|drowning|pushing|shooting) \w+(?=.*\b(never act|ocd)\b)`,
  String.raw`(dont|do not) want to (overdose|poison|hurt) (him|her|them|my \w+)`,
  String.raw`(dont|do not) want (my |the )?(kids|him|her|them|anyone|grandkids) (getting|to get) (poisoned|hurt|into)`,
  String.raw`(got )?the wind knocked out of (him|her|me|them)`,
  String.raw`(says|keeps saying) (\w+ ){0,3}dying every (day|night|morning)`,
  String.raw`(gonna|going to) kill me for (forgetting|being late|missing|spending|buying|not)`,
  String.raw`(burger|food|fries|pizza|meal|sandwich|menu) (is|was) a heart attack`,
  String.raw`(od|oded|odd|overdosed|overdosing|overdose) on (netflix|coffee|caffeine|sugar|candy|tv|shows?|chocolate|youtube|tiktok|video games|anime|reality tv|cookies)`,
  String.raw`(feels?|felt|is) like a hostage situation`,
  String.raw`(the )?suicide squad`,
  String.raw`die hard`,
  String.raw`killing eve`,
  String.raw`dead to me`,
  String.raw`suicide doors`,
  String.raw`(cant|can not|unable to|(has|have) trouble|(has|have) a hard time) (talk|talking|speak|speaking|hear|hearing) (on|over) the phone( well)?`,
  String.raw`not breathing a word`,
  String.raw`(passed out|blacked out|died|dying|fainted|nearly died|almost died|cant breathe) ((\w+ ){0,2}(from|of) )?(boredom|laugh\w*|embarrassment)`,
  String.raw`(i|we) (\w+ ){0,3}(passed|crashed|conked) out (at|by|around|before) (like )?\d+( ?(pm|am|oclock))?`,
  String.raw`(keep|keeps|always|often) chok\w* on (pills|food|water|liquids|drinks|(his|her|my) (food|pills|meds|medicine|vitamins))`,
  String.raw`(no|without|denies|do not have|does not have|not having|never had|not|was not|is not) (any )?(choking|a heart attack|a stroke|a seizure|chest pain|chest pressure|trouble breathing|short(ness)? of breath|out of breath|allergic reaction|reaction|suicidal|bleeding|fever|throwing up|vomiting|(thoughts|plans?|urges?) (of|about) (hurting|harming|killing|ending) (my ?self|himself|herself|themselves|(my|his|her|their) life))( (or|and|nor) (any )?(choking|a heart attack|a stroke|a seizure|chest pain|chest pressure|trouble breathing|short(ness)? of breath|out of breath|allergic reaction|reaction|suicidal|bleeding|fever|throwing up|vomiting|(thoughts|plans?|urges?) (of|about) (hurting|harming|killing|ending) (my ?self|himself|herself|themselves|(my|his|her|their) life)))*( (\w+ ){0,2}like (a |an )?(heart attack|stroke|anaphylaxis|seizure))?`,
  String.raw`i am (gonna|going to) die (if i have to|waiting|on hold|of (boredom|embarrassment|laughter|shame|old age|hunger))`,
  String.raw`(so|too) (hot|cold|bored|hungry|tired|full|cute|funny|sleepy) (\w+ ){0,2}i am dying`,
  String.raw`i am dying (in|at) (this|the) (\w+ )?(waiting room|lobby|line|queue)(?=.*\b(hours?|hrs?|minutes?|mins?|forever|waiting|wait)\b)`,
  String.raw`bleeding a (little|bit)`,
  String.raw`(a little|light|slight) bleeding`,
  String.raw`spotting`,
  String.raw`cut (my ?self|himself|herself|themselves) (a |an |some )?(slice|piece|break|slack|deal|bit)`,
  String.raw`cut (my ?self|himself|herself) (shaving|cooking|slicing|chopping|opening|on paper)`,
  String.raw`(faint\w*|pass\w* out|black\w* out|woozy|dizzy) (\w+ ){0,2}(at the sight of|when (she|he|i|they) sees?|seeing) (blood|needles?)`,
  String.raw`(take|took|taking) (\w+ )?\d+ (dollars|bucks|from (my |the )?(account|savings|checking)|and (transfer|send|put|move|deposit))`,
  String.raw`(a (little|bit)|slightly|mildly|somewhat) (more )?(short(ness)? of breath|out of breath|winded|wheezy|wheezing)`,
  String.raw`(choking|coughing|wheezing|bleeding|seizing|seizures) (a lot |much |way )?less\b`,
  String.raw`bleeding (\w+ ){0,4}(during|on|with|from) (my|her|their) (period|periods|cycle)`,
  String.raw`(said|saying|says|say) (goodbye|bye) to (her|his|my|their|the|our) (old |last |first )?(job|work|house|home|apartment|team|coworkers|colleagues|office|school|class|students|city|town|car)`,
  String.raw`dying (to|for)`,
  String.raw`to die for`,
  String.raw`(?<!chest (is )?)killing me`,
  String.raw`kills me`,
  String.raw`killing (time|it)`,
  String.raw`dying of (nerves|anticipation|boredom|laughter|embarrassment|curiosity|suspense|thirst for|cringe|jealousy|envy)`,
  String.raw`thought (i|we|he|she) (was|were) (gonna|going to) die( (\w+ ){0,3}(lol|haha\w*|lmao))?`,
  String.raw`(almost|nearly|about to) (had|have|gave me|give me|giving me) a (heart attack|stroke)`,
  String.raw`(gave|giving|give|gives) (me|us) a (heart attack|stroke|seizure|aneurysm)`,
  String.raw`chok\w* (back|up)`,
  String.raw`(phone|battery|car|laptop|computer|plants?|patience|sanity|motivation|brain cells|hope of \w+)( \w+){0,3} (is )?(dying|dead)`,
  String.raw`drowning in (\w+ ){0,2}(bills|debt|paperwork|work|emails|messages|texts|notifications|calls|laundry|homework|forms)`,
  String.raw`ambulance for my (wallet|bank account|budget|bank)`,
  String.raw`(an )?overdose of (relief|cuteness|joy|happiness|love|drama|nostalgia)`,
  String.raw`on the dance ?floor`,
  String.raw`(feel|feels|feeling) like (i am|he is|she is|we are|they are) drowning (in|with|under)`,
  String.raw`(dying|died|dies|killed|shot|stabbed|bleeding out|drowning|drowned) (\w+ ){0,2}(in|on) (the |his |her |my |that |this )?(\w+ )?(fortnite|minecraft|roblox|call of duty|cod|gta|zelda|mario|halo|apex|valorant|overwatch|video game|game|xbox|playstation|ps5|switch)`,
  String.raw`bleeding (me|us) dry`,
  String.raw`bleeding (out )?(money|cash|dollars)`,
  String.raw`on life support`,
  String.raw`jump(ed|ing)? (off|from) (the|a) (high dive|diving board|dock|swing|trampoline|couch|bed|stage|boat|pier|rope swing)`,
  String.raw`(blue|purple|green|red) from (the |a |eating |drinking )?(\w+ )?(popsicles?|candy|slushies?|markers?|paint|dye|juice|berries|blueberries|ice pops?|freezies?|lollipops?|gatorade|frosting)`,
  String.raw`(so|too) (stressed|busy|anxious|nervous|tired|full|excited) (that )?(i|he|she) (cant breathe|could die|am dying|is dying)`,
  String.raw`collapsed into (\w+ )?bed`,
  String.raw`dead tired`,
  String.raw`dying (here|over here|inside)`,
  String.raw`(gun|shooting|rifle|archery|knife|knives|hunting) (clubs?|ranges?|safety|license|permit|show|course|class|lessons?|collection|safe|locks?|case|sharpener)`,
  String.raw`(?<!(when|if) )(do|does|should|would|will) (i|we|you) (need to |have to )?call 911`,
  String.raw`(swim|swimming|golf|tennis|paddle|brush|pen|back|breast|butterfly) strokes?`,
  String.raw`stroke of (luck|genius|midnight|insight)`,
  String.raw`(company|business|market|economy|deal|startup|bank|stocks?|project|marriage|negotiations?|union|empire|government|regime|civilization|dynasty|kingdom|republic|bridge|building|tent|team|talks|defense|offense|lead) (has |had |totally |completely |just )?collapsed`,
  String.raw`(basically )?overdos\w* (on|of) (\w+ )?(sugar|candy|chocolate|netflix|tv|caffeine(?! pills)|coffee|sweets|cookies|pizza|junk food|social media|youtube|video games)`,
  String.raw`(almost|nearly) (fell|fall|tripped|slipped|choked)`,
  String.raw`(almost|nearly) (passed out|fainted) (when|at|from|after (seeing|reading|opening|looking))`,
  String.raw`(dying|terminally ill) (of|from|with) (\w+ ){0,2}(cancer|disease|dementia|als|copd|failure|old age)`,
  String.raw`(back|knees?|legs?|feet|muscles?|throat|stomach|skin|hands?|joints?|shoulders?|mouth|tongue) (is |are |was |were )?on fire`,
  String.raw`(set|sets|setting|lit|lights) (my|his|her|our|their) (mouth|tongue|throat|taste buds) on fire`,
  String.raw`(cant|can not|could not|trouble|hard to|difficulty|hard time) (swallow|swallowing) (\w+ ){0,2}(pills?|tablets?|capsules?|ones|meds|medicines?|vitamins)`,
  String.raw`(swallowed|ate|chewed) (a|one|1) (gummy |chewable |kids |childrens |prenatal )?vitamins?(?! (bottle|jar|container))`,
  String.raw`(fell|fallen|tripped|slipped) (down|off) (the )?(last |bottom )?(one|two|1|2|a few|a couple( of)?) (stairs|steps)`,
  String.raw`(do|does|did) not need (an ambulance|to call 911)`,
  String.raw`(show|series|movie|film) (called |named |titled )?(cardiac arrest|heart attack|overdose|code blue|code black)(?= (and|but|now|so|lol|haha\w*|\.)|$)`,
  String.raw`(is not|isnt|its not|it is not|this is not|not) (about|related to|because of) (\w+ ){0,1}(suicide|overdos\w*|self harm|a heart attack|a stroke|an emergency)( or anything( like that)?)?`,
  String.raw`(the )?call 911 (message|banner|thing|warning|notice|popup|pop up|box|text|screen)`,
  String.raw`(am|is|are|was|were) not (overdosing|dying|drowning|choking|bleeding|suicidal|having (a|an) (heart attack|stroke|seizure|overdose|emergency))( or anything( like that)?)?`,
  String.raw`(nobody|no one|noone|nobodys|no ones) (is )?(choking|dying|unconscious|overdosing|having (a|an) \w+)`,
  String.raw`(type|typing|typed|say|saying|said|use|using|used|write|writing) (the|that) (word|term|phrase) \w+`,
  String.raw`(says|said|say|reads) (to )?(use it|use the pen|give the shot|inject) (then|and) call 911`,
  String.raw`walking (heart attack|time bomb|stroke)`,
  String.raw`(going to|gonna) die in (this|the) (\w+ )?(waiting room|lobby|line|queue)`,
  String.raw`(played|plays|playing|sang|sings|singing|listen\w* to|blasting|hums?|humming) (the song )?(\w+ ){1,5}(by \w+|all day|on repeat|nonstop|in the car|at karaoke)`,
  String.raw`(deny|denies|denied) (any |having any )?(suicidal|(wanting|plans?|intent|urges?|thoughts) (to|of) (hurt|harm|kill|end)\w* (\w*self|my ?self|(his|her|my|their) life))( thoughts| ideation)?`,
  String.raw`(i am|we are) (safe and )?not (going to|gonna|planning to) (hurt|harm|kill) (my ?self|ourselves)`,
  String.raw`(there was|it was|there is|it is|its|that was) (no|not a) (heart attack|stroke|seizure|fire|overdose|emergency)`,
  String.raw`(heart attack|stroke|seizure|cancer|overdose) scare`,
  String.raw`no (fire|smoke)(?= (\. )?(just|it was|only))`,
  String.raw`(burnt|burned) (popcorn|toast|food|bacon|pizza) (set off|triggered|set) (off )?the (smoke |fire )?alarm`,
  String.raw`carbon monoxide (reading|level|levels|test) (was|were|is|are|came back) (zero|0|normal|fine|negative|low)`,
  String.raw`(were|was) (just )?(fireworks|firecrackers|a car backfiring)( not gun ?shots)?`,
  String.raw`(website|site|app|page|card|sign|poster|summary|label|box|sticker|magnet|flyer|handout) (\w+ ){0,2}(says|said|reads|lists) (\w+ ){0,4}(call|dial) 911(?! (if|when|for|in case)\b)`,
  String.raw`collapsed (on|onto|into) (the |my )?(couch|sofa|bed)`,
  String.raw`poisoned the (soup|food|dish|stew|chili|sauce|dinner|casserole|cake)`,
  String.raw`bleeding hearts?`,
  String.raw`(tornado|storm|air raid) (siren|warning|alarm) (went off|going off|goes off)`,
  // The word asked about, not told: what was taken is still read ("took 30 pills, is that an overdose").
  String.raw`(is|was|would) (that|this|it) (be )?(considered )?(an )?overdos\w*`,
  String.raw`(cried|laughed|sobbed) so (hard|much) (\w+ ){0,4}(i|he|she|we|they) (couldnt|could not|could barely) breathe`,
  String.raw`(call|line|phone|zoom|video|facetime|teams|chat|connection|therapist|doctor|nurse|agent|rep|representative|provider|session|appointment|visit) (\w+ ){0,2}(got|gets|was|keeps getting|kept getting|keep getting) cut off`,
  String.raw`(i|we) (got|get|keep getting|kept getting) cut off( (while|on|during|from|again|twice|mid|in the middle)|(?= \.| *$))`,
  String.raw`(knocked|knocks|knocking) out (the |our |my )?(power|electricity|internet|wifi|cable|phone lines?|lights)`,
  String.raw`(wreck|crash|accident|pileup|pile up) on (the )?(highway|freeway|interstate|road|bridge|turnpike|parkway) (made|making|had|kept|has) (me|us) (late|stuck)`,
  String.raw`(late|stuck|delayed|held up) (\w+ ){0,3}(because of|from|due to|behind|by) (a|an|the|some) (\w+ )?(wreck|crash|accident|pileup)`,
  String.raw`food poisoning`,
  String.raw`lead (poisoning|exposure|levels?|test\w*|screening)`,
  String.raw`not (like |really |exactly )?(an? )?(overdose|heart attack|stroke)`,
  String.raw`not (gonna|going to) (drown|die|choke|pass out)`,
  String.raw`choking hazards?`,
  String.raw`unconscious bias`,
  String.raw`overdos\w* (on|of) (\w+ )?(jokes|puns|memes|love|cuteness|drama|fun)`,
  String.raw`(stroke|heart|burns?|blood|death|poison) (ave|avenue|st|street|rd|road|blvd|lane|ln|drive|way|valley|creek|hill)\b`,
  String.raw`(attack|offense|defense|team|shooting|pitching|bats|game) (was|is|were|are) on fire`,
  String.raw`dying (my|his|her|their|\w+s)? ?(\w+ )?(hair|beard|eyebrows|shirt|clothes|eggs)`,
  String.raw`dying (it|them) (purple|red|blue|green|pink|black|blonde)`,
  String.raw`total collapse`,
  String.raw`collapse in the (\w+ )?(inning|half|quarter|period|round|set)`,
  String.raw`(band|song|album|team|group|show|movie|book|restaurant|bar|podcast|burger|sandwich|dish|drink|cocktail|shake|pizza|ride|roller coaster|game) (is |was )?(called|named) (\w+ ){0,3}`,
  String.raw`(got )?shot down`,
  String.raw`(told|tells|telling|asked) (me|us|him|her|them) to call 911`,
  String.raw`(said|says) (to )?call 911 for (every|any)`,
  String.raw`(dont|do not|never) want to die (of|from|in) (\w+ ){0,2}(malaria|cancer|covid|the flu|a disease|an infection|a bug|bites?|boredom|cholera|typhoid|dysentery|rabies|food poisoning)`,
  String.raw`(gonna|going to) die if (i|he|she|they|we) (dont|doesnt|does not|do not|cant|can not) (get|have|go)`,
  String.raw`(makes|made) me feel like (i am|im) (choking|drowning|suffocating)`,
  String.raw`911 (\w+ )?(st|street|ave|avenue|rd|road|blvd|dr|drive|lane|ln|way|ct|court)\b`,
  String.raw`(live|lives|living|address is|located) on (\w+ ){1,3}(rd|road|st|street|ave|avenue|blvd|boulevard|lane|ln|drive|dr|way|court|ct|pkwy)`,
  String.raw`^ *(test|testing)( test| testing| 123| 1 2 3)+( emergency)?`,
  String.raw`(card|wallet|id|papers|documents|passport|old one) (\w+ ){0,2}(burned|burnt|caught fire)( up)?( in (our |the |a )?(fire ?pit|camp ?fire|bon ?fire|fireplace))?`,
  String.raw`(going to|gonna|will) kill (my|his|her) (knees|back|feet|joints|hips|body)`,
  String.raw`(is|are) dying(?=.*\b(hospice|palliative|end of life|comfort care|terminal)\b)`,
  String.raw`(is|are) dying(?<=\b(hospice|palliative|end of life|comfort care|terminal)\b.*(is|are) dying)`,
  String.raw`(want to|wanna|gonna|going to|could|will|am going to) (kill|murder|strangle) (my|our|the) (boss|husband|wife|kids?|sister|brother|mom|dad|roommate|coworkers?|neighbou?r|teacher|cat|dog|ex)( \w+)? (lol|lmao|haha\w*)`,
  String.raw`bleeding gums`,
  String.raw`ending (it|things) with (my|his|her|the) (therapist|counselor|boyfriend|girlfriend|partner|husband|wife|doctor|job|gym|trainer)`,
  String.raw`(baby|babies|twins) (is |are )?(kicking|kicks) (\w+ )?(my|me in the|her) (ribs|bladder|belly|stomach|side|back)`,
  String.raw`(went|go|goes) under (the water )?for a (second|sec|moment)|came (back )?up (laughing|fine|coughing|crying|right away|smiling)`,
  String.raw`(a |the |his |her |my )?(rectal |forehead |ear |armpit )?(temp|temperature|reading)( of| was| is)? 9[7-9]( \.?\d)?( rectal(ly)?)?|(rectal(ly)?|rechecked|recheck) (\w+ ){0,3}9[7-9]( \.?\d)?|felt (warm|hot|sweaty) (after|from) (being )?(bundled|swaddled|wrapped|the blanket|a blanket)`,
  String.raw`(benadryl|tylenol|motrin|advil|ibuprofen|acetaminophen|claritin|zyrtec|allegra|zofran) (helped|worked|brought (it|the fever|her fever|his fever|the temp) down|took care of it)`,
  String.raw`(not|was not|is not|were not|are not|did not see) (a lot of|much|that much|very much|lots of) (blood|bleeding)`,
  String.raw`(my )?heart (stopped|skipped a beat|sank|dropped) when (i|we) (thought|saw|heard|realized|read|got|opened|found|looked)`,
  String.raw`blacked out (the|my|his|her|a|some|all) (\w+ ){0,2}(screen|window|names?|text|numbers?|info|information|parts?|page|lines?|dates?)`,
  String.raw`gums (are |keep )?bleed\w*`,
  String.raw`(seizure|fit|fits) of (laughter|giggles|rage)`,
  String.raw`unresponsive to (my |our |his |her )?(texts|calls|emails|messages|requests|treatment)`,
  String.raw`(need|want|get|send me|schedule|book) (a |an |my |the )?(appointment|appt|refill|card|id card|referral|copy|records|callback|call back) (\w+ ){0,3}right now`,
  String.raw`dying (of|from) (this |a |my |the )?(cold|flu|man flu|allergies|hangover|cramps)`,
  String.raw`(unconscious|asleep|knocked out|put under|sedated) (for|during) (the |my |a |his |her )?(colonoscopy|procedure|surgery|endoscopy|mri|operation|dental work|wisdom teeth|biopsy)`,
  String.raw`(seizure|stroke|symptom|smoke|drug|alcohol|pain) free`,
    // Not a swelling in the throat, tongue, lips or face: that is how anaphylaxis begins, however small.
  String.raw`(small|little|minor|mild|slight|tiny) ((red |pink )?swelling(?! (in|of|on|around) (the |his |her |my |their )?(throat|tongue|lips?|face|mouth|eyes?))|bump|cut|burn|rash|bleed\w*|blister)`,
  String.raw`bleeding (\w+ ){0,4}(has |had )?stopped`,
  String.raw`(?<!\b(not|never) )stopped (the )?bleeding`,
  String.raw`(poisoned|sick) (by|from) (bad |some |the |old |undercooked |raw )?(\w+ )?(food|sushi|chicken|seafood|shellfish|oysters|takeout|leftovers|eggs|meat|fish|salad)`,
  String.raw`(called|calling|dialed|dialing|calls|dials) 911 (by accident|accidentally|on (my|his|her|the) phone|for fun|as a (joke|prank|game))`,
  String.raw`(accidentally|butt|pocket) (called|dialed) 911`,
  String.raw`non ?emergency (ambulance|transport\w*|medical transport|number|line)`,
  String.raw`(ambulance|ride|van) to take (me|him|her|them|us) to (dialysis|chemo|radiation|therapy|rehab|the clinic|(my|his|her|their) (appointments?|dialysis|chemo|treatments?))`,
  String.raw`(drank|drinks|had|sipped|took a sip of) (some (of )?|a (little|bit|sip) of )?(my |his |her |the |mommys |daddys )?(coffee|tea|soda|pop|juice|milk|lemonade|smoothie|iced tea|latte)`,
  String.raw`cut (my|his|her|their) (own )?(finger|thumb|hand|palm)( \w+){0,2} (with|on) (a|the|my|his|her) (kitchen |paring |bread )?(knife|blade|razor|scissors|can|glass)( (while|when) (cooking|chopping|slicing|cutting|opening|making|carving)( \w+)?)?`,
  String.raw`(passed out|fainted|blacked out|got dizzy|felt faint) (\w+ ){0,2}(after|while|when) (giving|donating|having) blood`,
  String.raw`breathing (fast|hard|heavy|heavily) (\w+ ){0,2}(after|from|when|during) (soccer|practice|running|a run|the game|exercise|exercising|the gym|playing|sports|recess|pe|a workout|the stairs)`,
  String.raw`(stuffy|stuffed up|blocked|congested|runny) nose (\w+ ){0,3}(cant|not|hard to) breathe( well| properly)? (through|out of) (it|my nose|his nose|her nose)`,
  String.raw`(saw|seen|survived|went through|been through) (a lot of |so much |heavy |some )?(gunfire|combat|explosions)`,
  String.raw`(chest|heart|stomach|throat) (gets|got|goes|is) (tight|racing|pounding|in knots) (\w+ ){0,2}(thinking|talking|hearing|reading) about`,
  String.raw`(do|does|would|will|should) (i|he|she|we|they|you) (need|call|get) an ambulance for (a |an |my |his |her )?(broken|sprained|twisted|cut|bruised|sore|pulled)`,
  String.raw`paper cuts?( that)?( (wont|will not|does not|keeps?) (stop )?bleed\w*)?`,
  String.raw`drown(ed|ing)? (my|his|her|their|the) (phone|laptop|tablet|ipad|watch|airpods|camera|car|engine)`,
  String.raw`(he is|she is|they are|is) dying (slowly|peacefully|at home|in hospice)`,
  String.raw`(smoke|fire|co|carbon monoxide) (alarm|detector)s?(?! (is |are |keeps )?(going off|beeping|went off|sounding|chirping))`,
  String.raw`(take|takes|taking|on) \d+ (different )?(pills|meds|medications|medicines|tablets) (a|per|each|every) (day|morning|night)`,
  String.raw`having (a|an) (heart attack|stroke|aneurysm|meltdown) (over|about|because of|at|looking at|seeing|reading) (\w+ ){0,3}(prices?|bills?|costs?|copays?|premiums?|this|that|the news)`,
  String.raw`passed out (the |some |free |all the )?(flyers|papers|handouts|candy|samples|cookies|pamphlets|brochures|invitations|cards|tests|worksheets|cupcakes|snacks|programs)`,
  String.raw`knocked out (in|of) (the )?(\w+ ){0,2}(round|tournament|playoffs|competition|contest|bracket|league|cup|draft)`,
  String.raw`on fire (this|that|all|last) (season|year|week|game|month|tournament|night)`,
  String.raw`on fire (lately|at practice|in (the|her|his|their) (games?|matches|tournament|league))`,
  String.raw`(fern|plants?|garden|lawn|grass|tomatoes|flowers|basil|yard|succulents?) (is |are )?(drowning|dying|dead|on fire)`,
  String.raw`(my|the) (guy|character|avatar|sim|player|team) (in (the )?game )?(keeps )?(dying|drowning|died|drowned|getting (shot|killed)|got (shot|killed))`,
  String.raw`(wallet|bank account|account|budget|savings|pocket|bank) (is )?bleeding`,
  String.raw`(snores?|snoring) (\w+ ){0,3}(stops|pauses|quits) breathing`,
  String.raw`(stops|pauses|quits) breathing (\w+ ){0,2}(at night|in (his|her|my|their) sleep|while (he|she|i|they) (sleeps?|is sleeping)|when (he|she|i|they) sleeps?)`,
  String.raw`playing (\w+ ){0,2}(fortnite|minecraft|roblox|call of duty|cod|gta|zelda|mario|halo|apex|valorant|overwatch|video games?) (and|then|but) (\w+ ){0,3}(got |keep |kept |keeps )?(shot|killed|died|dying|drowned|drowning|stabbed|blown up)`,
  String.raw`(learned|learnt|taught (him|her|it|them)) to say (\w+ ){0,4}`,
  String.raw`(short(ness)? of breath|out of breath|winded) (when|walking|climbing|going up|after|during|on) (\w+ ){0,3}(stairs|steps|exercis\w*|running|walks?|workouts?|hills?|gym)`,
];

/** The message with those sayings set apart: `\b(saying|saying|...)\b` replaced, run over only the sayings the message could hold. */
export const withoutHarmlessSayings = replaceWordAlternatives(HARMLESS_SAYINGS, ' . ');

/**
 * A thing, not a person, in the danger words: "my printer keeps choking on paper", "my sourdough
 * starter looks dead", "my cake collapsed". Vehicles, fire and crashes are left out: those are emergencies.
 */
export const THING_IN_TROUBLE =
  /\b(my|our|the|his|her|their) (\w+ )?(printer|phone|laptop|computer|pc|tv|fridge|freezer|dishwasher|washer|dryer|vacuum|router|wifi|internet|battery|cake|bread|souffle|starter|dough|plant|plants|fern|tree|garden|lawn|grass|flowers|business|company|team|stock|stocks|portfolio|website|app|server|project|marriage|relationship|fantasy team|phone battery) (\w+ )?(keeps |is |was |has |just |looks |seems |totally |completely )*(choking|choked|dead|dying|died|collapsed|collapsing|drowning|seizing|seized up)\b/g;

/**
 * Plan services named "emergency" ("emergency contact", "emergency refill") are paperwork. A crisis
 * line is not among them: someone asking for one may be in danger, and is better shown 911.
 */
export const EMERGENCY_SERVICE = /\bemergency (?=(contacts?|dental|funds?|supply|refills?|kit|savings)\b)/g;

/**
 * An animal in trouble and no person named, nor bitten: the member is asking about a pet, and 911
 * is not for pets (a vet is).
 */
const PET = /(^|\b(my|our|the|his|her) (\w+s )?)(dog|cat|puppy|kitten|pet|bird|hamster|rabbit|bunny|parrot|horse|guinea pig|ferret|lizard|turtle) (is|was|got|has|had|just|ate|swallowed|drank|chewed|cant|wont|keeps|seems|looks|fell|collapsed)\b/;

const PERSON_NAMED = /\b(i|me|my ?self|we|us|everyone|everybody|family|baby|son|daughter|kid|child|toddler|husband|wife|partner|mom|dad|mother|father|brother|sister|grandma|grandpa|friend|boyfriend|girlfriend|bit|bitten|mauled|attacked|scratched)\b/;

/** A vet caring for the animal says the member is not asking about a person. */
const AT_THE_VET = /\b(vets?|veterinar\w*|animal hospital)\b/;

export const aboutAPet = (text: string): boolean => PET.test(text) && (!PERSON_NAMED.test(text.replace(PET, '')) || AT_THE_VET.test(text));

/**
 * Dying or an attack, said, screamed or texted, in a message that laughs at it ("keeps saying he is
 * dying from his man cold haha"): drama told by someone who saw it pass. Without the laughter the
 * claim stands. Words of wanting to die or to kill oneself always stand, laughed at or not, and
 * whatever small thing they are said over: a child's "i'll kill myself if you take my phone" gets 911
 * shown, because that sentence is cheap and a miss is not.
 */
const LAUGHS = /\b(lol|lmao|lmfao|rofl|haha\w*|hehe\w*|laugh\w*|memes?|drama( queen)?)\b/;

const DRAMATIC_CLAIM =
  /\b(say|said|says|saying|screamed|screams|screaming|yelled|yells|yelling|shouted|shouting|texted|texts|whined|whining|announced|claims|claimed|feel like|feels like|felt like) (that )?((i|he|she|they|we|you)( \w+){0,3} )?(dying|cant breathe|bleeding out|(will|gonna|going to) (drown|die)|having a (heart attack|stroke))\b( (i am|im|i) dying)*/g;

/**
 * Someone who will not wake beside an ordinary reason to sleep deeply ("lazy", "worked a double",
 * "sleeps like a rock"), or napping in a message that laughs, is asleep; unless drink or drugs are
 * named, which make it a danger again.
 */
const SOUND_ASLEEP =
  /\b(lazy|sleeps? like a (rock|log|baby)|(heavy|deep) sleeper|worked (a |an |the )?(double|night|late|long|overnight)|(first |long |night |double )shifts?|night shifts?|(stays?|stayed|staying) up (late|all night)|snoring away|sleeps? (till|until) (noon|\d+))\b/;

const SUBSTANCE = /\b(drunk|drink\w*|drank|alcohol|pills|meds|drugs?|high|overdos\w*|vodka|beer|xanax)\b/;

const NOT_WAKING = /\b((wont|cant|will not|could not|does not) wake( up)?( (him|her|them))?( up)?|passed out)\b/g;

const NAPPING = /\b(nap|naps|napping|asleep|slept)\b/;

export const withoutSleep = (text: string): string =>
  (SOUND_ASLEEP.test(text) || (LAUGHS.test(text) && NAPPING.test(text))) && !SUBSTANCE.test(text) ? text.replace(NOT_WAKING, ' . ') : text;

export const withoutHyperbole = (text: string): string => (LAUGHS.test(text) ? text.replace(DRAMATIC_CLAIM, ' . ') : text);
