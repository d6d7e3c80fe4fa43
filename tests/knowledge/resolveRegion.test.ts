import { createRegionResolver } from '../../knowledge/regions/resolveRegion';
import { kb } from '../support/memberConversation';

const resolveRegion = createRegionResolver([...kb.regions.values()]);
const regionOf = (text: string) => {
  const match = resolveRegion(text);
  return match.kind === 'region' ? match.region : match.kind;
};

describe('resolveRegion', () => {
  it.each([
    ['I live in Oakland', 'california'],
    ['member in San Diego', 'california'],
    ['SoCal', 'california'],
    ['Northern California', 'california'],
    ['Denver', 'colorado'],
    ['colorado springs here', 'colorado'],
    ['Atlanta GA', 'georgia'],
    ['Honolulu', 'hawaii'],
    ['Baltimore', 'mid-atlantic'],
    ['Mid-Atlantic', 'mid-atlantic'],
    ['Washington DC', 'mid-atlantic'],
    ['Washington, D.C.', 'mid-atlantic'],
    ['Portland, OR', 'northwest'],
    ['Vancouver WA', 'northwest'],
    ['Longview, Washington', 'northwest'],
    ['Northwest', 'northwest'],
    ['Seattle', 'washington'],
    ['Spokane', 'washington'],
    ['Tacoma, WA', 'washington'],
    ['washington state', 'washington'],
  ])('%s → %s', (text, region) => {
    expect(regionOf(text)).toBe(region);
  });

  it.each([
    ['90012', 'california'],
    ['my zip is 80202', 'colorado'],
    ['30303', 'georgia'],
    ['96813', 'hawaii'],
    ['21201', 'mid-atlantic'],
    ['22201', 'mid-atlantic'],
    ['20001', 'mid-atlantic'],
    ['97201', 'northwest'],
    ['98660', 'northwest'],
    ['98632', 'northwest'],
    ['98101', 'washington'],
  ])('ZIP %s → %s', (text, region) => {
    expect(regionOf(text)).toBe(region);
  });

  it.each([['Maryland'], ['Virginia'], ['I live in MD'], ['from VA']])('%s is Mid-Atlantic', (text) => {
    expect(regionOf(text)).toBe('mid-atlantic');
  });

  it('asks rather than guesses for a bare Washington or WA', () => {
    expect(resolveRegion('i live in washington')).toMatchObject({ kind: 'ambiguous', candidates: ['washington', 'northwest', 'mid-atlantic'] });
    expect(resolveRegion('Washington')).toMatchObject({ kind: 'ambiguous' });
    expect(resolveRegion('I live in WA')).toMatchObject({ kind: 'ambiguous' });
  });

  it('recognises states Kaiser Permanente does not serve', () => {
    expect(resolveRegion('I live in Texas')).toEqual({ kind: 'unserved', matched: 'texas', state: 'Texas' });
    expect(resolveRegion('new york')).toMatchObject({ kind: 'unserved', state: 'New York' });
  });

  it.each([['hi'], ['or maybe'], ['me too'], ['in person'], ['ok thanks'], ['OK'], ['HI I NEED MY ID CARD'], ['my MD said so'], ['la la'], ['claim 12345'], ['what is my copay'], ['co-worker']])(
    'finds no region in "%s"',
    (text) => {
      expect(resolveRegion(text)).toEqual({ kind: 'none' });
    },
  );

  it('prefers the more specific place: a city over a bare Washington', () => {
    expect(regionOf('Seattle, Washington')).toBe('washington');
    expect(regionOf('Vancouver, Washington')).toBe('northwest');
  });
});
