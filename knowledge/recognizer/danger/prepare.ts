import { createNeedsFinder } from './prefilter';
import { requiredText } from './requiredText';

/** Misspellings and contractions, so each danger pattern needs only one spelling. */
const SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan ?not\b/g, 'cant'],
  [/\b(no|not) (can|could)\b/g, 'cant'],
  [/\bwill not\b/g, 'wont'],
  [/\b(is|are|was|were|does|do|did|has|have|had|could|would|should)nt\b/g, '$1 not'],
  [/\baint\b/g, 'is not'],
  [/\bhes\b/g, 'he is'],
  [/\bshes\b/g, 'she is'],
  [/\btheyre\b/g, 'they are'],
  [/\bim\b/g, 'i am'],
  [/\brn\b/g, 'right now'],
  [/\b(wut|wat|wht)\b/g, 'what'],
  [/\bnite\b/g, 'night'],
  [/\bthru\b/g, 'through'],
  [/\byr\b/g, 'year'],
  [/\byrs\b/g, 'years'],
  [/\bwk\b/g, 'week'],
  [/\bwks\b/g, 'weeks'],
  [/\b(mos|mths)\b/g, 'months'],
  [/\b(pls|plz|plez)\b/g, 'please'],
  [/\br\b/g, 'are'],
  [/\bu\b/g, 'you'],
  [/\bn\b/g, 'and'],
  [/\bbf\b/g, 'boyfriend'],
  [/\bgf\b/g, 'girlfriend'],
  [/\bhubby\b/g, 'husband'],
  [/\bkms\b/g, 'kill myself'],
  [/\bkil\b/g, 'kill'],
  [/\bod (ing|ed|d)\b/g, 'od$1'],
  // "now and then" is not "now": the clause reader splits at "now".
  [/\b(every )?now and then\b/g, 'occasionally'],
  [/\b(my|him|her|them) self\b/g, '$1self'],
  [/\bbreth\b/g, 'breath'],
  [/\b(breating|brething|breathng|breahting|breathin)\b/g, 'breathing'],
  [/\b(unconcious|unconsious|unconscous|unconcsious|unconsous|unconsience|unconscience)\b/g, 'unconscious'],
  [/\b(concious|consious)\b/g, 'conscious'],
  [/\b(unresposive|unresponive|unrespnsive|unresponsve)\b/g, 'unresponsive'],
  [/\b(seizer|seizers|siezure|siezures|seazure|sezure|seisure|ceasure|ceizure|seizur)\b/g, 'seizure'],
  [/\b(siezing|seazing)\b/g, 'seizing'],
  [/\b(chocking|choaking|chokeing)\b/g, 'choking'],
  [/\b(colapsed|collasped|collaped|colapse)\b/g, 'collapsed'],
  [/\b(heart ?attach|hart attack|heartattack|heart atack|hard attack|heart a tack)\b/g, 'heart attack'],
  // Voice to text: a danger word heard as a common word beside its own context ("clenching his chess", "cant breed").
  [/\b(clutching|clenching|grabbing|holding|pain in|pressure on|tight) (his|her|my|their|the) chess\b/g, '$1 $2 chest'],
  [/\b(cant|not|trouble|hard to|struggling to) (breed|bread|brief|breeze)\b/g, '$1 breathe'],
  [/\b(having|had|has) a (season|caesar|sees your)(?= \.|$| and| right| now)/g, '$1 a seizure'],
  [/\ba (stoke|stroak|strok)\b/g, 'a stroke'],
  [/\b(sucidal|suicdal|suisidal|sucide|suicde|suiside)\b/g, 'suicidal'],
  [/\b(overdossed|overdoesed|over dosed|overdoes)\b/g, 'overdosed'],
  [/\b(bleding|bleedin|bleading)\b/g, 'bleeding'],
  [/\b(swollowed|swalloed|swallowd)\b/g, 'swallowed'],
  [/\b(alergic|allergec|alergec)\b/g, 'allergic'],
  [/\b(drownding|drowing|drownin)\b/g, 'drowning'],
  [/\b(poisen|poision|posion)\b/g, 'poison'],
  [/\b(fentynal|fentanil|fentenyl|fentanal)\b/g, 'fentanyl'],
  [/\b(ambulence|ambulanse|ambulane)\b/g, 'ambulance'],
  [/\bpian\b/g, 'pain'],
  [/\b(batterys|batterie|baterys)\b/g, 'batteries'],
  [/\btonge\b/g, 'tongue'],
  [/\b(it|blood|bleeding) (dont|doesnt|does not|do not|no) stop\b/g, '$1 wont stop'],
  [/\b(still )?(has|have|had) (still )?(not|never) stopped (the )?bleeding\b/g, 'bleeding wont stop'],
  // The words of a general question, so that it is still read as one.
  [/\b(symtoms?|symptons?|sympoms?|simptoms?|symptomps?|symthoms?|sintoms?)\b/g, 'symptoms'],
  [/\b(sines|sings|singns|sighns)(?= of\b)|(?<=\bwarning )(sines|sings|singns|sighns)\b/g, 'signs'],
  // A dropped g ("throwin up", "blood spurtin", "soakin pads"), in the danger words only.
  [/\b(throw|spurt|gush|pour|soak|chok|seiz|shak|puk|vomit|gasp|wheez|convuls|twitch|go|turn|drool|faint|fall|dy|burn|scream|cry)in\b/g, '$1ing'],
  [/\b(swelin|swellin)\b/g, 'swelling'],
  [/\b(evrywhere|everywere|evrywere)\b/g, 'everywhere'],
  [/\b(sudenly|suddenley|sudddenly|suddently)\b/g, 'suddenly'],
  [/\bco (alarm|detector)\b/g, 'carbon monoxide $1'],
  [/\b(is|are) bleed\b/g, '$1 bleeding'],
  // "he'll kill me" loses its apostrophe: "hell kill me".
  [/\b(he|she)ll (kill|hurt|shoot|stab|die|do|jump|end|drown|choke|fall)\b/g, '$1 will $2'],
  [/\btheyll\b/g, 'they will'],
  [/\b(the )?attack (of|in) (the )?heart\b/g, 'heart attack'],
  // Texting and plain words for 'to' and 'wont': "going 2 jump", "she fall and no get up", "blood no stop".
  [/\b(want|wants|wanna|going|have|need|got|about|supposed|trying) 2\b/g, '$1 to'],
  [/\b(fall|fell|fallen|floor|now|and) (no|not) (get up|wake|answer|respond|talk|move)\b/g, '$1 wont $3'],
  [/\b(he|she|they|husband|wife|son|daughter|mom|dad|mama|papa|esposo|esposa) (no|not) (answer|respond|wake|get up|talk|move)\b/g, '$1 wont $3'],
  [/(?<!\b(did|does|do|would|could|should|will|to|cant|can|may|might) )\b(no|not) wake\b/g, 'wont wake'],
  // "is having a heart attack 5 years ago": a past told in the present tense.
  [/\b(is|are|am) having (a |an |the )?(heart attack|stroke|seizure)(?= (\w+ ){0,2}(years?|months?|weeks?) ago)/g, 'had a $3'],
];

/** Which fixes the text holds a needed string of (requiredText.ts): a fix whose text is not there cannot change anything, so it is not run. */
const fixesThatCouldApply = createNeedsFinder(SPELLINGS.map(([pattern]) => requiredText(pattern)));

export function prepareForDanger(folded: string): string {
  // Sentence marks become " . " so that clauses can be told apart; a decimal point stays.
  let text = folded
    .replace(/'/g, '')
    .replace(/[,;:!?]|\.(?!\d)/g, ' . ')
    .replace(/[^a-z0-9.\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let couldApply = fixesThatCouldApply(text);
  for (const [index, [pattern, replacement]] of SPELLINGS.entries()) {
    if (couldApply[index] !== 1) continue;
    const fixed = text.replace(pattern, replacement);
    // A fix can bring in a later fix's text ("cant", "breathing"): what could apply is read again.
    if (fixed !== text) couldApply = fixesThatCouldApply((text = fixed));
  }
  return text;
}
