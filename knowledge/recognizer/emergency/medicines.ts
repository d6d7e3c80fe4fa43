/** Medicines as members take them: a usual dose or one too many is no overdose; something swallowed is read with care. */
import { CHILD, MEDICINE_KINDS } from '../danger';

/** Medicines from any home's cabinet, taken one or two at a time. */
const EVERYDAY_MEDICINES = String.raw`(tylenol|advil|motrin|aleve|aspirin|ibuprofen|acetaminophen|naproxen|benadryl|zyrtec|claritin|melatonin|excedrin|midol|dayquil|nyquil|sudafed|tums|pepto|imodium)`;

/** Someone taking their own medicine as usual: the danger is an amount or the wrong mouth, told elsewhere. */
export const OWN_MEDICINE = new RegExp(
  String.raw`\b(took|taken|take|takes) (my(?<!\b(${CHILD}|he|she|they|brother|sister|niece|nephew|dog|cat) \w+ my)|his|her|their) (own |usual |daily |regular |morning |evening |night )?(${MEDICINE_KINDS}|${EVERYDAY_MEDICINES}|medications?|meds|medicines?|pills|dose|insulin)\b(?! (twice|again|all|too|double|with (a (bottle|lot|bunch|fifth|glass) of |some |too much )?(alcohol|wine|beer|vodka|whiskey|liquor|booze|drinks)|and (a (bunch|handful|lot|few)|some|\d+|all|the rest)))`,
  'g',
);

/** A single dose too many ("took an extra blood thinner pill", "two instead of one", two extra tylenol): for the pharmacist or the nurse line. */
export const ONE_EXTRA_DOSE = new RegExp(
  String.raw`(?<!\b(${CHILD}|old) (\w+ ){0,2})\b(took|taken|take|gave (him|her|them|me)) (\w+ ){0,3}(a|an|one|1) (extra|second|additional) ((?!(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|dozen|bunch|handful|bottles?|few|whole)\b)[a-z]+ ){0,3}(pill|tablet|capsule|dose|gummy|tylenol|advil|ibuprofen|aspirin|vitamin)s?\b|\b(took|taken|gave (him|her|them)) (\w+ ){0,3}(two|2) (\w+ ){0,3}instead of (one|1)\b|\b(took|taken) (\w+ ){0,2}(pills|meds|dose|medicine) (on|for) (the wrong (day|time)|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?<!\b(${CHILD}|old) (\w+ ){0,2})\b(took|taken) (\w+ ){0,2}(two|2) extra (${EVERYDAY_MEDICINES}|vitamins?)\b`,
  'g',
);

/**
 * One or two of an everyday medicine taken for an ache, a fever or sleep ("i took two advil for my
 * back"): a usual dose told before a question. A handful, a bottle, or a child who got into them is
 * still an overdose (poisoning.ts).
 */
export const USUAL_DOSE = new RegExp(
  String.raw`(^|\. |\b(i|he|she|we|they) )(just )?(took|take|takes|had taken|have taken) (a|an|one|two|1|2|some|the)? ?(${EVERYDAY_MEDICINES}|medicine (my|the) doctor (prescribed|gave me|ordered))( pm)?( pills?| tablets?| capsules?| gel ?caps?)?( (and|with|plus) ${EVERYDAY_MEDICINES})?( together)?\b(?= (for|because|by (accident|mistake)|to help|this|last|earlier|at (bed|night)|before bed|with (food|water|breakfast|lunch|dinner)|and (it|its|my|the|now|still|got|then)\b|but\b|\.)| *$)`,
  'g',
);

/** A medicine or a place of care named for what it treats ("seizure meds", "a stroke center") is that, not the danger. */
export const NAMED_FOR_DANGER =
  /\b(anti ?seizure|seizure|epilepsy|heart|cardiac|stroke|asthma|allergy|overdose|anxiety|panic|blood pressure|burn|trauma) (medications?|meds?|medicines?|pills|drugs?|prescriptions?|inhalers?|kits?|doctors?|docs?|nurses?|teams?|neurologists?|centers?|centres?|units?|wards?|clinics?|specialists?|programs?|disorders?|conditions?|responses?|training|class(es)?|courses?|awareness|education|prevention|safety)\b/g;

/** Nothing went down: "got into the cabinet but didn't eat anything", "none are missing". */
export const NOTHING_SWALLOWED = /\b(did not|never|does not) (eat|drink|swallow|ingest|chew) (any(thing| of (it|them))?|it|them|one|some)\b|\b(nothing|none) (of them )?(is |are |was |were )?(missing|gone|eaten|swallowed)\b/;

/** Something swallowed: settled only by care, however fine the person seems. */
export const SWALLOWED = /\b(swallow\w*|ate|eaten|drank|drunk|took|taken|ingest\w*|chew\w*|overdos\w*|poison\w*|oded|pills?|tablets?|batter(y|ies)|magnets?|bleach|pods?)\b/;
