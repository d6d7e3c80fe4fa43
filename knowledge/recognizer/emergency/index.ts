import { DANGER_PATTERNS, DANGER_PATTERNS_BUT_SWALLOWING, prepareForDanger, signOfTrouble } from '../danger';
import { anyPatternMatches } from '../danger/prefilter';
import { foldText } from '../normalize';
import { toldBehindPaperwork } from './afterTheFact';
import { ABSENT_SIGN, ASKS_ABOUT_CARE, BACKGROUND_EVENT, DATES_THE_CLAUSE_BEFORE, HAPPENING_NOW, HISTORY_EVENT, inContext, PLEA, pleadsNow, presentNow, RECENT, RECENT_SURGERY } from './context';
import { NAMED_FOR_DANGER, NOTHING_SWALLOWED, ONE_EXTRA_DOSE, OWN_MEDICINE, USUAL_DOSE } from './medicines';
import { withoutHarmlessSayings } from './harmlessSayings';
import { aboutAPet, EMERGENCY_SERVICE, THING_IN_TROUBLE, withoutHyperbole, withoutSleep } from './sayings';
import { CLAUSE_BREAK, settlement, toldNow } from './settled';

/**
 * Life-threatening situations, tuned for recall: a miss can cost a life, a false alarm costs a
 * sentence. Talk about a past emergency, its paperwork, or general health facts does not fire
 * ("appeal my ER bill", "I had a stroke in 2019", "signs of a stroke"), unless another part of the
 * message says something dangerous is happening now ("... claim from last month, but right now he
 * can't breathe"). The danger patterns are in `../danger/`; this folder reads what the message
 * says about them.
 */

/** Whether any danger pattern matches; only those whose words the text holds are run (the same answer, a quarter of the time). */
const dangerous = anyPatternMatches(DANGER_PATTERNS);
const dangerousUnswallowed = anyPatternMatches(DANGER_PATTERNS_BUT_SWALLOWING);

/** The message with what is not meant set aside: a condition told beside a care question, drama, sleep, sayings, usual doses. */
function setAside(told: string): string {
  const history = ASKS_ABOUT_CARE.test(told) && !PLEA.test(told) && !RECENT.test(told) && !presentNow(told) ? told.replace(HISTORY_EVENT, ' . ') : told;
  return withoutHarmlessSayings(withoutHyperbole(withoutSleep(history)))
    .replace(THING_IN_TROUBLE, ' . ')
    .replace(ABSENT_SIGN, ' . ')
    .replace(BACKGROUND_EVENT, ' . ')
    .replace(RECENT_SURGERY, ' . post op . ')
    .replace(NAMED_FOR_DANGER, '$2')
    .replace(OWN_MEDICINE, ' . ')
    .replace(USUAL_DOSE, ' . usual dose . ')
    .replace(ONE_EXTRA_DOSE, ' . ')
    .replace(EMERGENCY_SERVICE, '');
}

/**
 * `resemblesEmergency`: the recognizer's model finds the message close to its emergency examples.
 * With a sign of trouble it counts like a danger pattern, so paraphrases the patterns miss still
 * reach 911; alone it does not, because the model also finds mild symptoms ("a bad cold", "teething
 * and fussy") close to emergencies (`signOfTrouble`). `correctSpelling` mends misspelt danger words
 * (dangerSpelling.ts).
 */
export function detectEmergency(text: string, resemblesEmergency = false, correctSpelling: (text: string) => string = (same) => same): boolean {
  const told = correctSpelling(prepareForDanger(foldText(text)));
  const prepared = setAside(told).replace(DATES_THE_CLAUSE_BEFORE, ' ');
  const resembles = resemblesEmergency && signOfTrouble(prepared);
  const danger = NOTHING_SWALLOWED.test(prepared) ? dangerousUnswallowed : dangerous;
  if (!resembles && !danger(prepared)) return false;
  if (aboutAPet(told)) return false;
  const settledBy = settlement(prepared);
  // When nothing has settled it, "right now" outweighs any past or paperwork in its own sentence ("right now he cant breathe"), not a calm "she is in the garden right now" beside an old story.
  const toldRightNow = (): boolean => prepared.split(' . ').some((sentence) => HAPPENING_NOW.test(sentence) && danger(sentence));
  if (!settledBy.settled && (!inContext(prepared) || toldRightNow() || pleadsNow(told))) return true;
  const clauses = prepared.split(CLAUSE_BREAK).filter((clause) => /\w/.test(clause));
  const plain = clauses.map((clause) => !inContext(clause));
  // Two neighbouring clauses told plainly may hold one danger between them ("her face is down one side . now she cant talk").
  const pairs = settledBy.settled ? [] : clauses.slice(1).flatMap((clause, i) => (plain[i] && plain[i + 1] ? [`${clauses[i]} ${clause}`] : []));
  const plainReadings = [...clauses.filter((_, i) => plain[i]), ...pairs.filter((pair) => !inContext(pair))];
  return plainReadings.some(
    (clause) => danger(clause) && !toldBehindPaperwork(clause, prepared) && (!settledBy.settled || toldNow(clause, settledBy)),
  );
}
