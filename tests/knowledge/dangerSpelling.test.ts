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

  it('mends two slips in a long danger word, and a word that was missing from the list', () => {
    expect(detectEmergency('mom uncontious in the hallway', false, correct)).toBe(true);
    expect(detectEmergency('mom uncontious in the hallway')).toBe(false);
    expect(detectEmergency('we found him hangin from a beam', false, correct)).toBe(true);
    expect(detectEmergency('we found him hangin from a beam')).toBe(false);
    // Two slips only in words that have no other word so near: "conversing" is not "convulsing".
    expect(correct('he is beating me')).toBe('he is beating me');
    expect(correct('it was nice conversing with you')).toBe('it was nice conversing with you');
  });

  it('mends the words that make a danger word paperwork, so a slip in them is no 911 call', () => {
    expect(detectEmergency('did you get my apeal for the heart attack stay', false, correct)).toBe(false);
    expect(detectEmergency('did you get my apeal for the heart attack stay')).toBe(true);
    // Even when the slip is common in training (members' typos are learnt from too).
    expect(createDangerSpelling(['apeal'])('my apeal for the stroke')).toBe('my appeal for the stroke');
    expect(detectEmergency('sohuld my teenager ever go into anaphylaxis, is the er visit covered', false, createDangerSpelling([]))).toBe(false);
    expect(detectEmergency('sohuld my teenager ever go into anaphylaxis, is the er visit covered')).toBe(true);
  });

  it('leaves everyday words one slip from a danger word, even ones training rarely holds', () => {
    expect(createDangerSpelling([])('stubbed my toe on the bed')).toBe('stubbed my toe on the bed');
    expect(detectEmergency('stubbed my finger on the door, can i see urgent care', false, createDangerSpelling([]))).toBe(false);
  });

  it('leaves words the recognizer knows, and words that only add an ending', () => {
    expect(correct('i heard fewer bills about chess')).toBe('i heard fewer bills about chess');
    expect(correct('two strokes and a bloody lip')).toBe('two strokes and a bloody lip');
    expect(correct('my dad is unresponsve')).toBe('my dad is unresponsive');
  });

  it('leaves another tense of a danger word as it is, but still mends a slip in its ending', () => {
    const untrained = createDangerSpelling([]);
    expect(untrained('if she collapses or overdoses')).toBe('if she collapses or overdoses');
    expect(detectEmergency('we made a plan for if my wife collapses', false, untrained)).toBe(false);
    expect(untrained('he collapsd')).toBe('he collapsed');
  });
});
