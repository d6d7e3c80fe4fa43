import { createDangerSpelling } from '../../knowledge/recognizer/dangerSpelling';
import { detectEmergency } from '../../knowledge/recognizer/emergency';

/** Words a recognizer has seen often: these are words, never typos. */
const correct = createDangerSpelling(['heard', 'bills', 'fewer', 'chess', 'my', 'dad']);

describe('misspelt danger words', () => {
  it.each([
    'she is uncoscious on the floor',
    'my son swalowed a batery',
    'my husband has crushing chest presure',
    'my kid drank blech',
    'my baby has a fevr of 105',
    'i want to kil myself',
    'my sister is trying to kill her self',
  ])('"%s" is an emergency', (text) => {
    expect(detectEmergency(text, false, correct)).toBe(true);
  });

  it('needs the correction: without it the same messages are missed', () => {
    expect(detectEmergency('she is uncoscious on the floor')).toBe(false);
    expect(detectEmergency('my son swalowed a batery')).toBe(false);
  });

  it('leaves words the recognizer knows, and words that only add an ending', () => {
    expect(correct('i heard fewer bills about chess')).toBe('i heard fewer bills about chess');
    expect(correct('two strokes and a bloody lip')).toBe('two strokes and a bloody lip');
    expect(correct('my dad is unresponsve')).toBe('my dad is unresponsive');
  });
});
