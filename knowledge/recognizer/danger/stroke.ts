import { allOf, BE, HIS, PERSON, rx } from './shared';

/** A stroke or a seizure told in plain words: a face that droops, slurred speech, one side gone weak, a sudden terrible headache. */
export const STROKE: readonly RegExp[] = [
  allOf(String.raw`\b(twitching|jerking) (on )?one side\b|\bstaring off\b`, String.raw`\b(not (looking|reacting|responding)|wont respond|unresponsive|doesnt respond)\b`),
  /\bone side of (my|his|her|their) face (wont|cant|will not|does not|doesnt|is not|isnt) (move|moving|work|working)\b|\bone side of (my|his|her|their) face (is |went |feels )?(numb|drooping|droopy|frozen|dead)\b/,
  /\bface (\w+ ){0,2}(one side|on one side) (down|dropp\w*|droop\w*|sagg\w*)\b|\bword salad\b|\b(speak|speaks|speaking|talk|talks|talking) (\w+ )?(words )?(no sense|nonsense)\b/,
  // Vision gone double or dark beside a weak or numb side, or speech gone.
  allOf(String.raw`\b(vision|eyes?|seeing) (\w+ )?(went|is|going|turned|suddenly) (double|blurry|black|dark)|\bdouble vision\b`, String.raw`\b(arm|leg|hand|face|side|speech|words|talk\w*|slurr\w*)\b (\w+ ){0,5}(numb|weak|dead|limp|droop\w*|garbled|slurred|cant|wont)\b`),
  // An arm or leg that will not move beside speech or swallowing gone: "forgot how to swallow and talk ... his left arm wont move".
  allOf(String.raw`\b(left|right) (arm|leg|side|hand) (wont|cant|will not|does not|doesnt) (move|work|lift|grip|hold)\b`, String.raw`\b(talk\w*|speak\w*|speech|words|swallow\w*|face|droop\w*|confused|slurr\w*)\b`),
  /\b(stroke|stroking|seizure|seizures|seizing|convuls\w*|fitting|anaph\w*|anafil\w*)\b/,
  rx(String.raw`\b(face|mouth|smile|eye|lip)s? ${BE}(all )?(drooping|droopy|drooped|numb|crooked|uneven|lopsided|sagging|falling)\b|\bdrooping on one side\b|\b(cant|unable to|could not|struggling to|trying to) get (his|her|my|their|the) words out\b|\bface (\w+ )?(looks|look|is|went) (all )?(wrong|weird|strange|off|different)\b`),
  rx(String.raw`\bslurr(ed|ing|y)|\b(speech|words|talk|talking|voice) (\w+ ){0,2}(went|is|sounds|became|got|going|came out|comes out|coming out) (all )?(slurred|garbled|weird|funny|strange|off|wrong)\b|\b(leaning|falling|slumping|drooping) to one side\b|\bspeech (is |sounds )?(slurred|garbled|weird|funny)|\b(words|speech) (are |is )?(all )?(jumbled|garbled|mixed up|not coming out)`),
  rx(String.raw`\b(numb(ness)?|weak(ness)?|paralyzed|cant move|cant feel) (\w+ ){0,6}(one|the (left|right)|left|right|that whole|the whole|her whole|his whole) (side|arm|leg)\b`),
  allOf(String.raw`(?<!\b(passed|died|away) )\b(suddenly|sudden|all of a sudden|out of nowhere)\b`, String.raw`\b(cant(?! (sleep|stop thinking|focus|concentrate|believe))|unable to|wont|lost|losing|confused|dizzy|numb|weak|paralyz\w*)\b`),
  rx(String.raw`\b(arm|leg|hand|face|side)( (and|or) (arm|leg|hand|face))?( on (the|his|her|my) (left|right)( side)?)? (went|is|has gone|goes|going) (numb|limp|weak|dead|useless|slack|droopy|crooked|lopsided|saggy|floppy)\b|\b(face|smile) (looks|is|seems) (off|crooked|uneven|droopy)\b`),
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
  // A hand or arm on one side that will not obey: "his right hand wont do what he tells it".
  /\b(left|right) (hand|arm|leg|foot) (is |are )?(just )?(wont|will not|does not|is not|not) (do what|listen|obey|cooperate)\b/,
  // Any limb that will not obey or hangs, beside a second sign: "saying words that are not words and her arm is just dangling".
  allOf(String.raw`\b((hand|arm|leg|foot)s? (is |are )?(just )?(wont|will not|does not|is not|not) (do what|listen|obey|cooperate)|(arm|hand|leg) (is |was )?(just )?(dangling|hanging (limp|down|there)))\b`, String.raw`\b(confus\w*|words?|speech|talk\w*|face|droop\w*|dizzy|sudden\w*|out of nowhere|just now|minutes ago)\b`),
  // Speech made of words that are not words.
  /\bwords that (are not|arent) (real )?words\b|\b(not|no) real words\b|\bmaking up words\b/,
  // One side of the face told in any words: "her face feels funny on one side".
  /\b(face|mouth|smile|lip|cheek|tongue)s? (\w+ ){0,3}(funny|weird|numb|tingly|tingling|heavy|strange|off|dead|droop\w*|sagg\w*|crooked) on (one|the (left|right)) side\b/,
  // Acting drunk with nothing to drink: a stroke, a sugar far off or heat.
  /\b(drunk|intoxicated|tipsy|wasted) (but|and) ((he|she|they|i) )?(does not|did not|do not|never|has not|have not|had nothing to) (drink|drank|drinks|had)\b/,
  // Fine a little while ago and now lost or changed: a sudden change is the danger.
  allOf(String.raw`\b(was|were) (totally |completely |perfectly )?(fine|normal|ok|okay|herself|himself) (at (lunch|breakfast|dinner)|this (morning|afternoon)|an hour ago|earlier|a (few )?minutes? ago|(\d+|a few|ten|twenty|thirty) minutes ago|before (lunch|dinner|bed))\b`, String.raw`\b((does not|cant|did not) (know|recognize) (what (year|day|month)|where (she|he|they) (is|are)|who (i|we|she|he) (am|are|is)|(me|us|her own|his own))|(very |really |so |totally )?confused(?! (about|by|with))|not making sense|eye (\w+ ){0,3}(off|wandering|drifting|to the side)|cant (talk|walk|stand|see|move)|slurr\w*)\b`),
  // The face gone down on one side, told in plain or broken words, with speech or a limb: "she face is go down one side and she cannot talking".
  allOf(String.raw`\b(face|mouth|smile) (looks? |is |went |go |going |gone |look )?(\w+ )?(crooked|lopsided|down (on )?one side)\b`, String.raw`\b(talk\w*|speak\w*|speech|words|arm|leg|cant|wont move|funny)\b`),
];
