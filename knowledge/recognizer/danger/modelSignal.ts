/**
 * Softer signs that something may be wrong. Alone they are everyday words; with the model's
 * judgement that a message reads like its emergency examples, they are enough to call 911,
 * unless the member says it is mild (`signOfTrouble`).
 */
const SOFT_SIGNS =
  /\b(confus\w*|sweaty|sweating|clammy|pale|dizzy|lightheaded|shaking|shaky|trembling|blue|gr[ae]y|limp|floppy|sleepy|drowsy|lethargic|vomit\w*|throwing up|bleeding|blood(?! (sugar|pressure|tests?|work|draws?|type|donations?|thinners?|bank|panel|counts?|levels?))|swelling|swollen|hives|fell(?! asleep| out)|fallen|pain|hurts?|hurting|help|scared|emergency|urgent|911|weak|numb|faint\w*|pass(ed|ing) out|wont (eat|drink|wake|stop|respond)|cant (stand|walk|talk|see(?! (her|his|my|their|the|your|our|it|them)\b)|move|stop|wake)|breath\w*|chok\w*|gasp\w*|wheez\w*|seiz\w*|unresponsive|pills|swallowed|drank|overdos\w*|die|dying|kill\w*|gun|knife)\b/;

/** The member says it is mild: the model's resemblance alone is then not enough. */
const MILD =
  /\b(a little|a bit|slightly|mild(ly)?|minor|scrap(ed|e|es)|bruis\w*|small|tiny|only a|just a|too much|sprain\w*|twist\w*|stubbed|ankle|wrist|knee|toe|elbow|fingers?|stomach bug|since (starting|taking|(i|he|she|they|we) (started|began|switched|moved))|(can|could|should) (we|i) (check|test)|cried (right away|immediately|for a (minute|bit|second|moment))|(is|are|now) (watching|playing|laughing|smiling|running around|talking normally)|side effects?|hiccups|fussy|teething|lice|scratching|itch\w*|chapped|(lips?|skin|heels?|hands?|nipples?) (\w+ )?crack(e)?d|constip\w*|constapat\w*|(cant|can not) stop (thinking|worrying|replaying|crying)|(drank|had|ate|gave (him|her|me)) (some |a |an )?(orange |apple )?(juice|glucose tab\w*|candy|soda|snack)|(now|back up to) (its |it is |at )?\d+|(cord|umbilical) stump|(a )?(couple|few|couple of|tiny|small) (drops?|spots?|specks?|streaks?) of blood|fed and changed|(feel|feels|feeling|felt|been) (a (little|bit) |kind of |kinda |so )?(blue|down)|(lonely|sad|depressed|homesick|down) and blue|blue and (lonely|sad|down)|colic\w*|gassy|(its|it is|just|probably|maybe) gas|keeping \w+ down|still playing|(but|still|is) (drinking|eating|nursing|feeding)( \w+)?( (fine|well|ok|okay|normally))?|urgent care|(acting|playing|behaving|eating|sleeping) (totally |completely |perfectly )?(normal(ly)?|fine|happily|like (himself|herself|usual))|(is|am|are|seems|feel|feels|feeling|looks) (fine|ok|okay|better|normal)|lol|haha|lmao|(its|it is|it has|its been) (all )?(gone|passed|over)|(standing|stood|getting|got|sitting|sat) up (too )?(fast|quick(ly)?)|is (that|it|this) (too )?(ok|okay|normal|bad|safe|high|low)|should i (worry|be worried)|pulled (a |something|my |\w+ )?(muscle|something)|(has |it )?stopped bleeding|bleeding (has )?stopped|stitches|(after|from) (donating|giving|having) blood|(after|from) (the|a|her|his|my) (shot|vaccine|vaccination|blood draw)|telehealth|video (visit|call|appointment)|(can|could|should) (we|i|he|she) (see|visit|go to) (the|a|an|my|his|her|our) (\w+ )?(doctor|orthodontist|dentist|pediatrician|specialist|gp|pcp|clinic)|braces|orthodontist|dentist|virtual visit|nothing hurts|did not (actually )?fall|caught (myself|himself|herself)|(is |its |thats |that is |it is )?not blood|(a|any|find a|see a) (\w+ )?(therapist|counselor)s?|(like|as) (\w+ ){0,2}(doctor|endo|endocrinologist|nurse|pediatrician|cardiologist) (told|said|says|tells|showed|recommended|ordered)|as (instructed|directed|prescribed)|usual dose|no pain|(not|wont|cant|will not|does not|never) (go to |get to |fall )?(a)?sleep(ing)?|(throat|ears?|tooth|teeth|gums?|back) (hurts|aches|is (sore|aching|killing me))|(sore|scratchy|itchy) throat|(ear|tooth|back)ache|annoying|uncomfortable|(pill|vitamin|tablet|capsule) (\w+ ){0,5}(feels )?stuck|breathing (fine|ok|okay|normal(ly)?)|(^|\. )normal( \.|$)|after (\w+ ){0,2}(coffees?|caffeine|energy drinks?|espresso|red bull)|not hurt|unhurt|(baby|he|she) (is )?moving (normal\w*|fine|a lot)|landed on (my|his|her) (butt|bottom|rear|backside)|for a (sec|second|moment|minute)|scratchy|went down the wrong (way|pipe)|(hurts?|aches?|pain|cramps?) (\w+ ){0,2}after (eating|meals?|(i|he|she|we) eats?)\b(?! \w)|(took|taking|after|from) (a |an |the |my |his |her |some )?(benadryl|melatonin|nyquil|zzquil|unisom|allergy (pills?|medicine|meds)))\b/;

/**
 * The everyday complaints among the soft signs: a parent's "my son is throwing up" or "hurt his arm
 * at recess" reads like the model's emergencies but is nurse advice. One of them counts only beside
 * a second sign or a word of how bad it is ("terrible pain", "so dizzy", "wont stop", "now").
 */
const EVERYDAY_SIGNS = /\b(hives|pain|hurts?|hurting|dizzy|lightheaded|pale|sleepy|drowsy|vomit\w*|throwing up|weak|shaking|shaky|trembling|swelling|swollen|scared)\b/g;
const HOW_BAD =
  /\b(severe(ly)?|terribl[ey]|horribl[ey]|worst|awful|excruciating|unbearable|really|very|so|super|extremely|a lot|lots|huge|big|heavy|sudden(ly)?|out of nowhere|cant|wont|not|never|now|just|please|hurry|fast|slow|deep|hard|screaming|stiff|open|broke into|chest|head|reads|temp|sugar|cp|sob)\b/;

/** A sign of trouble beside the model's resemblance to an emergency: enough to call 911. */
export function signOfTrouble(prepared: string): boolean {
  if (!SOFT_SIGNS.test(prepared) || MILD.test(prepared)) return false;
  const everyday = new Set(prepared.match(EVERYDAY_SIGNS) ?? []);
  const others = prepared.replace(EVERYDAY_SIGNS, ' ');
  return SOFT_SIGNS.test(others) || everyday.size > 1 || HOW_BAD.test(prepared);
}
