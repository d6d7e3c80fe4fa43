/**
 * Signs of a life-threatening situation, matched on text prepared by `prepareForDanger` (lower case,
 * no accents or apostrophes, "can not" → "cant", "isn't" → "is not", "he's" → "he is", common misspellings
 * fixed). Written as structures (a danger word near a body part, a person, an amount) rather than
 * exact phrases, so the many ways a frightened member types the same thing all reach 911. One module
 * per kind of danger.
 */
import { ALLERGY } from './allergy';
import { BLEEDING } from './bleeding';
import { BREATHING } from './breathing';
import { CONSCIOUSNESS } from './consciousness';
import { ENVIRONMENT } from './environment';
import { FEVER_AND_SUGAR } from './feverAndSugar';
import { HEART } from './heart';
import { INJURY } from './injury';
import { POISONING } from './poisoning';
import { PREGNANCY_AND_BABIES } from './pregnancyAndBabies';
import { SAYS_SO } from './saysSo';
import { SELF_HARM } from './selfHarm';
import { SPANISH } from './spanish';
import { STROKE } from './stroke';
import { VIOLENCE } from './violence';

export { signOfTrouble } from './modelSignal';
export { prepareForDanger } from './prepare';
export { CHILD, MEDICINE_KINDS } from './shared';

export const DANGER_PATTERNS: readonly RegExp[] = [
  ...BREATHING,
  ...HEART,
  ...STROKE,
  ...CONSCIOUSNESS,
  ...POISONING,
  ...SELF_HARM,
  ...VIOLENCE,
  ...BLEEDING,
  ...ALLERGY,
  ...INJURY,
  ...ENVIRONMENT,
  ...PREGNANCY_AND_BABIES,
  ...FEVER_AND_SUGAR,
  ...SPANISH,
  ...SAYS_SO,
];

/** The same without the swallowing patterns: for a message that says nothing was swallowed ("licked a battery but didn't swallow it"). */
export const DANGER_PATTERNS_BUT_SWALLOWING: readonly RegExp[] = DANGER_PATTERNS.filter((pattern) => !POISONING.includes(pattern));
