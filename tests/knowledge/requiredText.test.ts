import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DANGER_PATTERNS, prepareForDanger } from '../../knowledge/recognizer/danger';
import { foldText } from '../../knowledge/recognizer/normalize';
import { anyPatternMatches, replaceWordAlternatives } from '../../knowledge/recognizer/danger/prefilter';
import { HARMLESS_SAYINGS, withoutHarmlessSayings } from '../../knowledge/recognizer/emergency/harmlessSayings';
import { requiredText } from '../../knowledge/recognizer/danger/requiredText';
import { kb } from '../support/memberConversation';

let prepared: string[] | undefined;

/** Dev emergency texts (never the test files) and the knowledge base's examples, as the danger patterns read them; read once for both tests that use them. */
function preparedTexts(): string[] {
  if (prepared) return prepared;
  const dev = readFileSync(path.join(__dirname, '..', 'eval', 'data', 'dev-emergency.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const examples = [...kb.topics.values()].flatMap((topic) => topic.examples);
  prepared = [...dev, ...examples].map((text) => prepareForDanger(foldText(text)));
  return prepared;
}

describe('requiredText: what a pattern needs a text to hold before it can match', () => {
  it.each([
    [/\bchest (is )?pain\b/, ['chest pain', 'chest is pain']],
    [/\bbreathing( is)? (weird|fast)/, ['breathing fast', 'breathing weird', 'breathing is fast', 'breathing is weird']],
    [/(?<!no )\bchest pain/, ['chest pain']],
    [/^(?=.*\bstiff neck\b)(?=.*\b(fever|rash)\b)/, ['stiff neck']],
    [/\bpulse (is )?\d+/, ['pulse ']],
  ])('%s needs one of %j', (pattern, needs) => {
    expect(requiredText(pattern)).toEqual(needs);
  });

  it.each([[/\bchest pain/i], [/\w+/], [/(\w+) \1/], [/\bpain|\d+/]])('%s: nothing known, so the pattern always runs', (pattern) => {
    expect(requiredText(pattern)).toBeUndefined();
  });

  it('every danger pattern matches only texts holding one of its needs, and all of them together answer as before', () => {
    const texts = preparedTexts();
    const dangerous = anyPatternMatches(DANGER_PATTERNS);
    for (const pattern of DANGER_PATTERNS) {
      const needs = requiredText(pattern) ?? [''];
      const unmet = texts.filter((text) => pattern.test(text) && !needs.some((part) => text.includes(part)));
      expect({ pattern: pattern.source, unmet }).toEqual({ pattern: pattern.source, unmet: [] });
    }
    const differing = texts.filter((text) => dangerous(text) !== DANGER_PATTERNS.some((pattern) => pattern.test(text)));
    expect(differing).toEqual([]);
    expect(texts.filter(dangerous).length).toBeGreaterThan(1000);
  });
});

describe('replaceWordAlternatives: an alternation built of only what the text could match', () => {
  const alternatives = [String.raw`chest pain`, String.raw`chest`, String.raw`(not )?breathing through (his|her) nose`];
  const whole = new RegExp(String.raw`\b(${alternatives.join('|')})\b`, 'g');
  const replace = replaceWordAlternatives(alternatives, ' . ');

  it.each([
    'chest pain and a chesty cough',
    'she is not breathing through her nose but her chest hurts',
    'nothing here at all',
    'chest chest pain chestpain',
  ])('%s: the same text as the whole alternation', (text) => {
    expect(replace(text)).toBe(text.replace(whole, ' . '));
  });

  it('the harmless sayings set apart the same text as one alternation of them all, on every dev and example text', () => {
    const everySaying = new RegExp(String.raw`\b(${HARMLESS_SAYINGS.join('|')})\b`, 'g');
    const texts = preparedTexts();
    const differing = texts.filter((text) => withoutHarmlessSayings(text) !== text.replace(everySaying, ' . '));
    expect(differing).toEqual([]);
    expect(texts.filter((text) => withoutHarmlessSayings(text) !== text).length).toBeGreaterThan(500);
  });
});

describe('prepareForDanger: spelling fixes', () => {
  it.each([
    ['he cant breth', 'he cant breath'],
    ['she is having a siezure rn', 'she is having a seizure right now'],
  ])('%s is read as "%s"', (text, prepared) => {
    expect(prepareForDanger(foldText(text))).toBe(prepared);
  });

  it('a fix that brings in another fix\'s words is followed by it: "they r bleed" is read as "they are bleeding"', () => {
    expect(prepareForDanger('they r bleed')).toBe('they are bleeding');
  });
});
