/**
 * A danger told in the present tense, whatever else the message is about: "is the ambulance
 * covered, he is barely breathing". It outweighs the past, paperwork or a general question beside
 * it, unless it is hedged before it ("if someone is choking", "worried he is choking", "watching a
 * show where someone just got shot").
 */
const DANGER_IN_THE_PRESENT_TENSE = new RegExp(
  String.raw`\b(${[
    // Not the question's own verb: "is choking always an emergency", "how common is choking".
    String.raw`(?<!(^|\. |\b(how \w+|why|when|where|what|which) ))(is|are|am) (still |now |currently |really |just )?(barely breathing|struggling to breathe|gasping|turning (blue|gray|grey|purple)|trapped|pinned|choking(?! (rescue|hazards?|first aid|class|classes|training|prevention))|seizing|unconscious|unresponsive|not (moving|mving|responding|waking up))`,
    String.raw`(?<!\blike (i |he |she |they |we )?)(cant|can barely) (breathe|wake (him|her|them|me)( up)?)`,
    String.raw`smoke (is )?(pouring|filling|billowing)|alarm is going off|bent over holding (his|her|my) chest|(cant|can not) (catch|get) (her|his|my) breath|(face|mouth) (just )?started drooping|cant lift (his|her|my) (right|left) arm`,
    String.raw`throat is (still )?closing|(lips|eyes|face) (and (his |her )?\w+ )?(are |is )?swelling up|(has not|hasnt) come (back )?up|sitting in (my|the|his|her) car with the engine running`,
    String.raw`just (got shot|got stabbed|broke into|went under|threw up blood|swallowed|drank|ate|took all|overdosed|oded|collapsed|passed out|fainted|stopped breathing|started (choking|seizing|bleeding|drooping))|(started|having) another (one|seizure)( without waking)?`,
    String.raw`(throwing up|vomiting) (over and over|nonstop|non stop|again and again)|(is|are) talking gibberish|(face|mouth) is (crooked|drooping|droopy)|(is|are) (\w+ )?(gray|grey|blue|pale) and (sweaty|clammy|sweating)|elephant (is )?sitting on (my|his|her) chest`,
    String.raw`(swallowed|took|ate|drank) (\w+ ){0,6}(an|one|two|\d+) (hour|hours|minutes|mins) ago`,
    String.raw`(is|are) now (pale|floppy|limp|blue|gr[ae]y|unresponsive|confused|wheezing)|(is|are) (holding|waving|pointing) (a|his|her|the|my) (\w+ )?(knife|gun|rifle|pistol|machete|shotgun)|(is|am) about to (black out|pass out|faint|collapse)|barely (awake|conscious|responsive|breathing)|getting (more and more|really|very|so) (drowsy|sleepy|confused|hard to wake)`,
    String.raw`cant feel ((the |my |his |her )?(left|right) (side|arm|leg)|(his|her|my) (legs|arms))`,
    String.raw`(theres|there is) blood everywhere|blood (is )?(pouring|gushing)`,
    String.raw`keep (blacking out|passing out|fainting|collapsing)`,
    String.raw`(lips|tongue|throat|face)( and (his |her |my )?(lips|tongue|throat|face))? (are|is) (swelling|closing)`,
    String.raw`(?<!\b(was|were|wasnt|werent) )(not breathing|no pulse)`,
    String.raw`(is|are|am) (still )?(lying |laying )?on the (\w+ )?(floor|ground) (\w+ ){0,2}(not (waking|moving|breathing|responding)|wont (wake|move|respond)|cant (get up|move|breathe|wake)|unresponsive|unconscious)`,
    String.raw`(?<!\b(when|while|whenever|like|if) )(i am|he is|she is|they are|we are) (still |now |currently |really )?having (a |an )?(crushing |severe |bad |terrible )?(chest pain|trouble breathing|heart attack|stroke|seizure|allergic reaction|anaphylaxis)`,
    String.raw`(is|are|am) (now )?(in|going into) (anaphylaxis|anaphylactic shock|cardiac arrest|respiratory distress)`,
    String.raw`(feel|feels|feeling) like (i am|he is|she is) (going to|gonna|about to) (pass out|faint|black out|collapse)`,
    String.raw`(took|swallowed|ate) (\d\d+|a whole bottle|the whole bottle|all) (\w+ ){0,4}(and|now) (i|he|she) (feel|feels|is|am) (weird|sick|dizzy|strange|funny|sleepy|drowsy|out of it)`,
    String.raw`(gun|pistol|rifle|shotgun) (is )?loaded|(pills|meds|tablets) in my hand|(going to|gonna|about to) (do it|end it|take them( all)?|kill myself) tonight|(im|i am) taking them (all )?(tonight|now)`,
    String.raw`bone (is )?(sticking|poking) (out|through)|(its|it is|he is|she is|is) (still )?bleeding (so much|a lot|alot|everywhere|badly|heavily|really bad)`,
    String.raw`already (took|swallowed) (all|the whole|a whole)`,
    String.raw`(and|he|she|they|who) (still )?(wont|will not) (wake|respond)(?!( up)? (for|to go|in time|on time|early|until|till)\b)`,
    String.raw`(i am|im|he is|she is) (sweating|drenched|clammy|soaked in sweat) (and|through|buckets)`,
    String.raw`(bp|blood pressure) (\w+ )?(machine|cuff|monitor) (says|reads|shows|is) (2\d\d|1[89]\d)`,
    String.raw`(has|have) been (going|going on|seizing|shaking|jerking|convulsing|fitting) (for )?(over |more than |about |almost |nearly )?(\d+|five|six|seven|eight|nine|ten|fifteen|twenty) (minutes|mins)`,
  ].join('|')})\b`,
  'g',
);
const HEDGED_BEFORE =
  /\b(if|whether|in case|scared|afraid|worried|paranoid|wonder|wondering|when (someone|somebody|a person|anyone|people|a child|a baby|a kid)|watching|movie(?! theat)|show|episode|on tv|video game)\b/;

/** Feeling like dying, except in the words of a panic attack. */
const FEELS_LIKE_DYING = /\bfeel like (i am|im) dying\b/;
const PANIC = /\b(panic|anxiety)\b/;

/**
 * Where the report the danger is in begins: a new sentence, "and now", or "and my" or "because my" someone. A hedge
 * before it is about something else ("call 911 if a seizure lasts over 5 minutes and my daughter's
 * has been going for 8").
 */
const REPORT_START = /^.*(\. |\b(and|but|because|becuase|bc|cause) (now|right now|my \w+)\b)/;

const hedgedBefore = (text: string, at: number): boolean => HEDGED_BEFORE.test(text.slice(0, at).replace(REPORT_START, ''));

export function dangerToldInPresentTense(text: string): boolean {
  for (const match of text.matchAll(DANGER_IN_THE_PRESENT_TENSE)) if (!hedgedBefore(text, match.index)) return true;
  const dying = FEELS_LIKE_DYING.exec(text);
  return dying !== null && !PANIC.test(text) && !hedgedBefore(text, dying.index);
}
