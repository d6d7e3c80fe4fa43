/**
 * What is said but not meant, beyond the harmless sayings (harmlessSayings.ts): a thing in trouble, a
 * plan service named "emergency", a pet's trouble, drama laughed at, a sleeper with a reason to sleep.
 */

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
