/**
 * The pieces every danger pattern is built from: who a member writes about, a few words of slack
 * between the parts of a sign, and signs written as several parts found in any order.
 */

/** Someone a member writes about: themselves, family, anyone nearby. */
export const PERSON = String.raw`(i|he|she|they|we|it|baby|babies|infant|newborn|child|children|kid|kids|toddler|son|daughter|husband|wife|spouse|partner|mom|mum|mother|mama|dad|father|papa|grandma|grandmother|grandpa|grandfather|granny|brother|sister|friend|boyfriend|girlfriend|roommate|neighbor|coworker|teen|teenager|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|man|woman|guy|lady|person|patient|someone|somebody|everyone)`;
export const BE = String.raw`(is |am |are |was |were |has been |keeps |seems |looks |just )?`;
/** Any few words in between: a window, not an exact phrase. */
export const GAP = String.raw`(\w+ ){0,4}`;
export const HIS = String.raw`(my|his|her|their|the|your|our)`;

export const rx = (source: string): RegExp => new RegExp(source);
/** Every part somewhere in the message, in any order (lookaheads from the start: linear, unlike a.*b.*c). */
export const allOf = (...parts: string[]): RegExp => new RegExp(`^${parts.map((part) => `(?=.*${part})`).join('')}`);

/** A child a member writes about: the one who gets into someone else's medicine. */
export const CHILD = String.raw`(toddler|baby|son|daughter|kid|child|grandson|granddaughter)`;

/** Kinds of medicine a member names instead of a brand ("her antidepressants", "his heart pills"). */
export const MEDICINE_KINDS = String.raw`((anti ?depressants?|painkillers?|pain (pills|killers|meds)|sleeping (pills|tablets|meds)|sleep (aids?|meds)|sedatives?|muscle relaxers?|benzos?|blood thinners?|antipsychotics?|(heart|blood pressure|bp|diabetes|seizure|anxiety|thyroid) (pills|meds|medicine|medication|tablets)))`;
/** Seeing or hearing what is not there: delirium from fever, heat or a drug. */
export const DELIRIUM = String.raw`(hallucinat\w*|seeing things|(seeing|hearing|talking to) (people|things|someone|voices) (who|that) (are not|arent|is not) there)`;
