import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DANGER_PATTERNS, prepareForDanger } from '../../knowledge/recognizer/danger';
import { foldText } from '../../knowledge/recognizer/normalize';
import { anyPatternMatches, requiredText } from '../../knowledge/recognizer/danger/requiredText';
import { kb } from '../support/memberConversation';

/** Dev emergency texts (never the test files) and the knowledge base's examples, as the danger patterns read them. */
function preparedTexts(): string[] {
  const dev = readFileSync(path.join(__dirname, '..', 'eval', 'data', 'dev-emergency.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const examples = [...kb.topics.values()].flatMap((topic) => topic.examples);
  return [...dev, ...examples].map((text) => prepareForDanger(foldText(text)));
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
