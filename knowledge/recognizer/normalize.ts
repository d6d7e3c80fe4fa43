/**
 * Text normalisation for matching: case, accents, punctuation, abbreviations and common
 * misspellings members type, then a light stemmer so "refills", "refilled" and "refill" meet.
 */

/** Abbreviations and shorthand, expanded before matching (keys are whole lower-case tokens). */
const EXPANSIONS: Record<string, string> = {
  rx: 'prescription',
  rxs: 'prescriptions',
  scrip: 'prescription',
  script: 'prescription',
  scripts: 'prescriptions',
  meds: 'medication',
  med: 'medication',
  medicine: 'medication',
  medicines: 'medication',
  drug: 'medication',
  drugs: 'medication',
  eob: 'explanation benefits',
  eobs: 'explanation benefits',
  pcp: 'primary care doctor',
  er: 'emergency room',
  oop: 'out pocket',
  kp: 'kaiser',
  kpa: 'kaiser',
  appt: 'appointment',
  appts: 'appointment',
  dr: 'doctor',
  doc: 'doctor',
  physician: 'doctor',
  mrn: 'medical record number',
  id: 'id',
  pls: 'please',
  plz: 'please',
  u: 'you',
  ur: 'your',
  r: 'are',
  y: 'why',
  w: 'with',
  thx: 'thanks',
  thanx: 'thanks',
  ty: 'thanks',
  tty: 'tty',
  hq: 'headquarters',
  ins: 'insurance',
  insurence: 'insurance',
  info: 'information',
  pw: 'password',
  pwd: 'password',
  acct: 'account',
  app: 'app',
  asap: 'urgent',
  auth: 'authorization',
  preauth: 'prior authorization',
  preauthorization: 'prior authorization',
  'pre-auth': 'prior authorization',
  'pre-authorization': 'prior authorization',
  mapd: 'medicare advantage',
  ma: 'ma',
  ded: 'deductible',
  hmo: 'plan',
  ppo: 'plan',
  asl: 'sign language',
  w2: 'w2',
  '911': 'emergency',
  '711': 'tty',
  kaiser: 'kaiser',
  permanente: 'kaiser',
};

/** Words too common to say anything about the topic. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with about from into over as is are was were be been being am ' +
    'i me my mine we us our you your yours he she it its they them their his her this that these those there here ' +
    'do does did doing have has had having can could would should will shall may might must ' +
    'what which who whom whose when where why how just so very really please hi hello hey ok okay um uh ' +
    'im ive id dont cant wont didnt doesnt isnt arent wasnt its thats whats theres ' +
    'kaiser permanente some any all get got getting go going want wanted wanna need needed trying try tried ' +
    'know tell help thing things stuff also too then than now still yet again one someone something'
  ).split(' '),
);

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\w)'(s|t|m|re|ve|ll|d)\b/g, '$1$2');
}

// Regexes used per word are built once: a regex literal is a new object each time it is evaluated.
const NOT_WORD = /[^a-z0-9-]+/;
const EDGE_HYPHENS = /^-+|-+$/g;

/** Split folded text into word tokens, expanding abbreviations. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of foldText(text).split(NOT_WORD)) {
    const word = raw.replace(EDGE_HYPHENS, '');
    if (!word) continue;
    const expansion = EXPANSIONS[word];
    if (expansion) tokens.push(...expansion.split(' '));
    else if (word.includes('-')) tokens.push(...word.split('-').filter(Boolean));
    else tokens.push(word);
  }
  return tokens;
}

/** The stemmer's suffix rules, first match wins. */
const STEM_RULES: ReadonlyArray<[RegExp, string]> = [
  [/ies$/, 'y'],
  [/sses$/, 'ss'],
  [/(ss|us|is)$/, '$1'],
  [/([^s])s$/, '$1'],
  [/ied$/, 'y'],
  [/([a-z]{3,})ing$/, '$1'],
  [/([a-z]{3,})ed$/, '$1'],
  [/([a-z]{3,})ly$/, '$1'],
];
const DIGITS = /^\d+$/;
const DOUBLED_LAST = /(.)\1$/;
const FINAL_E = /e$/;

/** A light suffix stripper: enough to meet plurals and tenses, not a linguistic stemmer. */
export function stem(word: string): string {
  if (word.length <= 3 || DIGITS.test(word)) return word;
  for (const [pattern, replacement] of STEM_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement).replace(DOUBLED_LAST, '$1').replace(FINAL_E, '');
  }
  return word.replace(FINAL_E, '');
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
