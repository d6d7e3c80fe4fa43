import { allOf } from './shared';

/** Burns, fire and smoke, water and ice, fumes and carbon monoxide, heat, cold and lightning. */
export const ENVIRONMENT: readonly RegExp[] = [
  // Carbon monoxide in plain words: everyone sick at once beside a heater, and smoke breathed in.
  allOf(String.raw`\b(heater|furnace|generator|space heater|stove|fireplace|fumes)\b`, String.raw`\b(all|everyone|everybody|whole family|me and (the )?kids|we all|dog)\b`, String.raw`\b(headache|throwing up|vomit\w*|dizzy|sleepy|confused|passed out)\b`),
  allOf(String.raw`\bsmoke\b`, String.raw`\b(coughing (up )?(black|soot)|soot|nose hairs? (are |is )?(burnt|burned|singed)|voice (is )?(raspy|hoarse))\b`),
  // Held under water: caught in a pool drain, trapped under the ice, still under water.
  /\b(stuck|trapped|pinned|caught) (in|under|on|at) (\w+ ){0,2}(pool drain|drain|ice)\b|\b(is|are|been|still) (stuck )?(under ?water)\b/,
  /\b(scald\w*|boiling (water|oil) (on|over|all over)|skin (is )?(peeling|coming|falling) off|caught (on )?fire|on fire|burn(ed|t|s)? (\w+ ){0,5}(face|whole|entire|chest|body|all over)|grease fire|burn(ed|t)? (my ?self|himself|herself|themselves|him|her) (badly|bad|severely|really bad)|(whole|entire) (hand|arm|leg|face|back|chest|body|foot) (is |are )?(blister\w*|burn\w*)|blister\w* and (white|black|leathery))\b/,
  /\bsmoke (is )?(everywhere|pouring|filling)|\bsmoke (is )?(coming|pouring|billowing) (out )?(of|from) (the|my|our|his|her|their|a) (\w+ ){0,2}(house|home|building|apartment|window|kitchen|room)\b|\b(filling|filled|full) (up )?with smoke\b|\b(house|building|apartment|kitchen|room|car) (is )?(on fire|burning|in flames)\b/,
  allOf(String.raw`\b(fire|flames|explosion|exploded|blew up)\b`, String.raw`\b(burn(ed|t|s|ing)?|trapped|smoke|cant breathe|unconscious|still inside|stuck inside|cant get out|still in (there|the (house|building|apartment|room|car))|(is|are) (still )?(in there|inside))\b`),
  /\b(fell|fallen|falling|went|gone) (in|into|through) (the )?(river|lake|ocean|creek|pond|ice|frozen \w+|icy water)\b|\bshivering (uncontrollably|violently|and (confused|slurring))\b/,
  allOf(String.raw`\b(inhaled|breathed in|breathing in|huff\w*|sniff\w*) (\w+ ){0,3}(fumes|gas|smoke|chemicals?|paint|glue|propane|freon|chlorine|ammonia|bleach|aerosol)\b`, String.raw`\b(confused|dizzy|throwing up|vomit\w*|passed out|passing out|cant breathe|coughing|not making sense|drowsy|sleepy|headache)\b`),
  // A fuel-burning source indoors and the signs of carbon monoxide.
  allOf(String.raw`\b(gas (furnace|heater|stove|leak)|furnace|space heater|generator|charcoal|grill (inside|in the)|fireplace|(car|engine|exhaust) (\w+ ){0,3}garage|boiler)\b`, String.raw`\b(head ?aches?|dizzy|nause\w*|vomit\w*|throwing up|sleepy|drowsy|sluggish|confused|wont wake|passed out)\b`),
  allOf(String.raw`\b(in the (sun|heat)|heat ?wave|(out|outside) (in the heat|all day)|hot (car|day|attic)|working (outside|in the sun)|after (working|running|playing|hiking) (\w+ ){0,3}(sun|heat))\b`, String.raw`\b(confused|not making sense|passed out|collapsed|not sweating|stopped sweating|hot and dry|dry and hot|seiz\w*|slurr\w*)\b`),
  /\b(got|was|been|is|were) (hit|struck) by lightning\b|\blightning (struck|hit) ((right )?(near|close to|next to) )?(him|her|me|them|us|my (dad|mom|son|daughter|husband|wife|brother|sister|friend|kid|child|grandpa|grandma)|his|our)\b|\b(in|into) a (\w+ )?coma\b/,
  /\b(hemorrhag\w*|snake ?bite|snake (bit|bitten|struck)|(bit|bitten) by a (\w+ )?(snake|rattler)|rattlesnake|hypothermi\w*|heat ?stroke|stopped sweating)\b/,
  // A small child missing where water or a road is near.
  allOf(String.raw`\b(baby|toddler|child|kid|son|daughter|\d+ ?(yo|year old))\b`, String.raw`\b(missing|cant find|wandered (off|away)|disappeared|gone missing)\b`, String.raw`\b(pool|pond|lake|river|creek|water|gate|road|street|highway)\b`),
  // Someone with dementia gone missing into the cold.
  allOf(String.raw`\b(dementia|alzheimers|memory (loss|care))\b`, String.raw`\b(missing|cant find|wandered (off|away|out)|walked out|disappeared|gone missing)\b`, String.raw`\b(cold|freezing|degrees|snow|ice|icy|night\w*|pajamas|barefoot|dark)\b`),
  // A child left in a car, with the signs of heat.
  allOf(String.raw`\b(left|locked|forgot|forgotten|stuck) (\w+ ){0,3}in (the|a|my|his|her) (hot )?(car|truck|van)\b`, String.raw`\b(baby|infant|child|kid|toddler|son|daughter)\b`, String.raw`\b(red|hot|not crying|limp|unresponsive|not moving|sweaty|wont wake|lethargic|not responding|dry)\b`),
  // Cold, shivering (or no longer), and a mind slowing: hypothermia.
  allOf(String.raw`\b(cold|freezing|frozen|snow|ice|icy|outside all night|all night outside|in the cold)\b`, String.raw`\b(shiver\w*|cold to the touch|skin (is )?(icy|ice cold|white|waxy|gr[ae]y))\b`, String.raw`\b(speech|slurr\w*|confused|sleepy|drowsy|clumsy|stumbl\w*|not making sense|slow|wont wake)\b`),
  // A pot or kettle of something boiling pulled onto someone.
  /\b(boiling|scalding) (water|oil|grease|soup) (\w+ ){0,2}(on|onto|over|all over) (him|her|them|my|his|their|the (baby|kid|child|toddler))|\b(pot|kettle|pan) of (boiling|scalding|hot) (\w+ )?(water|oil|grease|soup) (\w+ ){0,2}(on|onto|over|all over)\b/,
  // High up a mountain, a mind or gait going: altitude sickness of the brain or lungs.
  allOf(String.raw`\b(altitude|elevation|summit|(\d{4,5}|\d+ \. 000|\d+k) (feet|ft|foot|meters|metres|m)|(up|on) the mountain)\b`, String.raw`\b(confused|stumbl\w*|stagger\w*|cant walk straight|not making sense|wont wake|drowsy|gurgl\w*|cant breathe|short of breath)\b`),
  // A gas smell with someone sick; burns over much of the body.
  allOf(String.raw`\b(gas smell|smell (of )?gas|smells like gas|smell gas)\b`, String.raw`\b(dizzy|vomit\w*|throw(ing)? up|headache|passed out|sleepy|confused|wont wake|sick)\b`),
  /\bburns? (cover(s|ing)?|over) (most|all|half|much) of\b/,
];
