import { allOf } from './shared';

/** Pregnancy and birth, and babies too young or too dry for a fever or sleepiness to wait. */
export const PREGNANCY_AND_BABIES: readonly RegExp[] = [
  allOf(String.raw`\b(pregnant|weeks along|([2-3]\d|4[0-2]) weeks (and|with|now))\b`, String.raw`\b(bleeding|seeing spots|(seeing |sees )?flashing lights|blurr\w* vision|severe|sharp pain|horrible headache|bad headache|pounding headache|severe headache|swollen face|face (is )?(swollen|swelling)|baby (stopped|is not|not) moving|baby (has not|did not|has stopped) (moved|kicked)|no (movement|kicks)|faint|seizure|(pain|cramps?|cramping) (is )?(horrible|terrible|constant|unbearable|really bad|so bad|severe))\b`),
  /\b(having the baby (now|right now|here|in the car)|baby is coming( now| out)?|baby coming (now|out|right now|fast)|crowning|(see|feel) the (head|cord)|bab(y|ys|ies) (\w+ ){0,2}(head|feet|foot|cord) (is |are )?(coming out|out|showing)|cord is (out|coming|hanging))\b/,
  allOf(String.raw`\b(labou?r|contractions)\b`, String.raw`\b((cant|wont|not going to|will not|never) make it|pushing|need to push|coming (now|fast|out))\b`),
  allOf(String.raw`\bwater broke\b`, String.raw`\b(blood|cord|green|brown|bleeding|([12]\d|3[0-3]) weeks)\b`),
  /\b(no|has not had a|without a|not one) wet diapers?\b|\b(soft spot|fontanel\w*) (\w+ ){0,5}(sunken|bulging|swollen)\b/,
  allOf(String.raw`\b(baby|infant|newborn|\d+ (days?|weeks?|months?) old)\b`, String.raw`\b(has not (peed|urinated|had a wet)|no (pee|urine)|(so|very|really|too|extremely|unusually) (sleepy|lethargic|drowsy)|limp|floppy)\b`),
  allOf(String.raw`\b(newborn|infant|([1-9]|1[0-2]|one|two|three) weeks? old|(baby|he|she) is (only |just )?([1-8]|one|two|three|four|five|six|seven|eight) (weeks?|wks?)\b|(1|2|one|two) months? old|(\d{1,2}|one|two|three|four|five|six|seven|ten|a few) days? old|born (last week|yesterday|this week|\d+ (days|weeks) ago))\b`, String.raw`\b(fever|temp|temperature|(really|very|so) hot|burning up|feels hot)\b`),
];
