import { allOf, BE, HIS, rx } from './shared';

/** The heart: chest pain or pressure, no pulse, a rate far too fast or slow, the signs that travel with a heart attack. */
export const HEART: readonly RegExp[] = [
  /\b(heavy )?(band|weight|vice|vise|belt) (across|around|on|round) (my|his|her) chest\b/,
  /\b(nitro|nitroglycerin|nitro spray) (is not|isnt|didnt|did not|not|has not|hasnt) (touching|helping|working|help|work|done anything)\b|\b(pressure|pain|squeezing|tightness|heaviness) (behind|under|in) (my|his|her|the) (breastbone|sternum)\b/,
  allOf(String.raw`\b(pressure|tightness|squeezing|heaviness)\b`, String.raw`\b(throat|upper belly|upper stomach|neck|jaw)\b`, String.raw`\b(sweat\w*|clammy)\b`, String.raw`\b(faint\w*|dizzy|lightheaded|sick)\b`),
  allOf(String.raw`\b(heart|hart) (\w+ ){0,3}(fast|racing|pounding|skipping|stop|stops|boom)\b`, String.raw`\b(black spots|going black|faint\w*|sit on (the )?floor|passing out|pass out)\b`),
  rx(String.raw`\bchest ${BE}(feels |feel |has been |is been )?(\w+ )?(pain|pains|pressure|tight\w*|hurts?|hurting|heavy|crushing|squeez\w*|burning|aching|killing)\b|\bchest (feels|feel) like\b`),
  rx(String.raw`\b(pain|pains|pressure|tightness|squeezing|heaviness|crushing) (in|on|across) ${HIS} chest\b|\b(grabbing|grabbed|clutching|clutched|holding) ${HIS} chest\b|\b(sitting|standing|pressing|weight|elephant) on ${HIS} chest\b|\b(elephant|weight|something|someone|a truck) (\w+ ){0,2}on ${HIS} chest\b|\b(elephant|truck|ton of bricks) (\w+ ){0,2}(sitting on|standing on|on top of|crushing|on) (me|him|her)\b`),
  /\b(heart attack|cardiac arrest|no pulse|no heart ?beat|cant (find|feel) (a|his|her) (pulse|heart ?beat)|(doing|giving|start|started) cpr|heart (has )?stopp\w*|(defibrillator|icd|pacemaker) (\w+ ){0,2}(shock\w*|fir\w*|went off))\b/,
  /\b(heart rate|heartrate|pulse|hr) (is |of |at |was |says |reads |like |about |around |only |just |down to |maybe )*(1[5-9]\d|2\d\d|[1-3]\d)\b|\b(heart|heart rate|pulse|hr) (is |was )?(really |very |so )?(slow|low|down|dropped|racing)( to| at| like| around| about)* ([1-3]\d|1[5-9]\d|2\d\d)\b/,
  // Pain that spreads to the left arm, or to the jaw and an arm, whatever it is called ("i have it now and it is spreading to my jaw and left arm").
  /\b(spreading|radiating|shooting|moving|going) (up |down )?(to|into|down) (my|his|her|their) (jaw and (left |right )?arm|left arm|arm and jaw)\b/,
  // Crushing or squeezing that spreads to the jaw, the arm or the neck, however the chest is named.
  /\b(crushing|squeezing|pressure|tightness|heaviness)\b (\w+ ){0,5}(going|spreading|radiating|shooting|moving) (to|into|down|up) (my|his|her|their) (jaw|left arm|arms?|neck)\b/,
  allOf(String.raw`\bheart (is |keeps )?(doing flips|flipping|skipping|fluttering|beating (weird|funny|irregular\w*)|racing|pounding|going (crazy|nuts|wild)|beating (so|really|very|crazy|super) (fast|hard)|(\w+ )?out of (my|his|her) chest)\b`, String.raw`\b(pass|black|faint|dizzy|light ?headed|chest|breath\w*|confus\w*|so weak|too weak)`),
  allOf(String.raw`\b(left arm|jaw) (is |feels )?(\w+ )?(tingl\w*|numb|heavy|aching|hurts?|pain)\b`, String.raw`\b(pass(ing)? out|faint\w*|sweat\w*|clammy|chest|short of breath|cant breathe|nause\w*|elephant)\b`),
  allOf(String.raw`\b(sweat\w*|clammy|pale|gr[ae]y|nause\w*)\b`, String.raw`\b(pain|pressure|ache|aching|hurts?|discomfort|tightness)\b`, String.raw`\b(chest|jaw|arm|shoulders?|shoulder blades?|back)\b`),
  // A pulse that is weak or hard to find, with the skin of shock.
  allOf(String.raw`\b((pulse|heart ?beat) (is |feels |seems )?(\w+ )?(weak|faint|thready|barely there)|(weak|faint|thready) (pulse|heart ?beat))\b`, String.raw`\b(clammy|cold|pale|gr[ae]y|blue|limp|confused)\b`),
  // Clutching an arm or the jaw, with sweat or what he calls indigestion.
  allOf(String.raw`\b(clutch\w*|grabb\w*|holding|rubbing) (his|her|my|their) (left )?(arm|jaw|shoulder)\b`, String.raw`\b(sweat\w*|soaking wet|clammy|pale|gr[ae]y|indigestion|nause\w*|short of breath)\b`),
  // A tearing pain through to the back: the aorta.
  allOf(String.raw`\b(tearing|ripping)\b`, String.raw`\b(chest|back|belly|stomach)\b`, String.raw`\b(pain|feeling|sensation|hurts?)\b`),
  // Chest pain and shortness of breath in a nurse's shorthand, beside sweat: "he has cp and sob and is sweaty".
  allOf(String.raw`\bcp\b`, String.raw`\bsob\b`),
  // A stimulant after a party: a pounding heart with sweat, a clenched jaw or a mind racing.
  allOf(String.raw`\b(after|at|from) (a|the) (party|rave|concert|festival|club)\b`, String.raw`\bheart (\w+ ){0,2}(pounding|racing|going crazy)\b`, String.raw`\b(sweat\w*|jaw|clench\w*|weird|paranoid|overheat\w*|hot)\b`),
];
