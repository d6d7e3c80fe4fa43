import { FOUND_HARMLESS, PLEA, presentNow, RECENT } from './context';
import { SWALLOWED } from './medicines';

/**
 * A danger that is over, seen to or being followed up, beside a question: the story behind the
 * question, unless a clause tells a danger now.
 */

/**
 * Where one part of a message can be about the past and another about now; "but" stays with its
 * clause. After an instruction's condition ("call 911 if swallowed"), "and my son ..." is a report;
 * so is "and my husband ..." or "because my wife ..." after a plan question ("my prior auth got denied
 * and my husband is on the floor jerking").
 */
export const CLAUSE_BREAK = / \. |\b(?=(?:and|because|becuase|cause|bc|also|oh and|meanwhile) (?:now )?(?:my|our) (?:husband|wife|son|daughter|mom|dad|mother|father|friend|boyfriend|girlfriend|partner|baby|kid|child|brother|sister|grandma|grandpa|roommate|neighbor|toddler|teen|uncle|aunt|cousin|fiance|fiancee|grandson|granddaughter|niece|nephew)\b)|\b(?=(?:while|as) i was typing\b)|\b(?=(?:wait|ps|oh|also) (?:i think |theres |there is |now )?(?:my|our|he|she|theres|there is|i am|im)\b)|(?<=\b(?:call 911|go to the (?:er|emergency room|hospital)) (?:if|when|for) .*)\b(?=and (?:now |right now )?(?:my|our|his|her|he|she|they|i|we)\b)|\b(?=(?:also sorry|sorry one more thing|one more thing|btw|by the way|hold on|oh also|nevermind that|never mind that)\b)|\b(?=(?:but|however|though|although)\b)|(?<!\b(?:away|died|passed|lost|ended|stopped) )\b(?=(?:suddenly|all of a sudden|out of nowhere)\b)|\b(?:and now|now|then|tonight|(?:right )?this (?:very )?(?:minute|moment)|as we speak|and (?:today|this (?:morning|afternoon|evening)))\b/;

/** A clause set against what came before, or a new turn ("she looks fine but she swallowed a battery", "also, she just fell"). */
const TOLD_AGAINST = /^ ?(but|however|though|although|also|wait|btw|actually|hold on|sorry|oh|nevermind that|never mind that)\b/;

/**
 * The danger is over or passing: the person is fine or home again ("he's okay", "fine now", "we put
 * it out"), a medicine helped, or it goes away on its own ("like sore muscles", "comes and goes").
 */
const PASSED = new RegExp(
  String.raw`\b(${[
    String.raw`(but|and) (he|she|they|it|i|we|the baby) (was|were) (totally |completely |perfectly )?(fine|ok|okay|breathing( fine| normally)?)`,
    String.raw`(seizures?|attacks|episodes|it) (have |has )?stopped (on|with|since|after)`,
    String.raw`(is|are) (awake and (talking|alert)|alert and talking)`,
    String.raw`refused (transport|the ambulance|to go)`,
    String.raw`per (protocol|schedule|routine)`,
    String.raw`nothing (happened|is wrong)`,
    String.raw`no injuries|(nobody|no one) (was |got )?injured`,
    String.raw`cleared after`,
    String.raw`(has|have|she has|he has|shes|hes) been (totally |completely )?(fine|ok|okay|normal) (all|since|for)`,
    String.raw`(it|the \w+) came out`,
    String.raw`(was|were|got|been|is) stabilized`,
    String.raw`treated and released`,
    String.raw`(was not|wasnt|not) hurt`,
    String.raw`(walking|talking|breathing|playing) (totally |completely )?(fine|normally|ok|okay)`,
    String.raw`then (totally |completely )?(fine|ok|okay)`,
    String.raw`(its|it is|has|is) healed`,
    String.raw`(inhaler|medicine|medication|it|that|the \w+) (helped|worked|works|helps|fixed it)`,
    String.raw`(eating|feeding|nursing|drinking|eats|feeds|drinks|nurses) (great|well|fine|normally)`,
    String.raw`gaining weight`,
    String.raw`(it|that|the feeling|the dizziness) passed(?= \.| *$)`,
    String.raw`(fine|ok|okay|better) after (sitting|lying|resting|drinking|eating|a (snack|rest|drink))`,
    String.raw`(inhaler|medicine|medication|pill|shot|vaccine|it) (makes|made|gives|gave) (me|my|him|his|her)`,
    String.raw`(?<!\b(says|said|insists|insisted|claims|claimed|keeps saying) ((he|she|they|i|we|it|everyone|mom|dad|son|daughter|baby) )?)(is|are|am|seems?|looks?|feels?|feeling|came out|turned out|is doing)( totally| completely| perfectly| all| now| ok| doing| much| a lot| way| so much)? ?(fine|ok|okay|better|alright|all right|stable|well|home(?! alone| with (the|my|both|our|\w+) kids)|recovering)`,
    String.raw`its (totally |all )?(fine|ok|okay|better|over)`,
    String.raw`(is|was|got|been|am|are|were) (\w+ )?cleared (to|for|by)`,
    String.raw`(fever|temp|temperature|it)( of \d+( \d)?)? (came|went|has come|has gone|is coming|is going) down`,
    String.raw`(the |his |her )?fever (broke|is gone)`,
    String.raw`(currently |still |now )?recovering (from|after)`,
    String.raw`(se )?(esta )?recuper(ando|a) (de|del|despues)`,
    String.raw`(?<=^ *|\. +)(all |totally )?(fine|ok|okay|better|all good) now`,
    String.raw`back to (normal|(my|his|her|their) (normal|old|usual) self)`,
    String.raw`\b(fine|ok|okay|better|all good) now(?=( \.)* *$)`,
    String.raw`(is|are|was|were) (back )?home( now)?`,
    String.raw`(is|are) healing( well| fine| nicely)?`,
    String.raw`(we|i|they|he|she) put (it|the fire) out`,
    String.raw`put (a|the) (lid|towel|blanket) on it`,
    String.raw`(nobody|no one) (was |got )?hurt`,
    String.raw`(it|its|the bleeding|bleeding) (has |finally |eventually )?stopped`,
    String.raw`\b(and|then) (it )?stopped\b(?! (breathing|moving|responding))`,
    String.raw`(acting|playing|behaving) (totally |completely |perfectly )?(normal(ly)?|fine|like (himself|herself|themselves|usual))`,
    String.raw`stopped crying`,
    String.raw`turned out (to be|it was|that|fine|ok|okay|not)`,
    String.raw`(goes|went) away (on its own|by itself|after|in (a few|\d+|a couple))`,
    String.raw`(it|that|the attack|the episode) passed (right away|quickly|in|after) (a few|\d+|a couple|a minute|a moment)`,
    String.raw`comes and goes`,
    String.raw`(he|she|they) (lived|survived|made it|pulled through)`,
    String.raw`(is|are|am) (totally |completely |back to )?normal now`,
    String.raw`(its|it is|it was|that it was) (just |only )?(minor|nothing serious|not serious)`,
    String.raw`(did|ran|took|done) (a |an |some )?(ct|x ?rays?|scan|mri|tests?|bloodwork|labs?|ekg) and (it|they|everything) (was|were|came back) (fine|normal|clear|ok|okay|negative)`,
    String.raw`(like|from|just) (sore|pulled|strained|tight) muscles?`,
    String.raw`(is |am |are )?(getting better|improving)`,
    String.raw`(everyone|everybody) (is |was )?(fine|ok|okay|alright)`,
    String.raw`(jumping|running|playing) (around |on the bed )?now`,
  ].join('|')})\b`,
);

/** Care has already taken it: "they called 911", "had to go to the er", "the xray was fine", "poison control said". */
const SEEN_TO = new RegExp(
  String.raw`\b(${[
    String.raw`(discharged|sent (him|her|them|me|us) home|kept (him|her|them|me|us) (overnight|for observation)|they removed it|(x ?ray|ct|scan|tests?|results?|bloodwork|labs?|ekg|work ?up) (was |were |came back |all )?(fine|normal|clear|ok|okay|negative)|poison control said)`,
    String.raw`(went|taken|rushed|sent|had to go|brought|ended up|was|were|got) (\w+ ){0,2}(to |in |at )?(the )?(er|emergency room|hospital|urgent care)\b`,
    String.raw`(sat|waited|spent (\w+ ){1,3}) (\w+ ){0,3}(in|at) (the )?(er|emergency room|hospital|urgent care)\b`,
    String.raw`they (called 911|kept|removed|admitted|did|gave|put|stitched|sent|made)`,
    String.raw`the (er|hospital|surgeon|doctors?|paramedics|ambulance|ems|nurses?) (made|said|billed|kept|removed|gave|did|charged|took|sent|treated)`,
    String.raw`(was|got|been) admitted`,
    String.raw`(who|that) treated (my|his|her|their|our)`,
    String.raw`(is|are|am|came|got|was|were) (back )?home (from (the )?(hospital|er|icu|rehab)|after (his|her|my|their) )`,
    String.raw`(nurses?|doctors?|team|staff|paramedics|emts|medics|surgeons?|dispatcher|firefighters) (who|that) (helped|saved|treated|cared for|took care of|looked after)`,
    String.raw`nominate|thank you card|thank (the|my|our) (nurse|doctor|team|staff|paramedics|emts)`,
    String.raw`observation`,
    String.raw`(was|were|got|been) treated (for|at)`,
    String.raw`(ambulance|paramedics|ems|medics|they|the doctor|the er|the nurse) (checked|looked at|examined|cleared) (him|her|them|me|us)`,
    String.raw`(is|are) (now )?(in|at) (rehab|the hospital|a nursing home|skilled nursing|a rehab\w*)`,
    String.raw`(paramedics|ems|emts|medics|the ambulance|staff|doctors?|nurses?) (took care of|helped|treated) (him|her|them)`,
  ].join('|')})\b`,
);

/** In care now: "my wife is in the hospital right now after a heart attack", "currently in rehab". */
const IN_CARE =
  /\b((is|am|are|currently|still|now) (\w+ ){0,2}(in|at) (the )?(hospital|icu|nicu|er|emergency room|urgent care|surgery|hospice|labor and delivery|rehab|a nursing home|skilled nursing)|hospitali[sz]ed|in surgery|(currently |still |now )?inpatient|(currently|now|regularly) (seeing|sees|in therapy with|being treated by|under the care of) (an? |the |(his|her|my|their) )?(\w+ )?(psychiatrist|therapist|counselor|psychologist|doctor|cardiologist|neurologist|specialist)|(is|are|am) being (watched|monitored|observed|kept|treated))\b/;
/** Care for the weeks after: rehab, a therapist or a specialist, a complaint, another doctor. */
const AFTERCARE =
  /\b((rehab|rehabilitation) (facility|center|program)|(physical|speech|occupational|cognitive|talk) therap\w*|(a|see a|find a|to a|list of) (\w+ ){0,3}(therapist|counselor|specialist|surgeons?|neurologist|pulmonologist|lung doctor|gi doctor|orthopedi\w*|psychiatrist|psychologist|speech therapist)|workers comp|file a (complaint|grievance)|compliment|complain (about|to)|(switch|change) (my|his|her) (pcp|doctor))\b/;

/** Every part of the message that settles it, to read what is left of a clause. */
const SETTLED_ALL = new RegExp([PASSED, SEEN_TO, IN_CARE, AFTERCARE].map((pattern) => pattern.source).join('|'), 'g');

/** Something from the story that has not passed: "now he's better but he still talks slow". */
const LINGERS = /\b(still(?! (need|have to|want|owe|pay|qualify|covered|cover|be covered|able|waiting|get))|(?<!\b(drive|work|play|swim|walk|travel|eat|info|information|forms?|billed|charged|asking|asked|asks|call|calls|me|us) )again|(is|are) getting worse|worse now|(is|are|am) now|now ((he|she|they|i|it|we) )?(is|are|am|cant|wont|has|have|keeps?)|(wife|husband|son|daughter|mom|dad|mother|father|baby|he|she|they) now (has|have|is|are|cant|wont|keeps?)|now (its|it is|theres|there is))\b/;

/** A clause in the present tense: "he still talks slow", "now he cant breathe". */
const PRESENT_TENSE = /\bjust (got|broke|fell|went|started|threw|took|swallowed|told|called|collapsed|passed|stopped|cut|hit|ate|drank)\b|\b(is|are|am|cant|wont|does not|do not|is not|are not|keeps?|still|now|has been|have been|getting|turning|going|not breathing|no pulse|cpr|unresponsive)\b|(?<!\b(was|were|been|woke up|woke) )\b(grunting|gasping|seizing|convulsing|shaking|vomiting|throwing up|soaking|wheezing|sucking in|pulling in|pouring|gushing|spurting|squirting)\b/;

/** How a message settles its danger: by care, which settles even something swallowed, or as passed or followed up. */
export interface Settlement {
  settled: boolean;
  byCare: boolean;
}

export function settlement(prepared: string): Settlement {
  const careGiven = SEEN_TO.test(prepared) || FOUND_HARMLESS.some((pattern) => pattern.test(prepared));
  const inCare = IN_CARE.test(prepared);
  // Care that has ended settles only what came before it: "just got home from the hospital and collapsed" is new.
  const passedOrFollowedUp = PASSED.test(prepared) || inCare || ((careGiven || AFTERCARE.test(prepared)) && !RECENT.test(prepared));
  const byCare = careGiven || inCare;
  return { settled: passedOrFollowedUp && !presentNow(prepared) && !PLEA.test(prepared) && !LINGERS.test(prepared), byCare };
}

/**
 * A clause of a settled message that still tells a danger now: set against the reassurance, in the
 * present tense, or something swallowed that no care has seen (a child who "seems fine" after a battery).
 */
export function toldNow(clause: string, { byCare }: Settlement): boolean {
  return TOLD_AGAINST.test(clause) || PRESENT_TENSE.test(clause.replace(SETTLED_ALL, ' . ')) || (!byCare && SWALLOWED.test(clause));
}
