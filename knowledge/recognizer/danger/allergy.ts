import { allOf } from './shared';

/** An allergic reaction closing the throat, and stings or bites with their signs. */
export const ALLERGY: readonly RegExp[] = [
  /\bthroat (is )?(getting|feels|feeling|gets) (smaller|tighter|narrow\w*)\b/,
  allOf(String.raw`\b(used|gave|took|give) (my|his|her|the|an|him|her) (\w+ )?(epipen|epi ?pen|epinephrine|auvi q)\b`, String.raw`\b(throat|chest|breathing|tongue) (\w+ ){0,2}(tight|tighter|closing|worse|swelling)\b|\bgetting worse\b|\bstill (wheez\w*|tight|swelling)\b`),
  /\b(tongue|tonge) (is |got |looks |feels )?(so |really )?(fat|huge|big|thick|swollen)\b|\b(face|lips|tongue) (swole|swelled|blew) up\b/,
  /\b(throat (is |feels )?(still |really |so |very )?(like (it is|its) )?((\w+ ){0,2}and )?(closing|swelling|swollen|tight)(?! (glands|lymph|nodes|tonsils))|cant swallow|tongue (is |looks |feels )?(swelling|swollen|huge|so big|thick)|(face|lips|eyes|throat) (is |are )?(blowing|puffing|ballooning) up|(face|lips|eyes) (and \w+ )?(is |are )?(swelling|swollen|puffing)|(face|lips|throat|tongue) (is |are )?(swelling|closing) up|swelling (in|of|inside) (the |his |her |my |their )?(throat|tongue|lips|mouth))\b/,
  // Hives spread over the body count beside a trigger ("stung and covered in hives"); alone they are for the nurse line.
  // The throat named before, "it" now ("use the epipen if her throat closes . its closing"), or the pen that did not help.
  allOf(String.raw`\b(its|it is|its still|it keeps) (closing|swelling (shut|up))\b|\b(epipen|epi ?pen|pen|epinephrine|shot) (did not|didnt|is not|isnt|has not|hasnt) (help|work|helping|working)\b`, String.raw`\b(throat|tongue|epipen|epi ?pen|the pen|epinephrine|allerg\w*|stung|sting|peanuts?|anaphyla\w*)\b`),
  allOf(String.raw`\b(allergic|allergy|stung|sting|ate (peanuts?|nuts|shellfish|shrimp|fish))\b`, String.raw`\b(covered in hives|hives (all over|everywhere)|breaking out in hives)\b`),
  allOf(String.raw`\b(hives|allergic|allergy|stung|sting|ate (peanuts?|nuts|shellfish|shrimp|fish))\b`, String.raw`\b(voice (is )?(\w+ )?(hoarse|raspy|changing|gone|weird)|(sounds?|sounding|is|gone|getting|got) (\w+ )?(hoarse|raspy)|(face|lips|eyes|tongue) (is |are )?(all |really |very |so )?(puffy|puffed up)|coughing (nonstop|non stop|constantly|and cant stop)|cant stop coughing|throat (feels |is |going )?(funny|weird|strange)|throat (\w+ ){0,3}(tight\w*|clos\w*|swell\w*|swollen|thick)|voice (\w+ ){0,2}(funny|strange|different|muffled)|wheez\w*|lips|lip (is )?(getting |going )?(huge|big|fat|swell\w*|swollen)|tongue|swelling|breath\w*|cant swallow|faint\w*|(very|really|so|badly|extremely) swollen|swollen all over|dizzy)\b`),
  allOf(String.raw`\b(peanuts?|nuts|cashews?|almonds?|shellfish|shrimp|crab|lobster|sesame|eggs?)\b`, String.raw`\b(throat (\w+ ){0,3}(tight|closing|swell\w*)|wheez\w*|lips (\w+ ){0,2}swell\w*|tongue (\w+ ){0,2}swell\w*|hives|cant swallow|voice (\w+ ){0,2}(funny|strange|different|muffled|hoarse|raspy))\b`),
  // Someone allergic who has just eaten, drunk or been given it, and any sign in the throat, mouth or breath.
  allOf(String.raw`\ballergic to\b`, String.raw`\b(ate|eaten|eating|had|drank|swallowed|bit into|took a bite|was given|got)\b`, String.raw`\b(throat|tongue|lips?|wheez\w*|cough\w*)\b`),
  allOf(String.raw`\b(scorpion|black widow|brown recluse|stingray|box jellyfish)\b`, String.raw`\b(drool\w*|eyes (are )?(moving|rolling|twitching|jerking)|twitch\w*|jerk\w*|breath\w*|vomit\w*|swell\w*|numb|weak|sweat\w*|cramp\w*|slurr\w*)\b`),
  // Lips, tongue or throat growing, told in any words: "lips and tongue are tingling and getting bigger".
  /\b(lips?|tongue|throat) (and (his |her |my |the )?\w+ )?(\w+ ){0,4}(getting|got|gotten|going|growing|blowing) (bigger|huge|fat|puffy|thick|up)\b/,
  // A vaccine or a sting and hives with a body going pale or floppy: anaphylaxis in a child.
  allOf(String.raw`\b(vaccin\w*|shots?|stung|sting|ate|eating)\b`, String.raw`\bhives\b`, String.raw`\b(pale|floppy|limp|wheez\w*|swell\w*)\b`),
];
