import { allOf, CHILD, DELIRIUM, GAP, HIS, MEDICINE_KINDS, PERSON, rx } from './shared';

/** Medicines that are dangerous in the wrong amount or the wrong mouth. */
const MEDICINES = String.raw`(${MEDICINE_KINDS}|pills|tablets|capsules|bottle|medicine cabinet|medicine|medication|meds|gummies|edibles|tylenol|advil|aspirin|ibuprofen|acetaminophen|xanax|oxy\w*|percocet|vicodin|fentanyl|heroin|insulin|opioids?|opiates|benadryl)`;
/** Things nobody should swallow at all. */
const POISONS = String.raw`(poison|bleach|batter(y|ies)|magnets?|coins?|detergent|(laundry|tide|dishwasher|detergent) (pods?|tabs?|tablets?|packets?|capsules?)|cleaner|cleaning product|chemicals?|antifreeze|fluid|gasoline|kerosene|lamp oil|lighter fluid|(vape|e ?cig\w*) (liquid|juice|oil)|the liquid|chlorine|pool chemicals?|ammonia|paint thinner|hand sanitizer|vape (juice|liquid)|nicotine|remover|pesticide|(something |stuff )?(from )?under the (kitchen |bathroom )?sink|weed killer|rat poison|(tiki )?torch (fuel|oil|refill)|tiki torch|windshield (washer )?(fluid|stuff)|washer fluid|(rat|mouse|roach|ant|snail) (bait|poison|traps?))`;

/** Overdoses, poisons swallowed (children getting into things included), street drugs with their signs. */
export const POISONING: readonly RegExp[] = [
  allOf(String.raw`\b(ate|eaten|chewed|swallowed|drank|made tea (from|with|of))\b`, String.raw`\b(foxglove|oleander|hemlock|nightshade|jimson ?weed|death caps?|yew|lily of the valley|castor beans?|wild mushrooms)\b`),
  /\bheart ?beat (is )?all over the place\b/,
  /^(od|oded|oding)( \.)*$|\boding\b|(?<!\b(rid of|dispose of|throw out|throw away|get|buy|carry|keep|find|order|obtain|stock|have|refill|covers?|about|pick up|like|such as|called|of|for|bring|carries|carry|give out|hand out|free|wants|want|need|needs) (some |a |the |more |expired |old |unused |extra |my own |our own |(his|her|their) own )?)\b(narcan|naloxone)\b(?! (refill\w*|prescriptions?|script|rx|is covered|covered|kits?|train\w*|class(es)?|costs?|copay|expired|expires|expiring))/,
  /\b(overdos\w*|over dos\w*|poison(ed|ing)|carbon monoxide|(co|gas|smoke) (detector|alarm) (is )?(going off|beeping|went off)|smell(s|ing)? gas)\b/,
  rx(String.raw`\b${PERSON} (just )?(od|odd|oded|odeed)\b`),
  rx(String.raw`\b(took|taken|swallowed|downed|popped|ate|eaten|drank|drinking|eating|chugged|chewed|chewing|(?<!\ba )bit(?! of)|sucked|licked|ingested|consumed|got into|into) ${GAP}(${MEDICINES}|${POISONS})\b`),
  rx(String.raw`\b(took|taken|swallowed|ate|consumed|ingested|drank|downed|popped) (a |an )?(large |huge |big |whole |massive )?(quantity|amount|number|handful|bunch|lot|lots|bottle|pack|box)s? of (\w+ ){0,3}${MEDICINES}`),
  // A longer window where the verb can only mean swallowing: "swallowed one of those tiny round batteries".
  rx(String.raw`\b(swallowed|swallowing|drank|chugged|got into|ingested) (\w+ ){0,7}${POISONS}\b`),
  // A button or lithium battery, or a magnet, and a child's mouth: told in any order.
  allOf(String.raw`\b(ate|eaten|swallowed|chewed|bit|in (his|her|their) mouth)\b`, String.raw`\b((button|lithium|coin|watch|disc) batter(y|ies)|magnets?)\b`),
  // Any small battery or magnet that was in a child's mouth and is now gone.
  allOf(String.raw`\bin (his|her|their) mouth\b`, String.raw`\b(batter(y|ies)|magnets?)\b`, String.raw`\b(cant find|missing|gone|disappeared|is not there|swallow\w*)\b`),
  // A child who took a grown-up's medicine: "my toddler took an extra dose of my blood pressure pill".
  rx(String.raw`\b(${CHILD}|year old) (\w+ ){0,3}(took|ate|swallowed|chewed|got into) (\w+ ){0,4}(my|our|grandmas?|grandpas?|(his|her) (dads?|moms?|brothers?|sisters?|grandmas?|grandpas?)) (\w+ ){0,3}(pills?|meds|medicines?|medications?|tablets?|dose|gummies|patch)\b`),
  // One medicine taken three times or more: "took her blood pressure pill 3 times by mistake".
  /\b(took|taken|gave (him|her|them)) (\w+ ){0,5}(3|4|5|three|four|five|several|multiple) times\b/,
  // Every pill there was: "took every pill in the house".
  /\b(took|taken|swallowed|ate|downed|popped) (every|each) (single )?(pill|tablet|capsule|med\w*|bottle)\b/,
  // A share of a medicine eaten: "ate a few of my iron pills".
  rx(String.raw`\b(ate|eaten|took|taken|chewed|swallowed) (a few|some|several|a bunch|a handful|lots|most|half|\d+|two|three|four|five|six|ten) of (\w+ ){0,3}(${MEDICINES}|${POISONS}|iron|vitamins|supplements)\b`),
  // "he drink the chemical": a member writing in the present tense; a medicine taken now is ordinary.
  rx(String.raw`\b(drink|drinks|eat|eats|swallow|swallows) ${GAP}${POISONS}\b`),
  rx(String.raw`\b(${MEDICINES}|${POISONS}) (\w+ ){0,2}(got|was|were|has been|have been|been) (eaten|swallowed|chewed|ingested|drunk)\b`),
  /\b(took|taking|taken|swallowed|ate|downed|popped|chugged|drank) (a |an |the |her |his |my |their )?(whole|entire|full) (pack|packet|bottle|box|sleeve|strip|container|jar|blister pack|month|prescription|supply|script|refill)s?\b/,
  /\b(took|take|swallowed|ate|popped|injected|inject|shot|gave (him|her|myself|me)) (like |about |around |maybe |over |almost |nearly |way |far )?(\d{2,}|twenty|thirty|forty|fifty|a (whole )?(bottle|handful|bunch)|all(?! (of )?(his |her |my |their |the |your )?(vaccin\w*|shots|immuni[sz]ations|classes|tests|exams|finals|courses|credits|precautions|steps|advice))|double|triple|too many|too much)\b(?! (candy|food|pizza|sugar|cake|ice cream|junk|chocolate|fruit|popcorn|chips|dessert|turkey|dinner|lunch|breakfast|sweets|cookies|halloween candy))/,
  allOf(String.raw`\b((took|taken|taking|on|did|used|snorted|smoked|after) (some |a lot of |too much |(\w+ ){1,3}of )?(molly|mdma|ecstasy|meth|cocaine|coke|crack|acid|lsd|shrooms|ketamine|k2|spice|pcp|bath salts)|(took|taken|swallowed|ate|drank|used|snorted|smoked) (something|who knows what|whatever)|(ate|eaten|eating|swallowed|chewed|chewing) (\w+ ){0,2}(mushrooms?|berries|plants?|leaves|flowers|seeds|something (from|in|off|on|out of)))\b`, String.raw`\b(screaming|naked|violent|agitated|paranoid|running (around|in the street|into traffic)|drowsy|sleepy|out of it|confused|shaking|drooling|burning up|overheat\w*|heart (\w+ )?(racing|pounding)|not waking|wont wake|hard to wake|passing out|throwing up|vomit\w*|breathing (slow|weird|funny)|seizing|${DELIRIUM})\b`),
  // An opioid overdose told by its signs: nodding off, tiny pupils, slow breaths.
  allOf(String.raw`\b(nodding (off|out)|pinpoint|pupils (are )?(\w+ )?(tiny|pinpoint|pinned|small)|pinned pupils)\b`, String.raw`\b(breath\w*|wont wake|cant wake|blue|gr[ae]y|snor\w*|gurgl\w*|limp|unresponsive|not responding)\b`),
  /\bbreath(e|es|ing)? (\w+ ){0,2}(once|twice|[1-6] times) (a|per|every) minute\b|\b([1-6]|one|two|three|four|five|six) breaths? (a|per|every) minute\b/,
  /\bgot into (\w+ ){0,4}(vitamins|supplements|iron|melatonin|purse|cabinet|stash)\b/,
  /\bempty (pill )?bottles? (of|and)\b|\b(found|caught) (\w+ ){0,4}with (a|an|the|my|his|her) (open |empty )?(pill bottle|bottle of (pills|meds|medicine|tablets)|pills|meds)\b/,
  /\b(snorted|injected|shot up|smoked|vaped) (\w+ ){0,3}(and|now)\b/,
  rx(String.raw`\b(bleach|chemicals?|acid|lye|drain cleaner|cleaner|pepper spray) ${GAP}(in|into) ${HIS} (\w+ ){0,2}eyes?\b`),
  // Nicotine a child got at (a vape, pouches, gum), with the signs it causes.
  allOf(String.raw`\b(found|got into|got ahold of|got hold of|chew\w*|suck\w*|ate|licked|swallowed|drank) (\w+ ){0,4}(vapes?|juul|e ?cig\w*|nicotine|zyn|pouch(es)?|cigarettes?|cigarette butts?)\b`, String.raw`\b(drool\w*|throwing up|threw up|vomit\w*|shaking|sweaty|sweating|pale|sleepy|drowsy|limp|heart (\w+ )?(racing|pounding)|seiz\w*)\b`),
  // A farm or garden poison on the skin or breathed in, with the signs it causes (drooling, tiny pupils, twitching).
  allOf(String.raw`\b(spray\w*|mix\w*|handl\w*|working with|exposed to|spill\w*|splash\w*|soaked in|breath\w*|inhal\w*) (\w+ ){0,4}(pesticides?|insecticides?|herbicides?|weed killer|bug spray|fumigants?|organophosphates?|crop dust\w*)\b`, String.raw`\b(drool\w*|pupils|twitch\w*|vomit\w*|throwing up|cant breathe|wheez\w*|confused|seiz\w*|passed out|collapsed)\b`),
];
