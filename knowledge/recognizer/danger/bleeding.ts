import { allOf } from './shared';

/** Bleeding that will not stop, blood where it should not be, bleeding after a birth or inside. */
export const BLEEDING: readonly RegExp[] = [
  /\bblood (is )?coming up\b|\b(cups|cupfuls|a cup|mouthfuls) of (it|blood)\b/,
  // Blood passed from the bowel with a faint: "pooping pure blood all morning and i just fainted".
  allOf(String.raw`\b(pooping|pooped|passing|passed|stool|stools|poop) (is |was |of |with )?(pure |bright red |all |lots of |a lot of |only )?blood\b|\bblood(y)? (stool|poop|diarrhea)\b`, String.raw`\b(faint\w*|passed out|pass out|dizzy|lightheaded|pale|blacked out)\b`),
  // Blood pumping or spurting out, however the wound is named ("a gash on his neck ... its pumping blood").
  /\b(pumping|spurting|squirting|gushing|pouring|shooting) (out )?(blood|bright red)\b|\bblood (is )?(pumping|spurting|squirting|gushing|shooting) (out)?|\b(gash|cut|wound|slash) (\w+ ){0,3}(on|in|across) (his|her|my|their|the) (neck|throat)\b/,
  /\b(bleeding (heavily|badly|bad|a lot|alot|everywhere|so much|really bad|nonstop|profusely|from (the |his |her |my )?(head|neck|chest|ears?|eyes?)|through (the |a |his |her |my )?(bandages?|towels?|pads?|gauze|clothes|shirt))|bleeding (too much|very much|very bad)|(its|it is|blood is|wound is|cut is|leg is|arm is|head is|neck is) (gushing|spurting|pouring|squirting)|(cut|sliced|slashed) (\w+ ){0,3}(with|on) (a|the|his|her|my) (chainsaw|table saw|machete|axe)|(wont|cant|does not|could not) stop (the |his |her |my )?bleeding|bleeding (that |and it )?(wont|does not|is not going to) stop|(lots|lot|alot|ton|tons) of blood|a lot of blood|so much blood|blood (is )?everywhere|severe bleeding|bleeding out|losing (a lot of )?blood|blood (is )?(spurting|gushing|pouring|soaking|squirting|pumping)|soak\w* through (every|each|all the|the) (towels?|bandages?|pads?|gauze)|(gushing|pouring|spurting|soaking|squirting) (\w+ ){0,2}blood|bleeding a ton)\b/,
  /\b(coughing|vomiting|throwing|spitting) (up )?((bright red|fresh|dark red|clots of|lots of|alot of|a lot of|tons of|a ton of|so much|more|cups of|mouthfuls of|(a )?(large|big|huge) amounts? of)( bright red| fresh| dark red)? )?blood\b|\b(vomit\w*|throwing up|threw up|puking) (\w+ ){0,4}coffee grounds?\b|\bblood (is )?(coming|comes|come|pouring|gushing|running) (out of|from) (my|his|her|their|the) (mouth|ears?|eyes?|head|neck|chest)\b|\b(very much|too much) blood\b|\bpregnant (\w+ ){0,3}bleeding\b|\bsoak\w* (through )?(a |one |\w+ )?(pads?|tampons?|towels?|bandages?|sheets?|diapers?) (every|in|an|each) (\w+ ){0,2}(hour|minutes?|mins?)\b/,
  allOf(String.raw`\b(gave birth|delivered|postpartum|after (the |her |my )?(birth|delivery|c ?section)|miscarr\w*|pregnant|pregnancy)\b`, String.raw`\b(bleeding|blood|clots?|soak\w* (\w+ )?(pads?|towels?))\b`, String.raw`\b(faint\w*|dizzy|soak\w*|clots? (the size|as big)|a lot|heavy|heavily|wont stop|pale|racing)\b`),
  // Pregnant (or a positive test, a scan with no baby in the womb), pain, and faintness or shoulder pain: a pregnancy outside the womb, or the placenta come away.
  allOf(String.raw`\b(pregnan\w*|positive (pregnancy )?test|(could not|couldnt|cant) see the baby|not in (my|the) uterus|ectopic)\b`, String.raw`\b(pain|cramp\w*)\b`, String.raw`\b(faint\w*|lightheaded|passed out|shoulder (hurts|pain|is hurting))\b`),
  // After a birth or late in pregnancy, a bad headache with blurred sight or a swollen face: pre-eclampsia.
  allOf(String.raw`\b(had (a|the|her) baby|gave birth|postpartum|delivered|pregnan\w*)\b`, String.raw`\bheadache\b`, String.raw`\b(blurry|blurred|seeing (spots|stars)|vision|swollen (face|hands)|face (is )?swollen)\b`),
  // Blood that will not stop, with faintness: losing too much blood.
  allOf(String.raw`\b(blood|bleeding|bleeds?)\b`, String.raw`\b(wont stop|keeps? (coming|bleeding)|not stopping)\b`, String.raw`\b(dizzy|faint\w*|lightheaded|pale|passed out|pass out)\b`),
  // Soaking through with faintness: losing too much blood.
  allOf(String.raw`\b(soak\w*|soaked) through\b`, String.raw`\b(faint\w*|passed out|pass out|dizzy|lightheaded|pale)\b`),
  // Black or bloody stool with faintness: bleeding inside.
  allOf(String.raw`\b((black|tarry|maroon|bloody) (\w+ ){0,2}(stools?|poop|bowel movements?)|(stools?|poop) (\w+ ){0,3}(black|tarry|like tar|maroon))\b`, String.raw`\b(passed out|pass out|faint\w*|dizzy|lightheaded|pale|weak|racing)\b`),
  // Bleeding that has not stopped for many minutes, in any words: "the blood no stop for twenty minute".
  /\b(blood|bleeding) (\w+ ){0,2}wont stop (for|in|after) (\d\d|ten|fifteen|twenty|thirty|forty|fifty|an|half an|over an) (minutes?|mins?|hours?)\b/,
  // Soaking a pad an hour, or clots the size of a golf ball: bleeding too heavy to wait.
  /\bsoak\w* (through )?(a|one|1) pad (in|every) (less than )?(an|one|1) hour\b|\bclots (the size of|as big as|like) (a )?(golf balls?|lemons?|plums?|eggs?)\b/,
];
