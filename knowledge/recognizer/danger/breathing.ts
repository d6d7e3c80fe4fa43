import { allOf, BE, GAP, HIS, PERSON, rx } from './shared';

/** Breathing and choking, and what a lack of air does: blue lips, low oxygen, a blood pressure or sugar far off. */
export const BREATHING: readonly RegExp[] = [
  /\b(sucking|gasping|fighting|struggling|gulping) for (air|breath)\b/,
  /\bblue (round|around) (the|his|her|my) (lips|mouth)\b|\bonly breathing (occasionally|every now and then)\b|\bbreathing only (occasionally|every now and then)\b/,
  // A swollen neck or throat with swallowing or breathing going: an abscess or an airway closing.
  allOf(String.raw`\b(neck|throat|jaw|tongue|under (his|her|my) tongue) (is |are |has )?(\w+ )?(swollen|swelling|puffed up)\b`, String.raw`\b(cant|can barely|can not|unable to|hard to|trouble) (\w+ ){0,5}(swallow|breathe|open (his|her|my) mouth)|\bdrool\w*`),
  // A tracheostomy blocked or out, or oxygen in the 80s or below: the airway is failing.
  /\b(trach|tracheostomy|trach tube) (is |got |has |came )?(\w+ )?(plugged|blocked|clogged|came out|fell out|pulled out|dislodged)\b|\b(sats?|oxygen|o2|spo2|pulse ox) (\w+ ){0,2}in the (80s|70s|60s|50s|40s)\b/,
  rx(String.raw`\b(not|stopped|stops|stopping|cant|trouble|difficulty|problems?|hard(ly)?|struggling( to)?|barely|unable to|fighting to|labou?red|hard time) ${GAP}breath(e|ing|in)?\b`),
  rx(String.raw`\b(no|not|stopped) breathing\b(?! (problems?|issues?|trouble|difficult\w*))|\bcant (catch|get) ${HIS} breath\b|\bout of breath and\b`),
  /\b(short(ness)? of breath|gasping|suffocat\w*|wheezing (so|really|very) (bad|badly|hard))\b/,
  // Pink froth coughed up: fluid in the lungs.
  /\bpink (froth\w*|foam\w*|bubbl\w*)|\bcough\w* (up )?(\w+ ){0,2}pink (spit|mucus|sputum|phlegm)\b/,
  allOf(String.raw`\b(inhaler|nebuli[sz]er|albuterol|epi ?pens?|puffer)\b`, String.raw`\b((not|wont|no) (working|helping|doing|work|help|better)|still (cant|wheezing|swelling|gasping|struggling)|every \d+ minutes|does nothing|not doing anything)\b`),
  rx(String.raw`\bbreathing ((really|very|super|so) )?(weird|funny|strange|fast|shallow|noisy|rapid|slow and)\b|\bgurgl\w*|\b(ribs?|chest|belly|skin (between|under) (the |his |her )?ribs) (are |is )?(sucking|pulling|caving|sinking) in\b|\bribs? (are |is )?suck\w*|\bstridor\b|\b(struggling|fighting|gasping|trouble|hard|cant|hard time) (\w+ ){0,2}(for|get|getting|to get) (any |enough )?air\b`),
  /\b(turning|turned|going|gone|went) (blue|purple|gr[ae]y)\b|\b(blue|purple|gr[ae]y) (around|on|in) (the |his |her |my |their )?(lips|mouth|face)\b/,
  /\b(blood pressure|bp)( machine| cuff| monitor)? (is |of |at |was |reads |says |shows )*(1[89]\d|2\d\d)\b/,
  /\b(sugar|glucose|bg)( level)? (is |of |at |was |reads |says )*([1-3]\d|[5-9]\d\d)\b/,
  rx(String.raw`\b(${PERSON}|lips|face|skin|fingers|fingernails|nails) ${BE}((turning|turned|gone|going|look(ing)?|looks?|are|is) )?(kind of |kinda |sort of |really |very )?(blue|bluish|purple|gr[ae]y|dusky|ashen)\b|\bblue lips\b`),
  /\b(oxygen|o2|sats?|saturation|pulse ox\w*)( levels?)? (is |are |at |of |reads |says |dropped to |down to )+([4-8]\d)\b/,
  rx(String.raw`\b(stuck in ${HIS} ${GAP}(throat|windpipe|airway)(?!.*\b((can|could) (still )?(breathe|talk|speak)|for a (sec|second|moment|minute)|(its|it is|it was) gone)\b)|choking|choked on \w+ and (cant|is not|not)|gagging and cant|cant (cough|talk|speak|cry|make (a|any) (sound|noise))|not making (a|any) (sound|noise))\b`),
  /\b(can barely (talk|speak)|(cant|can barely) (finish|get|say) (out )?(a )?(full |whole |complete )?sentences?)\b|\b(plastic )?bag (over|on|around) (his|her|my|their) (head|face)\b|\b(severe|bad|terrible|major|serious|worst) asthma attack\b/,
  allOf(String.raw`\b(asthma attack|wheez\w*|cant breathe)\b`, String.raw`\b(inhaler (is )?(empty|out|gone|lost|missing)|no inhaler)\b`),
  /\bgrunt\w* (\w+ ){0,4}(breath|blue|bluish|gr[ae]y|dusky)|\b(blue|bluish|gr[ae]y|dusky) (\w+ ){0,3}grunt\w*|\bribs (are )?(sucking|pulling|sinking) in\b|\b(sucking|pulling|sinking) in (at |between |under )?(his|her|the) ribs\b|\b(with|on) (every|each) breath\b|\bnostrils (are )?flar\w*/,
  // A noise with each breath in (stridor) told in plain words, and the gulping of a body short of air.
  /\b(squeak\w*|whistl\w*|high pitched|crowing|honking|wheez\w*|noise|sound) (\w+ ){0,4}(every time|each time|whenever|when) (she|he|they|i|the baby) (breathes?|breathing|breath) in\b(?! through)|\b(breathing|breathes|gulping|gasping) (\w+ ){0,2}like a fish\b/,
  // Something stuck, with the signs of a blocked airway.
  allOf(String.raw`\b(stuck|lodged|caught|went down wrong)\b`, String.raw`\b(bone|grape|food|candy|meat|chicken|steak|hot dog|popcorn|nut|coin|toy|piece|bite)\b`, String.raw`\b(turning (red|blue|purple)|red in the face|cant (talk|cough|breathe|speak|swallow)|drool\w*|gagging|(clutching|grabbing|holding) (his|her|their|my) (throat|neck)|squeak\w*|whistl\w*|high pitched)\b`),
];
