import { allOf, BE, HIS, PERSON, rx } from './shared';

/** A stroke or a seizure told in plain words: a face that droops, slurred speech, one side gone weak, a sudden terrible headache. */
export const STROKE: readonly RegExp[] = [
  /\b(stroke|stroking|seizure|seizures|seizing|convuls\w*|fitting|anaph\w*|anafil\w*)\b/,
  rx(String.raw`\b(face|mouth|smile|eye|lip)s? ${BE}(all )?(drooping|droopy|drooped|numb|crooked|uneven|lopsided|sagging|falling)\b|\bdrooping on one side\b`),
  rx(String.raw`\bslurr(ed|ing|y)|\b(speech|words) (\w+ ){0,2}(went|is|sounds|became|got|going|came out|comes out|coming out) (all )?(slurred|garbled|weird|funny|strange|off|wrong)\b|\b(leaning|falling|slumping|drooping) to one side\b|\bspeech (is |sounds )?(slurred|garbled|weird|funny)|\b(words|speech) (are |is )?(all )?(jumbled|garbled|mixed up|not coming out)`),
  rx(String.raw`\b(numb(ness)?|weak(ness)?|paralyzed|cant move|cant feel) (\w+ ){0,6}(one|the (left|right)|left|right) (side|arm|leg)\b`),
  allOf(String.raw`\b(suddenly|sudden|all of a sudden|out of nowhere)\b`, String.raw`\b(cant|unable to|wont|lost|losing|confused|dizzy|numb|weak|paralyz\w*)\b`),
  rx(String.raw`\b(arm|leg|hand|face|side) (went|is|has gone|goes|going) (numb|limp|weak|dead|useless|slack|droopy|crooked|lopsided|saggy|floppy)\b|\b(face|smile) (looks|is|seems) (off|crooked|uneven|droopy)\b`),
  allOf(String.raw`\b(cant feel ${HIS} (arm|leg|hand|face)|(arm|leg|hand) (is |went |feels )?(numb|weak|dead))\b`, String.raw`\b(face|smile|mouth|speech|words) (looks|is|seems|sounds) (weird|off|funny|strange|wrong|droopy|crooked)\b`),
  rx(String.raw`\b${PERSON} ${BE}(cant|does not|suddenly cant) understand (me|us|what|anything|anyone|words)\b`),
  /\b(cant|could not|unable to|struggling to|trouble) (find|get out|say|form|remember) (his|her|their|the) (words?|word for)\b|\bside of (his|her|my|the|their) (face|mouth) (has |is )?(fallen|dropped|drooped|drooping|sagging|gone (numb|slack)|numb|slack)\b/,
  /\b(worst|worse) headache (of|in) (my|his|her|their) (life|lives)\b|\bthunderclap headache\b/,
  // A headache that struck all at once and hard (a bleed in the brain), told in any words.
  allOf(String.raw`\b(head ?ache|head (is )?(exploding|splitting|pounding))\b`, String.raw`\b(sudden\w*|out of nowhere|all at once|like a (bolt|thunderclap|lightning|bomb|gunshot)|came on (fast|so fast|in seconds|like))\b`, String.raw`\b(worst|crazy|terrible|horrible|severe|excruciating|unbearable|vomit\w*|throwing up|threw up|confused|stiff neck|cant see|blurr\w*|passed out|fainted)\b`),
  // One side of the face told in plain words: "half his face looks like it is melting".
  /\b(half( of)?|one side of|side of) (his|her|my|their|the) (face|mouth|smile) (\w+ ){0,4}(melt\w*|slid\w*|slipp\w*|sagg\w*|droop\w*|hanging|fallen|dropped|frozen|not moving|numb)\b|\b(face|mouth|smile) (\w+ ){0,3}(melting|sliding (down|off))\b/,
  // One side told first: "the left side of her body feels heavy".
  /\b(left|right|one) side (of (his|her|my|their|the) (body|face) )?(\w+ ){0,2}(feels |is |went |has gone )?(heavy|numb|weak|dead|limp|paralyzed)\b/,
  // An arm or leg that will not lift, with a second sign (confusion, speech, the face, suddenness).
  allOf(String.raw`\b(cant|unable to|wont|trouble|struggling to|not able to) (lift|raise|move|hold up|use) ${HIS} (left|right) (arm|leg|hand)\b`, String.raw`\b(confus\w*|repeat\w*|speech|slurr\w*|words|face|droop\w*|dizzy|sudden\w*|out of nowhere|(\d+|few|ten|twenty) minutes ago|just now|talking (funny|weird|strange))\b`),
  /\b(words|what (he|she|they) (says|said)) (do not|does not|dont|doesnt) make (any )?sense\b/,
  rx(String.raw`\b${PERSON} ${BE}(talking|speaking|making) (gibberish|nonsense|no sense)|\b${PERSON} ${BE}(not|stopped) making (any )?sense\b`),
];
