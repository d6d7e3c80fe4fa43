import { allOf, DELIRIUM } from './shared';

/** Fever with danger signs, blood sugar far off, dehydration, a sudden terrible pain. */
export const FEVER_AND_SUGAR: readonly RegExp[] = [
  allOf(String.raw`\binsulin\b`, String.raw`\b(twice|double|extra|too much|wrong one|wrong insulin)\b`, String.raw`\b(clammy|confused|shaky|sweaty|sweating|wont wake|passed out|slurr\w*|unresponsive|not making sense)\b`),
  allOf(String.raw`\b(skin|leg|arm|wound|bite|area|foot|hand|cut) (\w+ ){0,4}(turning|turned|is|going) (dark )?(purple|black)\b`, String.raw`\b(spreading|insane|worst|fever|dizzy|sick|chills|shaking)\b`),
  allOf(String.raw`\b(infected|infection)\b`, String.raw`\b(chills|shaking|rigors|shivering)\b`, String.raw`\b(fever|10[3-6]|racing|confused|throwing up|vomit\w*)\b`),
  allOf(String.raw`\b(belly|abdomen|stomach|side) pain|\bpain (\w+ ){0,3}(belly|abdomen|stomach|side)\b`, String.raw`\b(cant (stand|walk|move)( up)?|spread (across|to|over) (my|his|her) (whole )?(belly|stomach|abdomen)|rigid|hard as a board)\b`, String.raw`\b(fever|10[0-5]|vomit\w*|throwing up)\b`),
  allOf(String.raw`\b(not knowing|doesnt know|does not know|didnt know|did not know) where (she|he|i) (is|am|was)\b|\bseeing (people|things) (who|that) (arent|are not|werent) there\b`, String.raw`\b(hot to (the )?touch|fever|burning up|10[0-5]|heart racing)\b`),
  // A rash that does not fade under a pressed glass: meningitis until shown otherwise.
  /\b(rash|spots|marks|bruises) (\w+ ){0,8}(dont|do not|doesnt|does not|wont|will not) (fade|go away|disappear|turn white) (when|under|with)\b/,
  allOf(String.raw`\b(vomit\w*|throwing up|diarrhea)\b`, String.raw`\b((has not|not) (peed|urinated)|no (pee|urine)|lethargic|(super|very|extremely) (sleepy|drowsy))\b`),
  /\b(fever|temp|temperature)( is| of| at| was| reads| says| hit| reached| up to)* (10[4-9]|11\d|4[0-2](\.\d)?)\b/,
  allOf(String.raw`\b(blood pressure|bp) (is |was )?(really |very |so |super |dangerously )?(low|dropping|crashing|tanking)\b`, String.raw`\b(fever|temp|temperature|infection|chills)\b`),
  allOf(String.raw`\b(blood pressure|bp) (is |of |at |was |reads |says |down to |dropped to )*([4-8]\d) (over )?\d{2}\b`, String.raw`\b(fever|confus\w*|mumbl\w*|dizzy|faint\w*|pass\w* out|not making sense|clammy|pale|infection)\b`),
  // Green vomit with a swollen belly, or in a baby: a blocked bowel.
  allOf(String.raw`\b(vomit\w* (\w+ ){0,2}(green|bile)|green vomit|(throwing|threw) up (\w+ ){0,2}(green|bile))\b`, String.raw`\b((belly|stomach|abdomen|tummy) (\w+ ){0,3}(swollen|hard|distended|bloated|rigid)|baby|infant|newborn|\d+ (days?|weeks?|months?|mo) old|little one|lo|screaming)\b`),
  allOf(String.raw`\b(confused|delirious|not making sense)\b`, String.raw`\b((has not|not|hasnt) (peed|urinated)|no (pee|urine))\b`),
  allOf(String.raw`\b(chemo\w*|transplant|cancer treatment|neutropeni\w*)\b`, String.raw`\b(fever|temp|temperature|chills)\b`),
  allOf(String.raw`\bstiff neck\b`, String.raw`\b(fever|confused|rash|headache|vomit\w*|throwing up|light)\b`),
  /\brash (that )?(wont|does not|is not) (fade|go away when|blanch)|\bnon ?blanching\b|\brash (\w+ ){0,3}(like |looks like )?(bruises|bruising)\b|\bbruise ?like rash\b|\b((purple|tiny red) (rash|spots|dots)|petechia\w*)\b(?! (\w+ ){0,4}after (\w+ )?(crying|coughing|vomiting|throwing up|straining|screaming|a coughing fit))/,
  allOf(String.raw`\b(fever|temp|temperature)\b`, String.raw`\b(confused|delirious|${DELIRIUM}|not making (any )?sense|talking nonsense|wont wake|hard to wake|limp|floppy|lethargic|unresponsive|trouble staying awake)\b`),
  allOf(String.raw`\b(sugar|glucose|bg|reading|meter)\b`, String.raw`\b([1-4]\d|hi|lo)\b`, String.raw`\b(confused|shaky|shaking|sweaty|sweating|dizzy|not making sense|wont wake|passed out|passing out|unresponsive|breathing fast|cant)\b`),
  // A diabetic who "gets confused" about doses has a habit, not a low now.
  allOf(String.raw`\b(sugar|glucose|diabetic|diabetes)\b`, String.raw`\b((?<!\b(gets|get|getting) )confused|wont wake|not making sense|unresponsive|passed out|passing out|sweaty and|sweating|talking (nonsense|gibberish)|acting drunk|shaking|shaky|slurring)\b`),
  /\b(severe|extreme|worst|crushing|sudden terrible|terrible sudden|excruciating|unbearable) (head ?ache|pain in (my|his|her) (\w+ ){0,2}(chest|stomach|belly|abdomen)|chest pain|stomach pain|abdominal pain|belly pain)\b|\b(belly|stomach|abdomen) (is )?(hard as a rock|rigid)\b/,
  // Days after an operation ("post op", emergency/context.ts), a fever with a hard belly, a racing heart, fast breaths or the shakes.
  allOf(String.raw`\b(post ?op|surgery|operation)\b`, String.raw`\b(fever|temp|temperature|chills)\b`, String.raw`\b((belly|stomach|abdomen) (is )?(\w+ )?(hard|rigid|distended)|heart (is )?(racing|pounding)|breathing (\w+ )?fast|confus\w*|not making sense|shaking|clammy)\b`),
  // A sugar too high to read, or in the hundreds with ketones, beside vomiting, deep fast breaths or faintness: ketoacidosis.
  allOf(String.raw`\b((sugar|glucose|meter|bg|reading) (\w+ ){0,3}(hi|[3-9]\d\d)|ketones)\b`, String.raw`\b(vomit\w*|throwing up|puk\w*|cant keep (water|anything|fluids|it) down|breathing (\w+ )?(deep|fast)|deep (fast )?breaths|confused|faint\w*|drowsy)\b`),
  // A sugar reading under 40, whatever else is said.
  /\b(sugar|glucose|bg|meter) (is |of |at |was |reads |read |says |down to |dropped to |only )*([1-3]\d)\b(?! (years?|minutes?|mins?|hours?|days?|units?|pounds?|lbs?|percent))/,
  // A blood pressure in shock: "her blood pressure is 70 over 40".
  /\b(blood pressure|bp) (is |was |reads |at |of )?([4-8]\d) (over )?([2-5]\d)\b/,
];
